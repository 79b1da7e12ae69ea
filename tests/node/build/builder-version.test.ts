import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { BUILDER_VERSION } from '../../../src/data/build/version.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * The files and folders that decide what figures a build gives the same listings: the builder's
 * statistics, rules, thresholds, pay constants and assembly of the bundles, the limits it shares
 * with the validator, the taxonomies, and the readers that turn files into records.
 */
const DECIDING = ['src/data/build', 'src/data/bundle/limits.ts', 'src/data/taxonomy', 'src/cli/engine'];

/** What this test last saw of those files, with the builder version they were given. */
const RECORDED = { version: '2.1.0', fingerprint: '77375b4859b59a59a6a7b165064f2c4fad93d8d83c7f7eb70479e7cf212c6b3d' };

/** `path` if it is a file, else every file under it. */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
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
