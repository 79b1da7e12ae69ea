/**
 * The job board's path: role-hub imported from npm into a React 19 and a Vue 3 app, each built
 * with Vite inside this test. The apps pass `data` as a property and `role`/`src` as attributes,
 * listen to role-hub-select, and mount and unmount every element twenty times. The checks are the
 * ones Custom Elements Everywhere runs for frameworks: no errors, nothing left connected or alive
 * after unmounting, the event listener still working after remounts, and properties set before
 * the element upgraded kept.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { buildHost } from './helpers/build-host.js';
import { connectedCount, liveInstances } from './helpers/leaks.js';
import { requireBuilt, statsDir } from './helpers/paths.js';
import { serve, type TestServer } from './helpers/server.js';
import { footerStart, readWidgets, sampleBundle, shippedTags } from './helpers/widgets.js';

const tags = shippedTags();
const CYCLES = 20;

/** Waits until every widget in the page is ready (each group renders all tags). */
async function allReady(page: Page, expected: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const widgets = await readWidgets(page, tags);
    if (widgets.length === expected && widgets.every((w) => w.state === 'ready')) return;
    if (Date.now() > deadline) {
      assert.fail(`not every widget became ready: ${JSON.stringify(widgets.map((w) => [w.tag, w.state, w.text.slice(0, 100)]))}`);
    }
    await page.waitForTimeout(25);
  }
}

/** Clicks the first skill in <skill-ranking> (the data group's) and returns what the app recorded. */
/** Clicks the first skill and returns the host's log of selections once it has `picks` entries (or after 5 s). */
async function pickFirstSkill(page: Page, picks: number): Promise<string> {
  await page.locator('#by-data skill-ranking').locator('button').first().click();
  // The framework re-renders the log after the event, asynchronously: wait for it, not for a fixed time.
  await page
    .waitForFunction((n) => (document.querySelector('#selected')?.textContent ?? '').split('|').filter(Boolean).length >= n, picks, {
      timeout: 5000,
    })
    .catch(() => {});
  return (await page.locator('#selected').textContent()) ?? '';
}

for (const framework of ['react', 'vue']) {
  describe(`${framework} host`, () => {
    let browser: Browser;
    let server: TestServer;
    let outDir: string;

    before(async () => {
      requireBuilt('lib/index.js', 'stats/backend-engineer.json', 'stats/index.json');
      outDir = await buildHost(framework);
      server = await serve({ folders: { '/stats/': statsDir, '/': outDir } });
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
      if (outDir) await rm(outDir, { recursive: true, force: true });
    });

    it(`mounts every element with data and src, and survives ${CYCLES} mount/unmount cycles`, async () => {
      const bundle = sampleBundle();
      const { page, errors, warnings } = await openPage(browser);
      await page.goto(`${server.origin}/index.html?tags=${tags.join(',')}`);
      await page.waitForFunction(() => 'host' in window);

      await page.evaluate(() => window.host.mount());
      await allReady(page, tags.length * 2);
      // The attribute group loaded over the network: it shows the footer with the listing count.
      const bySrc = await page.evaluate(() => document.querySelectorAll('#by-src > *').length);
      assert.equal(bySrc, tags.length);
      const widgets = await readWidgets(page, tags);
      for (const w of widgets.slice(tags.length)) {
        if (w.tag !== 'role-hub')
          assert.ok(w.text.includes(footerStart(bundle)), `${w.tag} (by src) shows its footer: ${w.text.slice(0, 200)}`);
      }
      // `role` was moved off the ARIA attribute into data-role in both groups' attribute form.
      const roles = await page.evaluate(() =>
        [...document.querySelectorAll('#by-src > *')].map((el) => [el.getAttribute('role'), el.getAttribute('data-role')]),
      );
      for (const [aria, data] of roles) assert.deepEqual([aria, data], [null, 'backend-engineer']);

      const canSelect = tags.includes('skill-ranking');
      if (canSelect) assert.equal(await pickFirstSkill(page, 1), `skill:${bundle.skills[0]!.name}`);

      for (let i = 0; i < CYCLES; i++) {
        await page.evaluate(() => window.host.unmount());
        assert.equal(await connectedCount(page, tags), 0, `cycle ${i + 1}: nothing left connected after unmount`);
        await page.evaluate(() => window.host.mount());
        await allReady(page, tags.length * 2);
      }

      // After remounts the listener still hears the new elements' events.
      if (canSelect) assert.equal(await pickFirstSkill(page, 2), `skill:${bundle.skills[0]!.name}|skill:${bundle.skills[0]!.name}`);

      await page.evaluate(() => window.host.unmount());
      assert.equal(await connectedCount(page, tags), 0);
      // Nothing keeps the unmounted elements alive: after GC no instance of any element class is left.
      const alive = await liveInstances(page, tags);
      const leaked = Object.entries(alive).filter(([, n]) => n > 0);
      assert.deepEqual(leaked, [], `instances still alive after ${CYCLES} cycles and GC: ${JSON.stringify(alive)}`);

      assert.deepEqual(errors, []);
      assert.deepEqual(
        warnings.filter((w) => /role-hub|lit/i.test(w)),
        [],
      );
      await page.close();
    });

    if (framework === 'vue') {
      it('keeps properties set before the elements were defined', async () => {
        const { page, errors } = await openPage(browser);
        await page.goto(`${server.origin}/index.html?lazy&tags=${tags.join(',')}`);
        await page.waitForFunction(() => 'host' in window);
        await page.evaluate(() => window.host.mount());
        const before = await readWidgets(page, tags);
        assert.ok(
          before.every((w) => w.state === 'unupgraded'),
          'rendered before role-hub was loaded',
        );
        await page.evaluate(() => window.host.define());
        await allReady(page, tags.length * 2);
        // The data group got its bundle only as a property set on the plain element: being ready
        // without a role or src proves the property survived the upgrade.
        const dataGroup = await page.evaluate(() =>
          [...document.querySelectorAll('#by-data > *')].map((el) => el.hasAttribute('data-role') || el.hasAttribute('src')),
        );
        assert.ok(dataGroup.every((x) => !x));
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  });
}
