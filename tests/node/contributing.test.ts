/**
 * CONTRIBUTING.md, followed: its walk-through adds its example element, renamed so it can never
 * meet a real one, to a temporary copy of the repository — the files its `title=` blocks show and
 * the lines its `edit=` blocks add, nothing else — then type-checks the copy, runs the docs command
 * and lists what changed. Adding an element must touch its own folder and at most five other files.
 *
 * CONTRIBUTING_FULL=1 also runs, in the copy, the browser tests that go through the new element:
 * its own, the hub's (it joins the hub's table), layout and contrast (from the manifest) and the demo.
 *
 * The copy holds the work tree's files as git sees them (tracked, and new ones not ignored), with
 * node_modules linked; it is a git repository of its own, so `git status` there says what the steps
 * changed. It is removed afterwards, and the work tree is never written to.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './helpers/paths.js';
// @ts-expect-error plain JS build helper
import { findElements } from '../../scripts/build/elements.js';

/** The walk-through's example, and the name the copy gets it under. */
const EXAMPLE = { tag: 'role-note', className: 'RoleNote', camel: 'roleNote' };
const THROWAWAY = { tag: 'throwaway-note', className: 'ThrowawayNote', camel: 'throwawayNote' };
const MAX_FILES = 5;

const rename = (text: string): string =>
  text.replaceAll(EXAMPLE.tag, THROWAWAY.tag).replaceAll(EXAMPLE.className, THROWAWAY.className).replaceAll(EXAMPLE.camel, THROWAWAY.camel);

interface Block {
  kind: 'title' | 'edit';
  path: string;
  code: string;
}

/** The code blocks that say which file they are: ```ts title=<new file> or ```ts edit=<file it adds lines to>. */
function blocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```\w+ (title|edit)=(\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    kind: m[1] as Block['kind'],
    path: rename(m[2]!),
    code: rename(m[3]!),
  }));
}

/**
 * Adds one line where the walk-through says: an import after the file's last import, an element's
 * export after the last one, a row at the end of the hub's table, a size ceiling at the end of the
 * elements' ceilings.
 */
function addLine(text: string, line: string, file: string): string {
  const lines = text.split('\n');
  const lastIndex = (test: (l: string) => boolean) => lines.findLastIndex(test);
  let at: number;
  if (line.startsWith('import ')) at = lastIndex((l) => l.startsWith('import ')) + 1;
  else if (/^export \{.*\} from '\.\/components\/.+\/define\.js';$/.test(line))
    at = lastIndex((l) => /^export \{.*\} from '\.\/components\/.+\/define\.js';$/.test(l)) + 1;
  else if (/^\s*row\(/.test(line)) {
    const table = lines.findIndex((l) => l.includes('HUB_SECTION_TABLE = ['));
    at = table < 0 ? -1 : lines.findIndex((l, i) => i > table && l === '];');
  } else if (/^\s*'[a-z-]+': [\d.]+ \* KB,$/.test(line)) {
    const ceilings = lines.findIndex((l) => l.trim() === 'elements: {');
    at = ceilings < 0 ? -1 : lines.findIndex((l, i) => i > ceilings && l.trim() === '},');
  } else throw new Error(`CONTRIBUTING.md adds a line this test cannot place in ${file}: ${line}`);
  if (at <= 0) throw new Error(`no place for “${line}” in ${file}: the walk-through and the file no longer agree`);
  lines.splice(at, 0, line);
  return lines.join('\n');
}

function run(cwd: string, cmd: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'UTC', NODE_OPTIONS: '' } });
}

function git(cwd: string, ...args: string[]): string {
  const r = run(cwd, 'git', [
    '-c',
    'user.name=contributing test',
    '-c',
    'user.email=test@example.invalid',
    '-c',
    'commit.gpgsign=false',
    ...args,
  ]);
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Paths `git status` reports in `cwd`, new files listed one by one. */
const changed = (cwd: string): string[] =>
  git(cwd, 'status', '--porcelain', '--untracked-files=all')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3))
    .sort();

/** A copy of the work tree as git sees it: tracked files and new ones not ignored, node_modules linked. */
function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'role-hub-contributing-'));
  const files = run(repoRoot, 'git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard']).stdout.split('\0').filter(Boolean);
  for (const file of new Set(files)) {
    const from = join(repoRoot, file);
    // A tracked file deleted in the work tree is not there to copy; a link (node_modules) is not copied.
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(from, join(dir, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  git(dir, 'init', '-q');
  writeFileSync(join(dir, '.git/info/exclude'), '/node_modules\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'before');
  return dir;
}

describe('CONTRIBUTING.md: adding an element', () => {
  const guide = readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
  let copy = '';
  /** What the walk-through's steps changed, before any command ran. */
  let edited: string[] = [];

  before(() => {
    copy = copyRepo();
    for (const block of blocks(guide)) {
      const file = join(copy, block.path);
      if (block.kind === 'title') {
        assert.ok(!existsSync(file), `${block.path} is a new file in the walk-through but exists already`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, block.code);
      } else {
        let text = readFileSync(file, 'utf8');
        for (const line of block.code.split('\n').filter((l) => l.trim())) text = addLine(text, line, block.path);
        writeFileSync(file, text);
      }
    }
    edited = changed(copy);
  });

  after(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('has the three files of the folder, and says which files it adds lines to', () => {
    const all = blocks(guide);
    const folder = `src/components/${THROWAWAY.tag}/`;
    assert.deepEqual(
      all
        .filter((b) => b.path.startsWith(folder))
        .map((b) => b.path.slice(folder.length))
        .sort(),
      ['define.ts', `${THROWAWAY.tag}.styles.ts`, `${THROWAWAY.tag}.ts`],
    );
    assert.ok(
      all.some((b) => b.kind === 'edit'),
      'no edit= block',
    );
  });

  it(`touches the element's folder and at most ${MAX_FILES} other files`, () => {
    const folder = `src/components/${THROWAWAY.tag}/`;
    const inFolder = edited.filter((p) => p.startsWith(folder));
    const others = edited.filter((p) => !p.startsWith(folder));
    console.log(
      `Adding <${THROWAWAY.tag}> by CONTRIBUTING.md changes:\n  ${folder} (${inFolder.length} new files)\n${others.map((p) => `  ${p}`).join('\n')}`,
    );
    assert.equal(inFolder.length, 3);
    assert.ok(others.length <= MAX_FILES, `${others.length} files besides the folder: ${others.join(', ')}`);
    assert.deepEqual(others, [
      'scripts/build/size-budgets.js',
      'src/components/role-hub/sections.ts',
      'src/index.ts',
      `stories/elements/${THROWAWAY.tag}.stories.ts`,
      `tests/browser/${THROWAWAY.tag}.test.ts`,
    ]);
  });

  it('gives the element a size ceiling, which the size test reads', async () => {
    const budgets = (await import(pathToFileURL(join(copy, 'scripts/build/size-budgets.js')).href)) as {
      SIZE_CEILING: { elements: Record<string, number> };
    };
    assert.equal(typeof budgets.SIZE_CEILING.elements[THROWAWAY.tag], 'number');
  });

  it('leaves a copy that type-checks', () => {
    // As `npm test -- types` does: the manifest first, which tests read for the element list.
    const analyze = run(copy, 'npm', ['run', '--silent', 'analyze']);
    assert.equal(analyze.status, 0, `npm run analyze in the copy:\n${analyze.stdout}${analyze.stderr}`);
    const tsc = run(copy, process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']);
    assert.equal(tsc.status, 0, `tsc --noEmit in the copy:\n${tsc.stdout}${tsc.stderr}`);
  });

  it('is found by the build (and so by the package, the gallery and the end-to-end tests) and documented by npm run docs:api', () => {
    assert.ok(
      (findElements(copy) as { tag: string }[]).some((e) => e.tag === THROWAWAY.tag),
      'scripts/build/elements.js finds the folder',
    );
    const docs = run(copy, 'npm', ['run', '--silent', 'docs:api']);
    assert.equal(docs.status, 0, `npm run docs:api in the copy:\n${docs.stdout}${docs.stderr}`);
    const manifest = JSON.parse(readFileSync(join(copy, 'custom-elements.json'), 'utf8')) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    assert.ok(
      manifest.modules.some((m) => m.declarations?.some((d) => d.tagName === THROWAWAY.tag)),
      'the manifest documents the element',
    );
    const regenerated = changed(copy).filter((p) => !edited.includes(p));
    console.log(
      `Regenerated by npm run docs:api (committed with the element, not edited by hand):\n${regenerated.map((p) => `  ${p}`).join('\n')}`,
    );
    assert.ok(regenerated.includes('docs/api.md'), 'docs/api.md is regenerated');
    assert.deepEqual(
      regenerated.filter((p) => !p.startsWith('docs/') && p !== 'README.md'),
      [],
      'the command writes documentation only',
    );
    assert.ok(readFileSync(join(copy, 'docs/api.md'), 'utf8').includes(`<${THROWAWAY.tag}>`), 'docs/api.md has a section for it');
  });

  it(
    'passes the browser tests that go through it (CONTRIBUTING_FULL=1)',
    { skip: process.env.CONTRIBUTING_FULL === '1' ? false : 'set CONTRIBUTING_FULL=1 to run them (about a minute)' },
    () => {
      const files = [
        `tests/browser/${THROWAWAY.tag}.test.ts`,
        'tests/browser/role-hub.test.ts',
        'tests/browser/layout-holds.test.ts',
        'tests/browser/contrast.test.ts',
        'tests/browser/demo.test.ts',
      ];
      // The manifest the layout and contrast tests read is the copy's, with the element in it.
      assert.equal(run(copy, 'npm', ['run', '--silent', 'analyze']).status, 0);
      const wtr = run(copy, 'npx', ['wtr', '--files', ...files]);
      const summary = [...wtr.stdout.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1)?.[0] ?? 'no summary';
      console.log(`Browser tests in the copy: ${summary}`);
      assert.equal(wtr.status, 0, `${wtr.stdout.slice(-4000)}${wtr.stderr.slice(-2000)}`);
    },
  );
});
