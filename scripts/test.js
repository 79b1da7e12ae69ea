#!/usr/bin/env node
// Runs every test stage in turn and ends with one summary line: "N passed, N failed[, N skipped]".
//   lint   — ESLint and Prettier's format check (one test each)
//   types  — the TypeScript compiler over src, tests, stories and scripts (counts as one test)
//   node   — builder and CLI tests (node:test, TypeScript through tsx)
//   browser — element and loader tests in headless Chromium (@web/test-runner)
//   e2e    — built output in real pages: script tags, framework hosts, CSP, Storybook (node:test + playwright-core)
// `npm test -- node browser` runs only the named stages.
import { spawn } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies } from './ensure-setup.js';

const env = { ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8', NODE_OPTIONS: '' };

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return findTests(path);
      return /\.test\.ts$/.test(name) ? [path] : [];
    })
    .sort();
}

function run(cmd, args) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

function nodeCounts(out) {
  const n = (k) => Number(out.match(new RegExp(`^ℹ ${k} (\\d+)`, 'm'))?.[1] ?? 0);
  return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo') };
}

function nodeStage(dir) {
  return async () => {
    const files = findTests(dir);
    if (files.length === 0) return { passed: 0, failed: 0, skipped: 0, code: 0 };
    const { code, out } = await run(process.execPath, [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-concurrency=1',
      ...files,
    ]);
    return { ...nodeCounts(out), code };
  };
}

async function browserStage() {
  if (findTests('tests/browser').length === 0) return { passed: 0, failed: 0, skipped: 0, code: 0 };
  const { code, out } = await run('npx', ['wtr']);
  const m = [...out.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  const skipped = Number(out.match(/(\d+) skipped/)?.[1] ?? 0);
  return { passed: Number(m?.[1] ?? 0), failed: Number(m?.[2] ?? (code ? 1 : 0)), skipped, code };
}

/** ESLint (typescript-eslint strict, Lit, web-component and Lit accessibility rules) and Prettier's check: one test each. */
async function lintStage() {
  const eslint = await run('npx', ['eslint', '.']);
  const prettier = await run('npx', ['prettier', '--check', '.']);
  const passed = [eslint, prettier].filter((r) => r.code === 0).length;
  return { passed, failed: 2 - passed, skipped: 0, code: passed === 2 ? 0 : 1 };
}

async function typesStage() {
  const { code } = await run('npx', ['tsc', '--noEmit', '-p', '.']);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, code };
}

async function e2eStage() {
  if (findTests('tests/e2e').length === 0) return { passed: 0, failed: 0, skipped: 0, code: 0 };
  const build = await run('npm', ['run', '--silent', 'build']);
  if (build.code !== 0) return { passed: 0, failed: 1, skipped: 0, code: build.code };
  return nodeStage('tests/e2e')();
}

ensureDependencies();
ensureChromium();
// The element manifest (custom-elements.json, generated, not committed) is what the docs are made
// from; the type check and the browser tests read it to test every documented part and property.
if ((await run('npm', ['run', '--silent', 'analyze'])).code !== 0) process.exit(1);

const stages = { lint: lintStage, types: typesStage, node: nodeStage('tests/node'), browser: browserStage, e2e: e2eStage };
const wanted = process.argv.slice(2).filter((a) => a in stages);
const totals = { passed: 0, failed: 0, skipped: 0 };
let exit = 0;
for (const name of wanted.length ? wanted : Object.keys(stages)) {
  console.log(`\n=== ${name} tests ===`);
  const r = await stages[name]();
  console.log(`--- ${name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
  if (r.code !== 0 || r.failed > 0) exit = 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exit);
