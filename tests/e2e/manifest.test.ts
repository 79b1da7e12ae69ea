/**
 * custom-elements.json documents the whole public surface of every element: the attributes,
 * properties and events each inherits from the base, every custom property its styles read, and
 * every part it actually renders — checked against the elements running in a page, in each state.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './helpers/browser.js';
import { dist, repoRoot, requireBuilt } from './helpers/paths.js';
import { serve, type TestServer } from './helpers/server.js';
import { shippedTags } from './helpers/widgets.js';

interface Documented {
  name: string;
  description?: string;
  inheritedFrom?: unknown;
  privacy?: string;
  kind?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: Documented[];
  members?: Documented[];
  events?: (Documented & { type?: { text: string } })[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
}

const tags = shippedTags();
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const manifestPath = join(repoRoot, pkg.customElements ?? 'custom-elements.json');

function elements(): Map<string, Declaration> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const out = new Map<string, Declaration>();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) out.set(d.tagName, d);
  return out;
}

/** Every `--role-hub-*` custom property read by the CSS in a folder's .ts files. */
function customPropertiesIn(...dirs: string[]): Set<string> {
  const names = new Set<string>();
  for (const dir of dirs) {
    for (const f of readdirSync(join(repoRoot, dir), { recursive: true }).map(String)) {
      if (!f.endsWith('.ts')) continue;
      for (const m of readFileSync(join(repoRoot, dir, f), 'utf8').matchAll(/var\((--role-hub-[a-z0-9-]+)/g)) names.add(m[1]!);
    }
  }
  return names;
}

const baseAttributes = ['role', 'src', 'locale', 'theme', 'heading', 'heading-level', 'no-footer', 'min-listings'];
const baseProperties = ['role', 'src', 'data', 'index', 'locale', 'theme', 'heading', 'headingLevel', 'noFooter', 'minListings'];

describe('custom-elements.json', () => {
  it('is where package.json "customElements" says, and lists every shipped element', () => {
    requireBuilt('lib/index.js');
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.deepEqual([...elements().keys()].sort(), tags);
  });

  for (const tag of tags) {
    it(`<${tag}>: inherited API, descriptions, events with detail types, custom properties`, () => {
      const d = elements().get(tag)!;
      assert.ok(d.summary || d.description, 'has a summary or description');
      const attrs = (d.attributes ?? []).map((a) => a.name);
      for (const a of baseAttributes) assert.ok(attrs.includes(a), `attribute ${a}`);
      const props = (d.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name);
      for (const p of baseProperties) assert.ok(props.includes(p), `property ${p}`);
      const events = d.events ?? [];
      for (const e of ['role-hub-load', 'role-hub-error'])
        assert.ok(
          events.some((x) => x.name === e),
          `event ${e}`,
        );
      for (const e of events) assert.match(e.type?.text ?? '', /^CustomEvent<RoleHub\w+Detail>$/, `${e.name} has its detail type`);

      const undocumented = [
        ...(d.attributes ?? []).filter((x) => !x.description).map((x) => `attribute ${x.name}`),
        ...(d.members ?? [])
          .filter((x) => x.privacy !== 'private' && x.privacy !== 'protected' && !x.description)
          .map((x) => `property ${x.name}`),
        ...events.filter((x) => !x.description).map((x) => `event ${x.name}`),
        ...(d.cssParts ?? []).filter((x) => !x.description).map((x) => `part ${x.name}`),
        ...(d.cssProperties ?? []).filter((x) => !x.description).map((x) => `custom property ${x.name}`),
        ...(d.slots ?? []).filter((x) => !x.description).map((x) => `slot ${x.name}`),
      ];
      assert.deepEqual(undocumented, []);

      const documented = new Set((d.cssProperties ?? []).map((p) => p.name));
      const used = customPropertiesIn(`src/components/${tag}`, 'src/components/shared');
      assert.deepEqual(
        [...used].filter((p) => !documented.has(p)),
        [],
        'every custom property the styles read is documented',
      );
    });
  }

  describe('parts rendered in a page', () => {
    let browser: Browser;
    let server: TestServer;

    before(async () => {
      requireBuilt('role-hub.classic.js', 'stats/backend-engineer.json');
      const states = {
        ready: 'src="/cdn/stats/"',
        'ready by seniority': 'src="/cdn/stats/" by="seniority"',
        error: 'src="/broken/"',
        empty: 'src="/cdn/stats/" data-empty',
        loading: 'src="/slow/"',
      };
      const widgets = Object.entries(states)
        .map(([state, attrs]) =>
          tags
            .map((t) => `<${t} data-state="${state}" role="${state === 'empty' ? 'no-such-role' : 'backend-engineer'}" ${attrs}></${t}>`)
            .join(''),
        )
        .join('\n');
      server = await serve({
        folders: { '/cdn/': dist },
        pages: {
          '/parts.html': {
            body: `<!doctype html><html lang="en"><head><script src="/cdn/role-hub.classic.js"></script></head><body>${widgets}</body></html>`,
          },
          // An HTML error page where the stats should be: the error state, without retries.
          '/broken/backend-engineer.json': { body: '<html>Oops</html>', type: 'text/html' },
          '/broken/index.json': { body: '<html>Oops</html>', type: 'text/html' },
        },
        delay: { match: /^\/slow\//, ms: 30_000 },
      });
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('every part an element renders, in any state, is documented for that element', async () => {
      const { page } = await openPage(browser);
      await page.goto(`${server.origin}/parts.html`);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('[data-state]')].every((el) => {
            const want = el.getAttribute('data-state')!.split(' ')[0];
            return (
              el.shadowRoot?.querySelector(`[part~="${want === 'ready' ? 'footer' : want}"]`) ||
              (want === 'ready' && el.localName === 'role-hub' && el.shadowRoot?.querySelector('[part]:not([part~="loading"])'))
            );
          }),
        undefined,
        { timeout: 15_000 },
      );
      const rendered = await page.evaluate(() => {
        const out: Record<string, string[]> = {};
        for (const el of document.querySelectorAll('[data-state]')) {
          const parts = new Set(out[el.localName] ?? []);
          for (const p of el.shadowRoot!.querySelectorAll('[part]'))
            for (const name of p.getAttribute('part')!.split(/\s+/)) if (name) parts.add(name);
          out[el.localName] = [...parts].sort();
        }
        return out;
      });
      const manifest = elements();
      const missing: string[] = [];
      for (const tag of tags) {
        const documented = new Set((manifest.get(tag)!.cssParts ?? []).map((p) => p.name));
        for (const part of rendered[tag] ?? []) if (!documented.has(part)) missing.push(`<${tag}> part="${part}"`);
      }
      assert.deepEqual(missing, []);
      await page.close();
    });
  });
});
