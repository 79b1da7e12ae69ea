import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { openEngine } from '../../../src/cli/engine/engine.js';
import { assertSameFiles, runCli, tempDir } from '../helpers/cli.js';
import { fixture, realDataFiles } from '../helpers/paths.js';

const { files, skip } = realDataFiles();
if (skip) console.warn(`# SKIPPED (real data): ${skip}`);
const real = files.find((f) => basename(f).startsWith('jobs-2024'));
const AS_OF = ['--as-of', '2026-11-28T00:00:00Z', '--source', 'same label'];

/** The NDJSON listings as Parquet, with `salary` a struct and `skills` a list, written by the engine. */
async function toParquet(ndjson: string): Promise<string> {
  const out = join(tempDir(), 'listings.parquet');
  const engine = await openEngine({ threads: 1 });
  try {
    await engine.run(`COPY (SELECT * FROM read_ndjson('${ndjson}', columns = {
      id: 'VARCHAR', title: 'VARCHAR', postedAt: 'VARCHAR', company: 'VARCHAR', location: 'VARCHAR', country: 'VARCHAR',
      role: 'VARCHAR', seniority: 'VARCHAR', description: 'VARCHAR', skills: 'VARCHAR[]',
      salary: 'STRUCT(min DOUBLE, max DOUBLE, currency VARCHAR, period VARCHAR)'
    })) TO '${out}' (FORMAT parquet)`);
  } finally {
    engine.close();
  }
  return out;
}

function built(inputs: string[], extra: string[] = []): string {
  const out = join(tempDir(), 'stats');
  const result = runCli(['build', ...inputs, '--out', out, ...AS_OF, ...extra]);
  assert.equal(result.code, 0, result.stderr);
  return out;
}

for (const [name, input] of [
  ['the fixture', fixture('good.ndjson')],
  ['the real 2024 listings', real],
] as const) {
  const reason = input ? false : skip;
  test(`the same listings as Parquet build the same bundles as NDJSON (${name})`, { skip: reason }, async () => {
    assertSameFiles(built([input!]), built([await toParquet(input!)]));
  });

  test(`aggregates written as Parquet and bundled with role-hub bundle give the direct build's bytes (${name})`, { skip: reason }, () => {
    const aggregates = join(tempDir(), 'aggregates');
    const direct = built([input!], ['--aggregates', aggregates]);
    assert.equal(readdirSync(aggregates).filter((f) => f.endsWith('.parquet')).length, 15);
    const out = join(tempDir(), 'bundled');
    const result = runCli(['bundle', aggregates, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    assertSameFiles(direct, out);
  });

  test(`the same build writes the same aggregate files, byte for byte (${name})`, { skip: reason }, () => {
    const [first, second] = [join(tempDir(), 'aggregates'), join(tempDir(), 'aggregates')];
    built([input!], ['--aggregates', first]);
    built([input!], ['--aggregates', second]);
    assert.deepEqual(readdirSync(second), readdirSync(first));
    for (const file of readdirSync(first)) assert.ok(readFileSync(join(first, file)).equals(readFileSync(join(second, file))), file);
  });
}
