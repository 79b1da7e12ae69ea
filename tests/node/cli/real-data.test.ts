import assert from 'node:assert/strict';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { createGunzip, gzipSync } from 'node:zlib';
import type { RoleBundleWire, RoleIndex } from '../../../src/data/bundle/types.js';
import { readBundles, runCli, tempDir } from '../helpers/cli.js';
import { realDataFiles } from '../helpers/paths.js';
import { contractErrors } from '../helpers/schemas.js';

const { files, skip } = realDataFiles();
if (skip) console.warn(`# SKIPPED: ${skip}`);

/** Lines and listings per stated role, counted independently of the builder. */
async function countByRole(file: string): Promise<{ lines: number; roles: Map<string, number> }> {
  const input = createReadStream(file);
  const lines = createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  const roles = new Map<string, number>();
  let count = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    count += 1;
    const role = (JSON.parse(line) as { role: string }).role;
    roles.set(role, (roles.get(role) ?? 0) + 1);
  }
  return { lines: count, roles };
}

/**
 * The gzip size of every file each real file's build wrote, for the size check. Measured while the
 * build test runs: its temporary folder is removed when that test ends.
 */
const gzipSizes = new Map<string, Array<[name: string, bytes: number]>>();

for (const file of files) {
  test(`role-hub build ${basename(file)}: every line reconciles and every bundle is valid, to the schema and to the browser's validator`, async () => {
    const out = join(tempDir(), 'stats');
    const result = runCli(['build', file, '--out', out, '--as-of', '2026-11-01T00:00:00Z', '--source', basename(file), '--strict']);
    assert.equal(result.code, 0, result.stderr);
    const expected = await countByRole(file);
    const n = expected.lines.toLocaleString('en-US');
    // The real files are clean: every line is used (--strict would have failed otherwise).
    assert.match(result.stdout, new RegExp(`Reconciliation: ${n} records read = ${n} used \\+ 0 rejected`));
    const bundles = readBundles(out);
    gzipSizes.set(
      file,
      readdirSync(out).map((name) => [name, gzipSync(readFileSync(join(out, name))).length]),
    );
    for (const [name, value] of bundles) assert.deepEqual(contractErrors(name, value), []);
    // Every listing states its role, so each role's all-markets listings plus its reposts are the
    // lines naming that role.
    const index = bundles.get('index.json') as RoleIndex;
    const counted = index.roles.map((r) => {
      const all = bundles.get(`${r.slug}.all.json`) as RoleBundleWire;
      return [r.slug, all.listings + all.provenance.reposts] as const;
    });
    assert.deepEqual(new Map(counted), new Map([...expected.roles].sort()));
    for (const entry of index.roles) {
      // `<role>.json` is the default market's bundle, and the index quotes it.
      const bundle = bundles.get(`${entry.slug}.json`) as RoleBundleWire;
      assert.deepEqual(bundle, bundles.get(`${entry.slug}.${entry.market}.json`));
      assert.equal(bundle.listings, entry.listings);
      assert.equal(
        bundle.seniority.reduce((sum, s) => sum + s.count, 0),
        bundle.listings,
      );
      // The index gives a median only from as many salaries as a level's band needs.
      const pay = bundle.pay;
      assert.equal(pay && pay.n >= pay.minSeniorityN ? pay.median : null, entry.medianPay);
      // …and the count of salaries it rests on.
      assert.equal(pay?.n ?? 0, entry.salaries);
      // No week in a trend is partial: the data ends on a Tuesday, so the last week shown is the one before.
      if (basename(file).startsWith('jobs-2024')) assert.equal(bundle.trend.weeks.at(-1), '2024-W52');
    }
  });
}

test('role bundles built from the real data are at most 4 KB gzip, each file built on its own', { skip }, () => {
  // pay.bySkill lists every skill with max(3, 1% of n) salaried listings; written as columns it
  // keeps the largest bundle under 4 KB.
  const over: string[] = [];
  for (const file of files) {
    const sizes = gzipSizes.get(file);
    assert.ok(sizes?.length, `${basename(file)} was built`);
    for (const [name, size] of sizes) if (size > 4096) over.push(`${basename(file)} ${name}: ${size} B`);
    const [largest, bytes] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    console.log(`${basename(file)}: largest bundle ${largest}, ${bytes} B gzip`);
  }
  assert.deepEqual(over, []);
});
