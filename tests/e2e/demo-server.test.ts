/**
 * `npm start`'s server (vite.config.ts): the demo pages' link to the data's licence and
 * attribution, data/README.md, answers with that file, though it lies outside the demo's root.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { repoRoot } from './helpers/paths.js';

test('the demo pages link data/README.md, and the demo server answers with it', async () => {
  const server = await createServer({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'silent', server: { port: 0 } });
  try {
    await server.listen();
    const origin = server.resolvedUrls!.local[0]!;
    assert.match(origin, /^http:\/\/127\.0\.0\.1:/);
    for (const page of ['index.html', 'elements.html']) {
      const html = await (await fetch(new URL(page, origin))).text();
      const href = html.match(/<a href="([^"]*README\.md)"/)?.[1];
      assert.ok(href, `${page} links the data's README`);
      const response = await fetch(new URL(href, new URL(page, origin)));
      assert.equal(response.status, 200);
      assert.equal(await response.text(), readFileSync(join(repoRoot, 'data/README.md'), 'utf8'));
    }
  } finally {
    await server.close();
  }
});
