import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { expandInputs } from '../../../src/cli/commands/expand-inputs.js';
import { tempDir } from '../helpers/cli.js';

/** A folder holding each of `names` as an empty file (a name ending in "/" as a folder). */
function folderWith(names: string[]): string {
  const dir = tempDir();
  for (const name of names) {
    if (name.endsWith('/')) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), '');
  }
  return dir;
}

test('expandInputs(["jobs-*.ndjson"]) gives the matching files in name order', async () => {
  const dir = folderWith(['jobs-b.ndjson', 'jobs-a.ndjson', 'other.ndjson']);
  assert.deepEqual(await expandInputs([join(dir, 'jobs-*.ndjson')]), [join(dir, 'jobs-a.ndjson'), join(dir, 'jobs-b.ndjson')]);
});

test('expandInputs(["b[1.ndjson"]) keeps a name that exists as it is, an unclosed bracket and all', async () => {
  const dir = folderWith(['b[1.ndjson', 'b[1].ndjson', 'b1.ndjson']);
  assert.deepEqual(await expandInputs([join(dir, 'b[1.ndjson')]), [join(dir, 'b[1.ndjson')]);
  // "b[1].ndjson" exists, so it is that file, not the set [1] that would match b1.ndjson.
  assert.deepEqual(await expandInputs([join(dir, 'b[1].ndjson')]), [join(dir, 'b[1].ndjson')]);
});

test('expandInputs(["[!a].ndjson"]) reads [!…] and [^…] as every name but those, as a shell does', async () => {
  const dir = folderWith(['a.ndjson', 'b.ndjson', 'c.ndjson']);
  assert.deepEqual(await expandInputs([join(dir, '[!a].ndjson')]), [join(dir, 'b.ndjson'), join(dir, 'c.ndjson')]);
  assert.deepEqual(await expandInputs([join(dir, '[^ab].ndjson')]), [join(dir, 'c.ndjson')]);
  assert.deepEqual(await expandInputs([join(dir, '[a-b].ndjson')]), [join(dir, 'a.ndjson'), join(dir, 'b.ndjson')]);
});

test('expandInputs(["*.ndjson"]) skips folders and hidden files, which ".*" still finds', async () => {
  const dir = folderWith(['a.ndjson', '.hidden.ndjson', 'sub.ndjson/']);
  assert.deepEqual(await expandInputs([join(dir, '*.ndjson')]), [join(dir, 'a.ndjson')]);
  assert.deepEqual(await expandInputs([join(dir, '.*.ndjson')]), [join(dir, '.hidden.ndjson')]);
});

test('expandInputs(["x[z-a].ndjson"]) keeps a pattern that matches nothing or cannot be read, so the missing file is named', async () => {
  const dir = folderWith(['a.ndjson']);
  assert.deepEqual(await expandInputs([join(dir, 'x[z-a].ndjson')]), [join(dir, 'x[z-a].ndjson')]);
  assert.deepEqual(await expandInputs([join(dir, 'none-*.ndjson')]), [join(dir, 'none-*.ndjson')]);
});
