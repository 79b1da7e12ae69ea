import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { BUILDER_VERSION } from '../../../src/data/build/version.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * The folders whose files decide what figures a build gives the same listings: the statistics,
 * their rules and thresholds, the taxonomies, and the readers that turn files into records.
 */
const DECIDING = ['src/data/build/sql', 'src/data/build/rules', 'src/data/taxonomy', 'src/cli/engine'];

/** What this test last saw of those files, with the builder version they were given. */
const RECORDED = { version: '2.1.0', fingerprint: 'a71fefd4b71eafd811dd87d27d27d219443c583f6999833d29a3fd705c1f6cd9' };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** One hash over every deciding file's path and bytes, in path order. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const files = DECIDING.flatMap((dir) => filesUnder(join(repoRoot, dir))).sort();
  for (const file of files)
    hash
      .update(`${relative(repoRoot, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

test('BUILDER_VERSION is looked at whenever a file that decides the figures changes', () => {
  const now = fingerprint();
  assert.deepEqual(
    { version: BUILDER_VERSION, fingerprint: now },
    RECORDED,
    `The files that decide the figures changed (${DECIDING.join(', ')}). If the same listings now give other figures, ` +
      'raise BUILDER_VERSION in src/data/build/version.ts and rebuild the demo data (npm run demo:data); ' +
      `either way, record the version and the new fingerprint in this test: '${now}'.`,
  );
});
