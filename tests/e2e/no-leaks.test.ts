/**
 * Mounting and removing 1,000 elements leaves nothing behind: no element in the page or alive in
 * the heap after garbage collection, no listener the page did not have before, and no request
 * still open — the loads were still waiting (the server holds the bundles) when the elements went,
 * and each was aborted once nothing else waited for it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { connectedCount, liveInstances } from './helpers/leaks.js';
import { dist, requireBuilt } from './helpers/paths.js';
import { serve, type TestServer } from './helpers/server.js';

const COUNT = 1000;
const ROLES = ['backend-engineer', 'frontend-engineer', 'data-engineer', 'devops-engineer', 'data-scientist'];

describe('1,000 elements mounted and removed', () => {
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    requireBuilt('role-hub.classic.js', 'stats/backend-engineer.json');
    server = await serve({
      folders: { '/cdn/': dist },
      pages: {
        '/page.html': {
          body: '<!doctype html><html lang="en"><head><script src="/cdn/role-hub.classic.js"></script></head><body><div id="box"></div></body></html>',
        },
      },
      // The bundles are held long enough that every load is still open when the elements go.
      delay: { match: /\/cdn\/stats\/.*\.json$/, ms: 8000 },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leaves no element, listener or open request behind', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.origin}/page.html`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name: string) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)!.value;
    // Count requests in flight as the page sees them: started, then settled or aborted.
    await page.evaluate(() => {
      const w = window as unknown as { __open: number; fetch: typeof fetch };
      w.__open = 0;
      const real = window.fetch.bind(window);
      window.fetch = (input, init) => {
        w.__open++;
        return real(input, init).finally(() => w.__open--);
      };
    });
    const mount = (count: number) =>
      page.evaluate(
        ({ count, roles }) => {
          const box = document.getElementById('box')!;
          for (let i = 0; i < count; i++) {
            const el = document.createElement('role-glance');
            el.setAttribute('role', roles[i % roles.length]!);
            el.setAttribute('src', '/cdn/stats/');
            box.append(el);
          }
        },
        { count, roles: ROLES },
      );
    const unmount = () => page.evaluate(() => document.getElementById('box')!.replaceChildren());
    // A first, small round: what the library sets up once (styles, the first render) is not a leak.
    await mount(ROLES.length);
    await page.waitForFunction((n) => (window as unknown as { __open: number }).__open === n, ROLES.length, { timeout: 5000 });
    await unmount();
    await page.waitForFunction(() => (window as unknown as { __open: number }).__open === 0, undefined, { timeout: 3000 });
    await cdp.send('HeapProfiler.collectGarbage');
    const listenersBefore = await metric('JSEventListeners');
    const heapBefore = await metric('JSHeapUsedSize');

    await mount(COUNT);
    // One request per bundle URL, all still waiting on the server.
    await page.waitForFunction((n) => (window as unknown as { __open: number }).__open === n, ROLES.length, { timeout: 5000 });
    assert.equal(await connectedCount(page, ['role-glance']), COUNT);

    await unmount();
    await page.waitForFunction(() => (window as unknown as { __open: number }).__open === 0, undefined, { timeout: 3000 });
    assert.equal(await connectedCount(page, ['role-glance']), 0);
    assert.deepEqual(await liveInstances(page, ['role-glance']), { 'role-glance': 0 });
    await cdp.send('HeapProfiler.collectGarbage');
    const listenersAfter = await metric('JSEventListeners');
    assert.ok(listenersAfter <= listenersBefore, `event listeners: ${listenersBefore} before, ${listenersAfter} after`);
    // 1,000 elements with shadow roots and styles take megabytes; what is left after GC must not.
    const heapAfter = await metric('JSHeapUsedSize');
    assert.ok(heapAfter - heapBefore < 1_000_000, `heap grew by ${Math.round((heapAfter - heapBefore) / 1024)} KB`);
    await cdp.detach();
    assert.deepEqual(
      errors.filter((e) => !/AbortError|aborted|ERR_ABORTED|Failed to load resource/i.test(e)),
      [],
    );
  });
});
