import assert from 'node:assert/strict';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCli, tempDir } from '../helpers/cli.js';
import { fixture, repoRoot } from '../helpers/paths.js';

const AS_OF = ['--as-of', '2025-04-01T00:00:00Z', '--source', 'fixtures'];

/** A file path as a regular expression that matches it literally. */
const asPattern = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds each named set of NDJSON lines, plain and gzipped, and hands `check` the run, the file
 * name as a regular expression (for the report's `file:line`) and a label for its messages.
 */
function buildEachWay(
  prefix: string,
  variants: readonly (readonly [name: string, lines: readonly string[]])[],
  check: (result: ReturnType<typeof runCli>, file: string, name: string, label: string) => void,
): void {
  const dir = tempDir();
  for (const [name, lines] of variants) {
    for (const gzip of [false, true]) {
      const text = `${lines.join('\n')}\n`;
      const input = join(dir, `${prefix}-${name}.ndjson${gzip ? '.gz' : ''}`);
      writeFileSync(input, gzip ? gzipSync(text) : text);
      const result = runCli(['build', input, '--out', join(tempDir(), 'stats'), ...AS_OF]);
      const label = `${name}${gzip ? ' (gzip)' : ''}`;
      assert.equal(result.code, 0, result.stderr);
      check(result, asPattern(input), name, label);
    }
  }
}
const snapshot = (dir: string) =>
  new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

test("role-hub <command> --help and role-hub help <command> print the command's usage and exit 0", () => {
  for (const command of ['build', 'bundle', 'sample']) {
    for (const args of [
      [command, '--help'],
      ['help', command],
    ]) {
      const result = runCli(args);
      assert.equal(result.code, 0, args.join(' '));
      assert.match(result.stdout, new RegExp(`^Usage: role-hub ${command} `), args.join(' '));
    }
  }
  const unknown = runCli(['help', 'nope']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^role-hub: unknown command "nope"/);
  // The general usage lists every exit code, the closed terminal's among them.
  assert.match(runCli(['help']).stdout, /129, 130 or 143 stopped by a closed terminal/);
});

test('a rejected record is reported at its own line whichever way the file is read: blank lines counted, not numbered away', () => {
  // A clean file goes through the engine's typed reader, which numbers rows by their place and
  // skips blank lines (the line scan finds them); one malformed line sends the file through the
  // line-by-line reader. Plain or gzip, both must name the same lines and count the same blanks.
  const listing = (id: string, postedAt: string) => JSON.stringify({ id, title: 'Data Analyst', postedAt, role: 'data-analyst' });
  const clean = [
    listing('a1', '2025-03-01'),
    '',
    ' \t ',
    listing('a2', '2025-03-02'),
    listing('a3', '2031-01-01'),
    '',
    listing('a1', '2025-03-03'),
  ];
  const dir = tempDir();
  for (const [name, lines, malformed] of [
    ['clean', clean, false],
    ['careful', [...clean, 'not json'], true],
  ] as const) {
    for (const gzip of [false, true]) {
      const text = `${lines.join('\n')}\n`;
      const input = join(dir, `${name}.ndjson${gzip ? '.gz' : ''}`);
      writeFileSync(input, gzip ? gzipSync(text) : text);
      const result = runCli(['build', input, '--out', join(tempDir(), 'stats'), ...AS_OF]);
      assert.equal(result.code, 0, result.stderr);
      const label = `${name}${gzip ? ' (gzip)' : ''}`;
      const file = asPattern(input);
      assert.match(result.stdout, new RegExp(`${file}:5: implausible-date: postedAt is after`), label);
      assert.match(result.stdout, new RegExp(`${file}:7: duplicate-id: this id was seen before: "a1"`), label);
      if (malformed) assert.match(result.stdout, new RegExp(`${file}:8: malformed: not valid JSON`), label);
      // Read, used, rejected, blank lines.
      assert.match(result.stdout, new RegExp(`${file}\\s+${malformed ? 5 : 4}\\s+2\\s+${malformed ? 3 : 2}\\s+3$`, 'm'), label);
    }
  }
});

test('carriage returns inside lines or ending only some lines leave every line its number whichever way the file is read; CR-only line ends are refused', () => {
  // JSON Lines ends a line at a line feed; the engine's text reader (the careful way) ends one at
  // a carriage return too, and reads CRLF and LF as one or the other. Line 1 holds a carriage
  // return between tokens (valid JSON white space), line 2 is blank but for one, line 4 alone
  // ends in CRLF; the careful file adds line 5 with one inside a string (a control character, so
  // not valid JSON) and line 6, not JSON. Worked out by hand: the lines keep their numbers; the
  // clean file is 3 records (1 used) and 1 blank line, the careful one 5 (1 used).
  const listing = (id: string, postedAt: string) => JSON.stringify({ id, title: 'Data Analyst', postedAt, role: 'data-analyst' });
  const clean = [
    listing('a1', '2025-03-01').replace(',"title"', ',\r"title"'),
    ' \r ',
    listing('a2', '2031-01-01'),
    `${listing('a1', '2025-03-02')}\r`,
  ];
  const careful = [...clean, listing('a3', '2025-03-03').replace('Data Analyst', 'Data\rAnalyst'), 'not json'];
  buildEachWay(
    'cr',
    [
      ['clean', clean],
      ['careful', careful],
    ],
    (result, file, name, label) => {
      assert.match(result.stdout, new RegExp(`${file}:3: implausible-date`), label);
      assert.match(result.stdout, new RegExp(`${file}:4: duplicate-id: this id was seen before: "a1"`), label);
      if (name === 'careful') {
        assert.match(result.stdout, new RegExp(`${file}:5: malformed: not valid JSON`), label);
        assert.match(result.stdout, new RegExp(`${file}:6: malformed: not valid JSON`), label);
      }
      // Read, used, rejected, blank lines.
      assert.match(
        result.stdout,
        new RegExp(`${file}\\s+${name === 'careful' ? 5 : 3}\\s+1\\s+${name === 'careful' ? 4 : 2}\\s+1$`, 'm'),
        label,
      );
    },
  );
  const dir = tempDir();
  const mac = join(dir, 'mac.ndjson');
  writeFileSync(mac, `${listing('m1', '2025-03-01')}\r${listing('m2', '2025-03-02')}\r`);
  const out = join(tempDir(), 'stats');
  const refused = runCli(['build', mac, '--out', out, ...AS_OF]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /cannot read .*mac\.ndjson: its lines end with a carriage return alone .* convert it first/);
  assert.throws(() => readdirSync(out), /ENOENT/);
});

test('a line holding U+0001 is one malformed record at its own line, and no listing after the character is lost unreported', () => {
  // The careful reader splits lines at U+0001, which no JSON text holds unescaped. Line 2 is two
  // listings joined by one, line 3 a listing followed by one, line 5 the character alone, line 6
  // not JSON (which sends the file the careful way); line 4 is blank. A long line 7 holding the
  // character 1.5 MB in crosses the scan's 1 MB chunks. Worked out by hand: 7 records (8 lines, 1
  // blank), 2 used (a1 and a4), 5 rejected as not valid JSON (lines 2, 3, 5, 6 and 7).
  const listing = (id: string, postedAt: string) => JSON.stringify({ id, title: 'Data Analyst', postedAt, role: 'data-analyst' });
  const long = JSON.stringify({
    id: 'a9',
    title: 'Data Analyst',
    postedAt: '2025-03-09',
    role: 'data-analyst',
    description: 'x'.repeat(3_000_000),
  });
  const lines = [
    listing('a1', '2025-03-01'),
    `${listing('a2', '2025-03-02')}\u0001${listing('a3', '2025-03-03')}`,
    `${listing('a5', '2025-03-05')}\u0001`,
    '',
    '\u0001',
    'not json',
    `${long.slice(0, 1_500_000)}\u0001${long.slice(1_500_000)}`,
    listing('a4', '2025-03-04'),
  ];
  const dir = tempDir();
  for (const gzip of [false, true]) {
    const text = `${lines.join('\n')}\n`;
    const input = join(dir, `soh.ndjson${gzip ? '.gz' : ''}`);
    writeFileSync(input, gzip ? gzipSync(text) : text);
    const result = runCli(['build', input, '--out', join(tempDir(), 'stats'), ...AS_OF]);
    const label = gzip ? 'gzip' : 'plain';
    assert.equal(result.code, 0, result.stderr);
    const file = asPattern(input);
    for (const line of [2, 3, 5, 6, 7])
      assert.match(result.stdout, new RegExp(`${file}:${line}: malformed: not valid JSON`), `${label}: line ${line}`);
    // Read, used, rejected, blank lines.
    assert.match(result.stdout, new RegExp(`${file}\\s+7\\s+2\\s+5\\s+1$`, 'm'), label);
  }
});

test('an NDJSON line of 8 MiB is malformed whether or not anything else in the file is, plain or gzip', () => {
  // The typed reader would take it; the line-by-line reader, which a single bad line elsewhere
  // sends the file to, refuses it. Worked out by hand: 3 records, 2 used, line 2 malformed; with
  // a line 4 that is not JSON, 4 records, 2 used, lines 2 and 4 malformed.
  const listing = (id: string, postedAt: string, more = {}) =>
    JSON.stringify({ id, title: 'Data Analyst', postedAt, role: 'data-analyst', ...more });
  // Exactly 8 MiB: the limit is a length the readers refuse, not one past it.
  const bare = listing('a2', '2025-03-02', { description: '' });
  const huge = listing('a2', '2025-03-02', { description: 'x'.repeat(8 * 1024 * 1024 - bare.length) });
  assert.equal(Buffer.byteLength(huge), 8 * 1024 * 1024);
  buildEachWay(
    'long',
    [
      ['clean', [listing('a1', '2025-03-01'), huge, listing('a3', '2025-03-03')]],
      ['careful', [listing('a1', '2025-03-01'), huge, listing('a3', '2025-03-03'), 'not json']],
    ],
    (result, file, name, label) => {
      assert.match(result.stdout, new RegExp(`${file}:2: malformed: not readable as text \\(line size over maximum\\)`), label);
      const rejected = name === 'careful' ? 2 : 1;
      assert.match(result.stdout, new RegExp(`${file}\\s+${2 + rejected}\\s+2\\s+${rejected}\\s+0$`, 'm'), label);
    },
  );
});

test('a line holding U+0001 after a line the reader refuses is still the one rejected, and the line after it is used', () => {
  // Line 2 is not UTF-8 (the reader refuses it, so its own rows are numbered without it); line 4
  // is two listings joined by U+0001. Worked out by hand: 5 records, lines 2 and 4 rejected, a1,
  // a4 and a5 used.
  const listing = (id: string, postedAt: string) => JSON.stringify({ id, title: 'Data Analyst', postedAt, role: 'data-analyst' });
  const bytes = Buffer.concat([
    Buffer.from(`${listing('a1', '2025-03-01')}\n`),
    Buffer.from([0x62, 0x61, 0x64, 0x20, 0xff, 0x0a]),
    Buffer.from(`${listing('a4', '2025-03-04')}\n`),
    Buffer.from(`${listing('a2', '2025-03-02')}\u0001${listing('a3', '2025-03-03')}\n`),
    Buffer.from(`${listing('a5', '2025-03-05')}\n`),
  ]);
  const input = join(tempDir(), 'refused-then-soh.ndjson');
  writeFileSync(input, bytes);
  const result = runCli(['build', input, '--out', join(tempDir(), 'stats'), ...AS_OF]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /refused-then-soh\.ndjson:2: malformed: not readable as text/);
  assert.match(result.stdout, /refused-then-soh\.ndjson:4: malformed: not valid JSON/);
  assert.match(result.stdout, /refused-then-soh\.ndjson\s+5\s+3\s+2\s+0$/m);
});

test('a CSV file the reader cannot read for its line ends is refused with the line that is the cause, and nothing written', () => {
  // The engine's CSV reader takes one kind of line end per file and stops at a carriage return
  // outside quotes that ends no line, saying only that its state machine failed. Line 3 is the
  // cause in each file; the same carriage return inside quotes is text, and the file is read.
  const dir = tempDir();
  const header = 'id,title,postedAt';
  const cases: [string, string, RegExp | null][] = [
    [
      'bare.csv',
      `${header}\na1,Data Analyst,2025-03-01\na2,Data\rAnalyst,2025-03-02\n`,
      /bare\.csv: line 3 holds a carriage return outside quotes/,
    ],
    [
      'mixed.csv',
      `${header}\r\na1,Data Analyst,2025-03-01\r\na2,Data Analyst,2025-03-02\n`,
      /mixed\.csv: line 3 ends otherwise than line 1 \(one CRLF, the other LF\)/,
    ],
    [
      'mac-mixed.csv',
      `${header}\ra1,Data Analyst,2025-03-01\ra2,Data Analyst,2025-03-02\r\n`,
      /mac-mixed\.csv: line 3 ends otherwise than line 1 \(one CR, the other CRLF\)/,
    ],
    ['quoted.csv', `${header}\na1,Data Analyst,2025-03-01\na2,"Data\rAnalyst",2025-03-02\n`, null],
  ];
  for (const [name, text, refused] of cases) {
    writeFileSync(join(dir, name), text);
    const out = join(tempDir(), 'stats');
    const result = runCli(['build', join(dir, name), '--out', out, ...AS_OF]);
    if (refused) {
      assert.equal(result.code, 1, name);
      assert.match(result.stderr, refused, name);
      assert.throws(() => readdirSync(out), /ENOENT/, name);
    } else {
      assert.equal(result.code, 0, `${name}: ${result.stderr}`);
      assert.match(result.stdout, /2 records read = 2 used/, name);
    }
  }
});

test('a line that is not UTF-8 text costs only itself: a malformed record at its own line, plain or gzip', () => {
  // Lines 2 and 5 hold bytes that are not UTF-8 (the second inside a JSON string); the lines
  // after them keep their numbers. Worked out by hand: 7 records (line 3 is blank), 2 used (a1,
  // a2), 5 rejected: lines 2 and 5 unreadable, 6 dated 2031, 7 a repeated id, 8 not JSON.
  const listing = (id: string, postedAt: string) => JSON.stringify({ id, title: 'Data Analyst', postedAt, role: 'data-analyst' });
  const bytes = Buffer.concat([
    Buffer.from(`${listing('a1', '2025-03-01')}\n`),
    Buffer.from([0x62, 0x61, 0x64, 0x20, 0xff, 0xfe, 0x0a]),
    Buffer.from(`\n${listing('a2', '2025-03-02')}\n`),
    Buffer.from('{"id":"a3","title":"Data Analyst '),
    Buffer.from([0xc3, 0x28]),
    Buffer.from('","postedAt":"2025-03-03","role":"data-analyst"}\n'),
    Buffer.from(`${listing('a4', '2031-01-01')}\n${listing('a1', '2025-03-04')}\nnot json\n`),
  ]);
  const dir = tempDir();
  for (const gzip of [false, true]) {
    const input = join(dir, `not-utf8.ndjson${gzip ? '.gz' : ''}`);
    writeFileSync(input, gzip ? gzipSync(bytes) : bytes);
    const result = runCli(['build', input, '--out', join(tempDir(), 'stats'), ...AS_OF]);
    const label = gzip ? 'gzip' : 'plain';
    assert.equal(result.code, 0, result.stderr);
    const file = asPattern(input);
    for (const [line, what] of [
      [2, 'malformed: not readable as text \\(invalid encoding\\)'],
      [5, 'malformed: not readable as text \\(invalid encoding\\)'],
      [6, 'implausible-date'],
      [7, 'duplicate-id'],
      [8, 'malformed: not valid JSON'],
    ] as const)
      assert.match(result.stdout, new RegExp(`${file}:${line}: ${what}`), `${label}, line ${line}`);
    // Read, used, rejected, blank lines.
    assert.match(result.stdout, new RegExp(`${file}\\s+7\\s+2\\s+5\\s+1$`, 'm'), label);
  }
});

test('lines stay exact when the engine reads a large file on several threads', () => {
  // 200,000 listings (about 40 MB, several of the reader's buffers) with blank lines every
  // 25,000: the rows come back in file order and each rejection names its own line.
  const lines: string[] = [];
  const rejected = new Map<number, string>([
    [123_457, 'implausible-date'],
    [199_991, 'duplicate-id'],
  ]);
  for (let i = 0; lines.length < 200_010; i++) {
    if (i > 0 && i % 25_000 === 0) lines.push('');
    const line = lines.length + 1;
    const reason = rejected.get(line);
    const id = reason === 'duplicate-id' ? 'l-1' : `l-${line}`;
    const postedAt = reason === 'implausible-date' ? '2031-01-01' : `2025-0${1 + (i % 3)}-1${i % 10}T00:00:00Z`;
    lines.push(
      JSON.stringify({ id, title: 'Data Analyst', postedAt, company: `c${i % 997}`, role: 'data-analyst', skills: ['sql', 'excel'] }),
    );
  }
  const input = join(tempDir(), 'large.ndjson.gz');
  writeFileSync(input, gzipSync(`${lines.join('\n')}\n`, { level: 1 }));
  const result = runCli(['build', input, '--out', join(tempDir(), 'stats'), ...AS_OF]);
  assert.equal(result.code, 0, result.stderr);
  const file = asPattern(input);
  for (const [line, reason] of rejected)
    assert.match(result.stdout, new RegExp(`${file}:${line}: ${reason}:`), `${reason} at line ${line}`);
  assert.match(result.stdout, new RegExp(`${file}\\s+200,002\\s+200,000\\s+2\\s+8$`, 'm'));
});

test('a `null` line is malformed and a `{}` line a listing missing its fields, in a file with no other fault', () => {
  // No broken line, so the file first goes to the engine's typed reader, which reads both as a row of nulls.
  const input = join(tempDir(), 'nulls.ndjson');
  writeFileSync(input, [JSON.stringify({ id: 'n1', title: 'Data Analyst', postedAt: '2025-03-01' }), 'null', '{}'].join('\n'));
  const result = runCli(['build', input, '--out', join(tempDir(), 'stats'), ...AS_OF]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /nulls\.ndjson:2: malformed: not a JSON object/);
  assert.match(result.stdout, /nulls\.ndjson:3: missing-field: id is missing/);
  assert.match(result.stdout, /Reconciliation: 3 records read = 1 used \+ 2 rejected/);
});

// Ctrl-C, and a closed terminal or dropped connection (SIGHUP): each a failed build, no leftovers.
for (const [signal, exit] of [
  ['SIGINT', 130],
  ['SIGHUP', 129],
] as const) {
  test(`an interrupted build (${signal}) leaves no temporary folder and no output, and exits ${exit}`, async () => {
    const dir = tempDir();
    const scratch = join(dir, 'tmp');
    mkdirSync(scratch);
    // 200,000 listings, enough to be still reading when the signal comes.
    const line = (i: number) => JSON.stringify({ id: `i${i}`, title: 'Data Analyst', postedAt: '2025-03-01', skills: ['sql'] });
    const input = join(dir, 'listings.ndjson');
    writeFileSync(input, `${Array.from({ length: 200_000 }, (_, i) => line(i)).join('\n')}\n`);
    const site = tempDir();
    const out = join(site, 'stats');
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), join(repoRoot, 'src/cli/main.ts'), 'build', input, '--out', out, '--progress', ...AS_OF],
      {
        env: { ...process.env, NODE_OPTIONS: '', TMPDIR: scratch },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('reading')) child.kill(signal);
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.match(stderr, /reading/, 'the build had started');
    assert.equal(code, exit);
    // (tsx keeps its cache there too.)
    assert.deepEqual(
      readdirSync(scratch).filter((name) => name.startsWith('role-hub')),
      [],
      'no spill folder left',
    );
    assert.deepEqual(readdirSync(site), [], 'no output and no staging folder');
  });
}

test('role-hub build ends quietly when its reader stops early (| head, 2>&1 | head): the bundles written, exit 0, no stack trace', async () => {
  const empty = join(tempDir(), 'empty.ndjson');
  writeFileSync(empty, '');
  // Stdout alone closed, then stdout and stderr (which carries a warning for the empty input).
  for (const closeStderr of [false, true]) {
    const label = closeStderr ? 'stdout and stderr' : 'stdout';
    const out = join(tempDir(), 'stats');
    const child = spawn(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        join(repoRoot, 'src/cli/main.ts'),
        'build',
        fixture('good.ndjson'),
        empty,
        '--out',
        out,
        ...AS_OF,
      ],
      { env: { ...process.env, NODE_OPTIONS: '' } },
    );
    let stderr = '';
    // The reader is gone before the build writes a line, as `head` is once it has its lines.
    child.stdout.destroy();
    if (closeStderr) child.stderr.destroy();
    else child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0, `${label}: ${stderr}`);
    // The warning alone, no stack trace.
    if (!closeStderr) assert.match(stderr, /^role-hub: warning: no listing in .*empty\.ndjson was used[^\n]*\n$/, label);
    assert.deepEqual(
      readdirSync(out).sort(),
      ['backend-engineer.all.json', 'backend-engineer.json', 'data-analyst.all.json', 'data-analyst.json', 'index.json'],
      label,
    );
  }
});

const noFullDevice = existsSync('/dev/full') ? false : 'skipped: this system has no /dev/full to stand for a full disk';
test(
  'role-hub build says it could not write its report to a full disk, with exit 1, though the bundles are written',
  { skip: noFullDevice },
  async () => {
    const out = join(tempDir(), 'stats');
    const full = openSync('/dev/full', 'w');
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), join(repoRoot, 'src/cli/main.ts'), 'build', fixture('good.ndjson'), '--out', out, ...AS_OF],
      { env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', full, 'pipe'] },
    );
    closeSync(full);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 1, stderr);
    assert.match(stderr, /^role-hub: cannot write the report: ENOSPC.*; the bundles are written to .*stats\n$/);
    assert.ok(readdirSync(out).includes('index.json'));
  },
);

test("role-hub build refuses --out in an input's folder before writing anything", () => {
  const dir = tempDir();
  const input = join(dir, 'listings.ndjson');
  writeFileSync(input, readFileSync(fixture('good.ndjson')));
  for (const out of [dir, join(dir, 'stats')]) {
    const result = runCli(['build', input, '--out', out, ...AS_OF]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /is in the folder of the input/);
  }
  assert.deepEqual(readdirSync(dir), ['listings.ndjson']);
});

test('role-hub build says so in one line, with no stack trace, when the folder for --out cannot be made', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'afile'), 'not a folder');
  const out = join(dir, 'afile', 'sub', 'stats');
  const result = runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^role-hub: cannot write .*afile\/sub\/stats: a part of the path is a file, not a folder\n$/);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(readFileSync(join(dir, 'afile'), 'utf8'), 'not a folder');
});

test("role-hub build follows symbolic links: --out reached through a link into an input's folder is refused", () => {
  const dir = tempDir();
  const data = join(dir, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'listings.ndjson'), readFileSync(fixture('good.ndjson')));
  symlinkSync(data, join(dir, 'link'));
  const result = runCli(['build', join(dir, 'link', 'listings.ndjson'), '--out', join(data, 'stats'), ...AS_OF]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /is in the folder of the input/);
  assert.deepEqual(readdirSync(data), ['listings.ndjson']);
});

test("role-hub build takes a folder named '..out' inside an input's folder for what it is: inside", () => {
  const dir = tempDir();
  const input = join(dir, 'listings.ndjson');
  writeFileSync(input, readFileSync(fixture('good.ndjson')));
  const result = runCli(['build', input, '--out', join(dir, '..out'), ...AS_OF]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /is in the folder of the input/);
  assert.deepEqual(readdirSync(dir), ['listings.ndjson']);
});

test('role-hub build refuses an --aggregates folder that would overwrite an input, land in --out, or take other files', () => {
  const dir = tempDir();
  // The export writes <table>.parquet files: into an input's folder it could overwrite an input.
  const input = join(dir, 'listings.ndjson');
  writeFileSync(input, readFileSync(fixture('good.ndjson')));
  const before = readFileSync(input);
  const out = join(tempDir(), 'stats');
  const other = join(tempDir(), 'agg');
  mkdirSync(other);
  writeFileSync(join(other, 'notes.txt'), 'mine');
  const aFile = join(tempDir(), 'agg.parquet');
  writeFileSync(aFile, 'not a folder');
  const cases: [string[], RegExp][] = [
    [[input, '--aggregates', dir], /--aggregates .* is in the folder of the input/],
    [[fixture('good.ndjson'), '--aggregates', out], /--aggregates .* is in --out/],
    [[fixture('good.ndjson'), '--aggregates', join(out, 'agg')], /--aggregates .* is in --out/],
    [[fixture('good.ndjson'), '--aggregates', dirname(out)], /--out .* is in --aggregates/],
    [[fixture('good.ndjson'), '--aggregates', other], /--aggregates .* holds files a build does not write \("notes\.txt"\)/],
    [[fixture('good.ndjson'), '--aggregates', aFile], /--aggregates .* is a file, not a folder/],
  ];
  for (const [args, message] of cases) {
    const result = runCli(['build', ...args, '--out', out, ...AS_OF]);
    assert.equal(result.code, 1, args.join(' '));
    assert.match(result.stderr, message);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  }
  assert.deepEqual(readFileSync(input), before);
  assert.deepEqual(readdirSync(dir), ['listings.ndjson']);
  assert.deepEqual(readdirSync(other), ['notes.txt']);
  assert.equal(existsSync(out), false);
});

test('a build that cannot write its bundles leaves the previous --aggregates as they were, so the two always match', () => {
  const root = tempDir();
  const out = join(root, 'stats');
  const agg = join(root, 'agg');
  const first = runCli(['build', fixture('good.ndjson'), '--out', out, '--aggregates', agg, ...AS_OF]);
  assert.equal(first.code, 0, first.stderr);
  const before = snapshot(agg);
  // A file where the bundles' folder would go: the bundles cannot be written.
  const blocked = join(tempDir(), 'file.txt');
  writeFileSync(blocked, 'in the way');
  const result = runCli([
    'build',
    fixture('good.ndjson'),
    '--out',
    join(blocked, 'stats'),
    '--aggregates',
    agg,
    '--as-of',
    '2025-06-01T00:00:00Z',
  ]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /cannot write .*file\.txt\/stats: a part of the path is a file, not a folder/);
  assert.deepEqual(snapshot(agg), before);
  // No staging folder is left beside the aggregates.
  assert.deepEqual(readdirSync(root).sort(), ['agg', 'stats']);
});

test('role-hub bundle refuses an --out in or equal to its aggregates folder, before writing anything', () => {
  const root = tempDir();
  const agg = join(root, 'agg');
  const built = runCli(['build', fixture('good.ndjson'), '--out', join(root, 'stats'), '--aggregates', agg, ...AS_OF]);
  assert.equal(built.code, 0, built.stderr);
  const before = snapshot(agg);
  for (const out of [join(agg, 'stats'), agg]) {
    const result = runCli(['bundle', agg, '--out', out]);
    assert.equal(result.code, 1, out);
    assert.match(result.stderr, /--out .* is in the aggregates folder .*; write the bundles somewhere else/);
    assert.deepEqual(snapshot(agg), before);
  }
  assert.deepEqual(readdirSync(root).sort(), ['agg', 'stats']);
});

test('an --out that is a symbolic link keeps it: the folder it points to gets the new build', () => {
  const root = tempDir();
  const target = join(root, 'releases', 'stats');
  const link = join(root, 'stats');
  assert.equal(runCli(['build', fixture('good.ndjson'), '--out', target, ...AS_OF]).code, 0);
  symlinkSync(target, link);
  const result = runCli(['build', fixture('good.ndjson'), '--out', link, '--as-of', '2025-06-01T00:00:00Z']);
  assert.equal(result.code, 0, result.stderr);
  assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
  assert.match(readFileSync(join(target, 'index.json'), 'utf8'), /"generatedAt":"2025-06-01/, 'the target holds the new build');
  assert.deepEqual(readdirSync(dirname(target)), ['stats'], 'no staging folder left beside the target');
  // A link to nothing is said before anything is read.
  const dangling = join(root, 'gone');
  symlinkSync(join(root, 'nowhere'), dangling);
  const refused = runCli(['build', fixture('good.ndjson'), '--out', dangling, ...AS_OF]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /gone is a symbolic link to .*nowhere, which does not exist; make that folder or change the link/);
  assert.doesNotMatch(refused.stdout, /Reconciliation/);
});

test('a roles file with a title pattern the engine cannot read names the role and the pattern, and writes nothing', () => {
  const roles = JSON.parse(readFileSync(join(repoRoot, 'src/data/taxonomy/roles.json'), 'utf8')) as {
    roles: { slug: string; patterns: string[] }[];
  };
  roles.roles[1]!.patterns = ['(unclosed', ...roles.roles[1]!.patterns];
  const file = join(tempDir(), 'roles.json');
  writeFileSync(file, JSON.stringify(roles));
  const out = join(tempDir(), 'stats');
  const result = runCli(['build', fixture('good.ndjson'), '--out', out, '--roles', file, ...AS_OF]);
  assert.equal(result.code, 1);
  assert.match(
    result.stderr,
    new RegExp(
      `^role-hub: the roles file .*roles\\.json cannot be used: role "${roles.roles[1]!.slug}" has a title pattern the engine cannot read, "\\(unclosed" \\(`,
    ),
  );
  assert.equal(existsSync(out), false);
});

test('role-hub build refuses an --out folder that holds files it did not write', () => {
  const out = join(tempDir(), 'public');
  mkdirSync(out);
  writeFileSync(join(out, 'style.css'), 'body {}');
  const result = runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /holds files a build does not write \("style\.css"\)/);
  assert.deepEqual(readdirSync(out), ['style.css']);
});

test('role-hub build refuses an --out folder of files and folders named like bundles that no earlier build wrote', () => {
  // `package.json` and `keep.json/` pass a file-name rule (`<role>.json`); only an earlier build's
  // index.json says which files are its own.
  const out = join(tempDir(), 'site');
  mkdirSync(join(out, 'keep.json'), { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"name":"site"}');
  writeFileSync(join(out, 'keep.json', 'data.txt'), 'mine');
  const result = runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /holds files a build does not write \("keep\.json", "package\.json"\)/);
  assert.deepEqual(readdirSync(out).sort(), ['keep.json', 'package.json']);
  assert.equal(readFileSync(join(out, 'keep.json', 'data.txt'), 'utf8'), 'mine');
});

test('role-hub build replaces its own earlier output, and refuses it once a file the index does not name is added', () => {
  const out = join(tempDir(), 'stats');
  const first = runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF]);
  assert.equal(first.code, 0, first.stderr);
  const again = runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF]);
  assert.equal(again.code, 0, again.stderr);
  writeFileSync(join(out, 'notes.json'), '{}');
  const refused = runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /holds files a build does not write \("notes\.json"\)/);
});

test('a build given an input none of whose listings was used, beside good ones, names it in a warning and builds from the rest', () => {
  const dir = tempDir();
  const empty = join(dir, 'empty.ndjson');
  writeFileSync(empty, '\n');
  const baristas = join(dir, 'baristas.ndjson');
  writeFileSync(baristas, '{"id":"b1","title":"Barista","postedAt":"2025-01-01"}\n');
  const aloneOut = join(tempDir(), 'stats');
  const alone = runCli(['build', fixture('good.ndjson'), '--out', aloneOut, ...AS_OF]);
  assert.equal(alone.code, 0, alone.stderr);
  assert.doesNotMatch(alone.stderr, /warning/);
  const out = join(tempDir(), 'stats');
  const result = runCli(['build', baristas, fixture('good.ndjson'), empty, '--out', out, ...AS_OF]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(
    result.stderr,
    /^role-hub: warning: no listing in .*baristas\.ndjson, .*empty\.ndjson was used \(see the rejections by reason\); the bundles rest on the other inputs$/m,
  );
  // The same bundles as from the good input alone.
  assert.deepEqual(snapshot(out), snapshot(aloneOut));
});

test('an empty CSV export (no bytes, blank lines or a byte order mark alone, a header alone) is named in a warning, as an empty NDJSON file is', () => {
  const dir = tempDir();
  const empties: Array<[string, string | Buffer, number]> = [
    ['zero.csv', '', 0],
    ['zero.ndjson', '', 0],
    ['blank.csv', '\r\n\r\n', 2],
    ['mark.csv', '\uFEFF', 0],
    ['header.csv', 'id,title,postedAt\n', 0],
    ['zero.csv.gz', gzipSync(''), 0],
  ];
  for (const [name, bytes] of empties) writeFileSync(join(dir, name), bytes);
  const aloneOut = join(tempDir(), 'stats');
  assert.equal(runCli(['build', fixture('good.ndjson'), '--out', aloneOut, ...AS_OF]).code, 0);
  const out = join(tempDir(), 'stats');
  const result = runCli(['build', fixture('good.ndjson'), ...empties.map(([name]) => join(dir, name)), '--out', out, ...AS_OF]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /^role-hub: warning: no listing in .*zero\.csv, .*zero\.ndjson, .*blank\.csv and 3 more was used/m);
  // Read, used, rejected, blank lines.
  for (const [name, , blank] of empties) {
    assert.match(result.stdout, new RegExp(`${name.replace(/\./g, '\\.')}\\s+0\\s+0\\s+0\\s+${blank}$`, 'm'), name);
  }
  assert.deepEqual(snapshot(out), snapshot(aloneOut));

  // A header row missing is not an empty export when records follow; nor is a header without the columns.
  for (const [name, text, refused] of [
    [
      'late-header.csv',
      '\nid,title,postedAt\na1,Data Analyst,2025-03-01\n',
      /late-header\.csv: line 1 is empty, and the header row .* must be the first line$/m,
    ],
    ['no-columns.csv', 'name,date\n', /no-columns\.csv: the header has no id, title, postedAt columns/],
  ] as const) {
    writeFileSync(join(dir, name), text);
    const failed = runCli(['build', fixture('good.ndjson'), join(dir, name), '--out', join(tempDir(), 'stats'), ...AS_OF]);
    assert.equal(failed.code, 1, name);
    assert.match(failed.stderr, refused, name);
  }
});

test('a build with no usable listing exits 1 and leaves the previous output as it was', () => {
  const out = join(tempDir(), 'stats');
  assert.equal(runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF]).code, 0);
  const before = snapshot(out);
  const empty = join(tempDir(), 'nothing.ndjson');
  writeFileSync(empty, '{"id":"x","title":"Barista","postedAt":"2025-01-01"}\nnot json\n');
  const result = runCli(['build', empty, '--out', out, ...AS_OF]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /no listing was usable, so nothing was written; the previous output is unchanged/);
  assert.deepEqual(snapshot(out), before);
  // No staging or retired folder is left beside it.
  assert.deepEqual(readdirSync(dirname(out)), ['stats']);
});

test('a new build replaces the whole output set: roles the new data lacks are removed, nothing temporary remains', () => {
  const out = join(tempDir(), 'stats');
  assert.equal(runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF]).code, 0);
  assert.ok(readdirSync(out).includes('backend-engineer.json'));
  const analysts = join(tempDir(), 'analysts.ndjson');
  writeFileSync(analysts, '{"id":"a1","title":"Data Analyst","postedAt":"2025-03-04","skills":["sql"]}\n');
  assert.equal(runCli(['build', analysts, '--out', out, ...AS_OF]).code, 0);
  assert.deepEqual(readdirSync(out).sort(), ['data-analyst.all.json', 'data-analyst.json', 'index.json']);
  assert.deepEqual(readdirSync(dirname(out)), ['stats']);
});

test('messages quote input safely: control characters escaped, long values cut to 80 characters', () => {
  const input = join(tempDir(), 'odd.ndjson');
  const title = `Barista\u001b[2J${'x'.repeat(200)}`;
  writeFileSync(
    input,
    `${JSON.stringify({ id: 'o1', title, postedAt: '2025-01-01' })}\n${JSON.stringify({ id: 'o2', title: 'Data Analyst', postedAt: '2025-01-02' })}\n`,
  );
  const result = runCli(['build', input, '--out', join(tempDir(), 'stats'), ...AS_OF]);
  assert.equal(result.code, 0, result.stderr);
  assert.ok(!result.stdout.includes('\u001b'), 'no raw escape character reaches the terminal');
  // "Barista" (7) + the escape (1) + "[2J" (3) + 69 x's = 80 characters, then "…".
  assert.match(result.stdout, new RegExp(`unclassified-role: no role matches the title "Barista\\\\u001b\\[2Jx{69}…"`));
});

test('messages name a file with control characters in its name escaped, so a name cannot repaint the terminal or forge a report line', () => {
  // A glob picks up what a folder holds: an escape sequence, and a line break followed by words
  // that look like the report's own.
  const dir = tempDir();
  const names = ['paint\u001b[31mred.ndjson', 'two\nReconciliation: 999 records.ndjson'];
  for (const name of names) writeFileSync(join(dir, name), `${readFileSync(fixture('good.ndjson'), 'utf8')}not json\n`);
  const result = runCli(['build', join(dir, '*.ndjson'), '--out', join(tempDir(), 'stats'), ...AS_OF]);
  assert.equal(result.code, 0, result.stderr);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(result.stdout), "no raw control character but the report's own line breaks");
  assert.doesNotMatch(result.stdout, /^Reconciliation: 999/m, 'no forged report line');
  assert.match(result.stdout, /paint\\u001b\[31mred\.ndjson:9: malformed: not valid JSON/);
  assert.match(result.stdout, /two\\u000aReconciliation: 999 records\.ndjson:9: malformed: not valid JSON/);
});

test("the engine's own message about a file it cannot read has the file name's control characters escaped too", () => {
  // A file named .parquet that is not Parquet: the engine's message quotes its path as it is.
  const dir = tempDir();
  writeFileSync(join(dir, 'paint\u001b[31mred.parquet'), 'not parquet at all');
  const result = runCli(['build', join(dir, '*.parquet'), '--out', join(tempDir(), 'stats'), ...AS_OF]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /cannot read .*paint\\u001b\[31mred\.parquet/);
  assert.ok(!result.stderr.includes('\u001b'), `no raw escape character reaches the terminal: ${JSON.stringify(result.stderr)}`);
});

test('role-hub build expands a glob in a file name, in name order', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'part-1.ndjson'), '{"id":"p1","title":"Data Analyst","postedAt":"2025-03-04"}\n');
  writeFileSync(join(dir, 'part-2.ndjson'), '{"id":"p2","title":"Data Analyst","postedAt":"2025-03-05"}\n');
  const result = runCli(['build', join(dir, 'part-*.ndjson'), '--out', join(tempDir(), 'stats'), ...AS_OF]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /part-1\.ndjson\s+1\s+1\s+0/);
  assert.match(result.stdout, /part-2\.ndjson\s+1\s+1\s+0/);
});

test('role-hub build without the engine installed says exactly what to install, and writes nothing', () => {
  const out = join(tempDir(), 'stats');
  const result = runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF], {
    imports: [new URL('../helpers/without-duckdb.mjs', import.meta.url).href],
  });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /the builder needs DuckDB: run `npm install @duckdb\/node-api` in this project, then build again/);
  assert.throws(() => readdirSync(out), /ENOENT/);
});

test('role-hub build with the engine installed but not its native part names what failed, not an install that changes nothing', () => {
  const out = join(tempDir(), 'stats');
  const result = runCli(['build', fixture('good.ndjson'), '--out', out, ...AS_OF], {
    imports: [new URL('../helpers/without-duckdb-binding.mjs', import.meta.url).href],
  });
  assert.equal(result.code, 1);
  assert.match(
    result.stderr,
    /DuckDB \(@duckdb\/node-api\) is installed but could not be loaded on this machine \(\w+-\w+\): Cannot find module '@duckdb\/node-bindings-linux-x64\/duckdb\.node'; reinstall it here without --omit=optional/,
  );
  assert.doesNotMatch(result.stderr, /the builder needs DuckDB/);
  assert.throws(() => readdirSync(out), /ENOENT/);
});
