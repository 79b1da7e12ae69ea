import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { createGunzip } from 'node:zlib';
import { DEFAULT_SKILLS } from '../../../src/data/taxonomy/index.js';
import { realDataFiles } from '../helpers/paths.js';

const { files, skip } = realDataFiles();
if (skip) console.warn(`# SKIPPED: ${skip}`);

/** Keywords compare lower-cased, trimmed, with inner white space collapsed, as the builder compares them. */
const normaliseKeyword = (k: string) => k.trim().replace(/\s+/g, ' ').toLowerCase();

test('the skills taxonomy maps every keyword used 20 times or more in the real listings', { skip }, async () => {
  const counts = new Map<string, number>();
  for (const file of files) {
    const input = createReadStream(file);
    const lines = createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const listing = JSON.parse(line) as { skills?: unknown[] };
      // A keyword counts once per listing, as the builder counts it.
      const keywords = new Set((listing.skills ?? []).filter((s): s is string => typeof s === 'string').map(normaliseKeyword));
      for (const k of keywords) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const known = new Set(DEFAULT_SKILLS.skills.flatMap((s) => [s.name, ...s.aliases].map(normaliseKeyword)));
  const frequent = [...counts].filter(([, n]) => n >= 20);
  assert.ok(frequent.length > 100, `expected many frequent keywords, found ${frequent.length}`);
  const unmapped = frequent.filter(([k]) => !known.has(k)).map(([k, n]) => `${k} (${n})`);
  assert.deepEqual(unmapped, [], `keywords without a canonical skill: ${unmapped.join(', ')}`);
});
