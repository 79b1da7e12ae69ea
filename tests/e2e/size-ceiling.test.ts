/**
 * What a page downloads stays within `npm test`'s ceiling (scripts/build/size-budgets.js): the two
 * one-file scripts as built, and each element as an app's bundler packs `import 'role-hub/<tag>'`.
 * Each test also prints the size against the goal, which the ceiling is a step towards.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain JS build helper
import { bundleAsConsumer } from '../../scripts/build/consumer-bundle.js';
// @ts-expect-error plain JS build helper
import { SIZE_CEILING, SIZE_EXEMPT, SIZE_GOAL } from '../../scripts/build/size-budgets.js';
// @ts-expect-error plain JS build helper
import { kb, sizeOf } from '../../scripts/build/sizes.js';
import { repoRoot, requireBuilt } from './helpers/paths.js';
import { shippedTags } from './helpers/widgets.js';

const gzip = (text: string | Buffer): number => (sizeOf(Buffer.from(text)) as { gzip: number }).gzip;
const against = (bytes: number, goal: number) =>
  `${kb(bytes)} gzip (${bytes} bytes); goal ${kb(goal)}: ${bytes <= goal ? 'met' : `${kb(bytes - goal)} over`}`;

describe('the one-file scripts', () => {
  for (const file of ['role-hub.js', 'role-hub.classic.js']) {
    it(`dist/${file} stays within ${kb(SIZE_CEILING.allInOne)} gzip`, (t) => {
      requireBuilt(file);
      const bytes = gzip(readFileSync(join(repoRoot, 'dist', file)));
      t.diagnostic(`dist/${file}: ${against(bytes, SIZE_GOAL.allInOne)}`);
      assert.ok(bytes <= SIZE_CEILING.allInOne, `dist/${file} is ${bytes} bytes gzip, over the ceiling of ${SIZE_CEILING.allInOne}`);
    });
  }
});

describe('each element alone', () => {
  const ceilings: Record<string, number> = SIZE_CEILING.elements;
  for (const tag of shippedTags().filter((t) => t !== SIZE_EXEMPT)) {
    const ceiling = ceilings[tag];
    it(`import 'role-hub/${tag}' stays within ${ceiling === undefined ? 'its ceiling' : `${kb(ceiling)} gzip`}`, async (t) => {
      assert.ok(ceiling !== undefined, `<${tag}> has no size ceiling: add one to SIZE_CEILING.elements in scripts/build/size-budgets.js`);
      requireBuilt(`lib/components/${tag}/define.js`);
      const bytes = gzip(await bundleAsConsumer(repoRoot, `import 'role-hub/${tag}';`));
      t.diagnostic(`role-hub/${tag}: ${against(bytes, SIZE_GOAL.oneElement)}`);
      assert.ok(bytes <= ceiling, `role-hub/${tag} bundles to ${bytes} bytes gzip, over its ceiling of ${ceiling}`);
    });
  }
});
