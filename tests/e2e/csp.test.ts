/**
 * A page with a strict Content-Security-Policy: scripts and styles only from the page's own origin,
 * no inline anything, and Trusted Types required for every script sink. Every element, role-faq
 * with its FAQPage JSON-LD included, must render with data and cause no policy violation.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { dist, requireBuilt } from './helpers/paths.js';
import { htmlPage } from './helpers/pages.js';
import { serve, type TestServer } from './helpers/server.js';
import { sampleBundle, settledWidgets, shippedTags } from './helpers/widgets.js';

const tags = shippedTags();
const strict = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// The same with Trusted Types policy names restricted: the two role-hub creates (Lit's and the FAQ's).
const named = `${strict}; trusted-types lit-html role-hub`;

// Loaded first, from the page's origin (inline scripts are blocked): records every violation.
const listener = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
}, true);
`;

describe('strict CSP', () => {
  let browser: Browser;
  let server: TestServer;
  const variants = {
    'module script': '<script type="module" src="/cdn/role-hub.js"></script>',
    'classic script': '<script src="/cdn/role-hub.classic.js"></script>',
  };

  before(async () => {
    requireBuilt('role-hub.js', 'role-hub.classic.js', 'stats/backend-engineer.json');
    const pages: Record<string, { body: string; headers?: Record<string, string>; type?: string }> = {
      '/listen.js': { body: listener },
    };
    for (const [name, script] of Object.entries(variants)) {
      const body = htmlPage(tags, {
        head: `<script src="/listen.js"></script>${script}`,
        attrs: 'src="/cdn/stats/"',
      }).replace('<role-faq role="backend-engineer"', '<role-faq emit-schema role="backend-engineer"');
      pages[`/${encodeURIComponent(name)}/strict.html`] = { body, headers: { 'content-security-policy': strict } };
      pages[`/${encodeURIComponent(name)}/named.html`] = { body, headers: { 'content-security-policy': named } };
    }
    server = await serve({ folders: { '/cdn/': dist }, pages });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of Object.keys(variants)) {
    for (const policy of ['strict', 'named'] as const) {
      const label =
        policy === 'strict' ? 'the strict policy' : 'the strict policy with Trusted Types names restricted to lit-html and role-hub';
      it(`${name} under ${label}: every element renders, no violation`, async () => {
        const bundle = sampleBundle();
        const { page, errors } = await openPage(browser);
        await page.goto(`${server.origin}/${encodeURIComponent(name)}/${policy}.html`);
        const widgets = await settledWidgets(page, tags);
        assert.deepEqual(
          widgets.map((w) => `${w.tag}: ${w.state}`),
          tags.map((t) => `${t}: ready`),
        );
        const violations = await page.evaluate(() => [...(window.__violations as string[])]);
        assert.deepEqual(violations, [], 'role-hub caused no CSP or Trusted Types violation');

        // Proof that the policy is in force and that the listener hears violations: two things
        // the policy forbids, each refused and reported.
        const probes = await page.evaluate(async () => {
          const refused = (fn: () => void) => {
            try {
              fn();
              return false;
            } catch {
              return true;
            }
          };
          const result = {
            html: refused(() => (document.createElement('div').innerHTML = '<b>x</b>')),
          };
          const style = document.createElement('style');
          style.textContent = 'body { outline: 1px solid red }';
          document.head.append(style);
          await new Promise((r) => setTimeout(r, 100));
          const seen = window.__violations as string[];
          return {
            ...result,
            styleApplied: getComputedStyle(document.body).outlineStyle === 'solid',
            reported: seen.map((v) => v.split(' ')[0]).sort(),
          };
        });
        assert.deepEqual(probes, { html: true, styleApplied: false, reported: ['require-trusted-types-for', 'style-src-elem'] });

        if (tags.includes('role-faq')) {
          const ld = await page.evaluate(() => document.querySelector('role-faq > script[type="application/ld+json"]')?.textContent ?? '');
          assert.ok(ld, 'role-faq emitted its JSON-LD');
          const json = JSON.parse(ld);
          assert.equal(json['@type'], 'FAQPage');
          assert.ok(JSON.stringify(json).includes(bundle.role.title), 'the FAQ JSON-LD is about the role');
        }
        // The two probes log their refusals; nothing else may.
        assert.deepEqual(
          errors.filter((e) => !/TrustedHTML|inline style/.test(e)),
          [],
        );
        await page.close();
      });
    }
  }
});
