import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { RoleBundleWire, RoleIndex } from '../../../src/data/bundle/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

test('role-hub sample --count N --seed S writes N NDJSON listings to stdout, the same bytes every time', () => {
  const a = runCli(['sample', '--count', '300', '--seed', '9']);
  const b = runCli(['sample', '--count', '300', '--seed', '9']);
  const c = runCli(['sample', '--count', '300', '--seed', '10']);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
  assert.notEqual(a.stdout, c.stdout);
  const lines = a.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 300);
  for (const line of lines) {
    const listing = JSON.parse(line);
    assert.equal(typeof listing.id, 'string');
    assert.equal(typeof listing.title, 'string');
    assert.match(listing.postedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
  }
});

test('role-hub sample --end takes a date alone: a date-time, with a T or a space, is a usage error', () => {
  for (const end of ['2026-10-25T12:00', '2026-10-25 12:00', '25 October 2026']) {
    const r = runCli(['sample', '--count', '1', '--end', end]);
    assert.equal(r.code, 2, end);
    assert.match(r.stderr, /--end must be a date like 2026-10-25/, end);
  }
  assert.equal(runCli(['sample', '--count', '1', '--end', '2026-10-25']).code, 0);
});

test('role-hub sample --out file.gz writes gzip, with hourly pay among the listings', () => {
  const file = join(tempDir(), 'nested/sample.ndjson.gz');
  assert.equal(runCli(['sample', '--count', '2000', '--seed', '42', '--out', file]).code, 0);
  const bytes = readFileSync(file);
  assert.ok(bytes.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b])), 'a .gz name writes gzip');
  const lines = gunzipSync(bytes).toString('utf8').trimEnd().split('\n');
  assert.equal(lines.length, 2000);
  const hourly = lines.filter((l) => l.includes('"period":"hour"')).length;
  assert.ok(hourly > 40, `${hourly} hourly listings`);
});

test('the sample (as built into demo/stats) looks like the reference backend engineer page', () => {
  // demo-stats.test.ts checks that demo/stats is exactly `sample --count 6000 --seed 42`, built.
  const stats = join(repoRoot, 'demo/stats');
  const index = JSON.parse(readFileSync(join(stats, 'index.json'), 'utf8')) as RoleIndex;
  for (const slug of [
    'backend-engineer',
    'frontend-engineer',
    'full-stack-engineer',
    'data-engineer',
    'data-scientist',
    'devops-engineer',
    'cloud-engineer',
    'machine-learning-engineer',
  ]) {
    assert.ok(
      index.roles.some((r) => r.slug === slug),
      slug,
    );
  }
  const backend = JSON.parse(readFileSync(join(stats, 'backend-engineer.json'), 'utf8')) as RoleBundleWire;
  const share = (name: string) => backend.skills.find((s) => s.name === name)!.count / backend.listings;
  // The reference page: AWS first in 15% of listings, then SQL, Python, CI/CD, Java, PostgreSQL,
  // TypeScript, Docker; 71% senior; about 80% with pay; median $124,671, middle half $76,083–$161,654.
  assert.equal(backend.skills[0]?.name, 'AWS');
  assert.ok(Math.abs(share('AWS') - 0.15) < 0.02, `AWS share ${share('AWS')}`);
  assert.deepEqual(
    new Set(backend.skills.slice(0, 8).map((s) => s.name)),
    new Set(['AWS', 'SQL', 'Python', 'CI/CD', 'Java', 'PostgreSQL', 'TypeScript', 'Docker']),
  );
  const senior = backend.seniority.find((s) => s.level === 'senior')!.count / backend.listings;
  assert.ok(Math.abs(senior - 0.71) < 0.03, `senior share ${senior}`);
  const pay = backend.pay!;
  // Listings stating pay: yearly salaries (the headline) and other periods (annualised apart).
  const salaried = pay.n + (pay.annualised?.n ?? 0);
  assert.ok(Math.abs(salaried / backend.listings - 0.8) < 0.04, `salaried share ${salaried / backend.listings}`);
  assert.ok(Math.abs(pay.median - 125_000) < 8_000, `median ${pay.median}`);
  assert.ok(Math.abs(pay.p25 - 76_000) < 10_000, `p25 ${pay.p25}`);
  assert.ok(Math.abs(pay.p75 - 162_000) < 10_000, `p75 ${pay.p75}`);
  // At least 14 weeks of postings, and the warts real feeds have.
  const days = (Date.parse(backend.provenance.window.to) - Date.parse(backend.provenance.window.from)) / 86_400_000;
  assert.ok(days >= 14 * 7 - 1, `window of ${days} days`);
  assert.ok((pay.excluded.implausible ?? 0) > 0);
  // Salaries in other currencies come from other markets: the all-markets view leaves them out.
  const all = JSON.parse(readFileSync(join(stats, 'backend-engineer.all.json'), 'utf8')) as RoleBundleWire;
  assert.ok((all.pay?.excluded.currency ?? 0) > 0);
});

test('role-hub sample ends quietly when its reader stops early (| head), with exit 0 and no stack trace', async () => {
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(repoRoot, 'src/cli/main.ts'), 'sample', '--count', '200000'],
    {
      env: { ...process.env, NODE_OPTIONS: '' },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Read the first chunk, then close the pipe, as `head` does.
  await once(child.stdout, 'data');
  child.stdout.destroy();
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
});

test('role-hub sample --out under a file says so, with exit 1 and no stack trace', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'file.txt'), 'in the way');
  const result = runCli(['sample', '--out', join(dir, 'file.txt', 'listings.ndjson')]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^role-hub: cannot write .*file\.txt\/listings\.ndjson: a part of the path is a file, not a folder\n$/);
});

const noFullDevice = existsSync('/dev/full') ? false : 'skipped: this system has no /dev/full to stand for a full disk';
test('role-hub sample --out on a full disk says it could not write, with exit 1', { skip: noFullDevice }, () => {
  for (const count of ['10', '200000']) {
    const result = runCli(['sample', '--count', count, '--out', '/dev/full']);
    assert.equal(result.code, 1, `${count}: ${result.stderr}`);
    assert.match(result.stderr, /^role-hub: cannot write \/dev\/full: ENOSPC/, count);
  }
});

test('role-hub sample > a full disk says it could not write, with exit 1', { skip: noFullDevice }, () => {
  for (const count of ['10', '200000']) {
    // stdout opened on /dev/full, as `role-hub sample > file` on a full disk.
    const full = openSync('/dev/full', 'w');
    try {
      const imports = ['--import', import.meta.resolve('tsx')];
      const result = spawnSync(process.execPath, [...imports, join(repoRoot, 'src/cli/main.ts'), 'sample', '--count', count], {
        cwd: repoRoot,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '' },
      });
      assert.equal(result.status, 1, `${count}: ${result.stderr}`);
      assert.match(result.stderr, /^role-hub: cannot write the sample: ENOSPC/, count);
    } finally {
      closeSync(full);
    }
  }
});
