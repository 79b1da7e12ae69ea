import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCli, tempDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import { contractErrors } from '../helpers/schemas.js';

const demo = join(repoRoot, 'demo/stats');
const shipped = readdirSync(demo)
  .filter((f) => f.endsWith('.json'))
  .sort();

test("the shipped demo bundles are valid, to the schema and to the browser's validator, and at most 4 KB gzip each", () => {
  assert.ok(shipped.includes('index.json') && shipped.includes('backend-engineer.json'));
  for (const file of shipped) {
    const text = readFileSync(join(demo, file), 'utf8');
    assert.deepEqual(contractErrors(file, JSON.parse(text)), []);
    const gzip = gzipSync(text).length;
    assert.ok(gzip <= 4096, `${file}: ${gzip} bytes gzip`);
  }
});

test('the shipped demo bundles are what `npm run demo:data` makes today', () => {
  // The same commands as the demo:data script, into a temporary folder.
  const dir = tempDir();
  const sample = join(dir, 'sample.ndjson');
  assert.equal(runCli(['sample', '--count', '6000', '--seed', '42', '--out', sample]).code, 0);
  const out = join(tempDir(), 'stats');
  const build = runCli(['build', sample, '--out', out, '--as-of', '2026-10-26T00:00:00Z', '--source', 'role-hub sample data (synthetic)']);
  assert.equal(build.code, 0, build.stderr);
  assert.deepEqual(readdirSync(out).sort(), shipped);
  for (const file of shipped)
    assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(demo, file), 'utf8'), `${file} is stale: run npm run demo:data`);
});

test("the demo's real bundles (demo/real) are what `npm run demo:data` makes from the committed slice today", () => {
  const out = join(tempDir(), 'real');
  const build = runCli([
    'build',
    join(repoRoot, 'data/jobs-2024-q4-slice.ndjson.gz'),
    '--out',
    out,
    '--as-of',
    '2025-01-01T00:00:00Z',
    '--source',
    'data_jobs by Luke Barousse (Apache-2.0), Sep–Dec 2024',
  ]);
  assert.equal(build.code, 0, build.stderr);
  const real = join(repoRoot, 'demo/real');
  assert.deepEqual(readdirSync(out).sort(), readdirSync(real).sort());
  for (const file of readdirSync(real)) {
    assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(real, file), 'utf8'), file);
    assert.deepEqual(contractErrors(file, JSON.parse(readFileSync(join(real, file), 'utf8'))), []);
  }
});

test('the committed listings under data/ stay within 5 MB, with their licence and attribution', () => {
  const dir = join(repoRoot, 'data');
  const bytes = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  assert.ok(bytes <= 5 * 1024 * 1024, `${bytes} bytes under data/`);
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  assert.match(readme, /Luke Barousse/);
  assert.match(readme, /Apache License 2\.0/);
});
