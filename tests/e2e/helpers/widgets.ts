/**
 * Reading role-hub widgets in a page: which state each one is in and what a person reads in it.
 * All of it runs in the page, through shadow roots, with no knowledge of an element's internals
 * beyond the base element's documented parts (loading, error, empty, footer).
 */
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot, statsDir } from './paths.js';

/** Every element the library ships: one per src/components/<tag>/define.ts. */
export function shippedTags(): string[] {
  const dir = join(repoRoot, 'src/components');
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'define.ts')))
    .sort();
}

export interface Readout {
  tag: string;
  state: 'unupgraded' | 'loading' | 'error' | 'empty' | 'ready';
  /** The visible text of the shadow root, whitespace collapsed. */
  text: string;
}

/** Reads every role-hub widget on the page (elements whose tag is in `tags`), in document order. */
export function readWidgets(page: Page, tags: string[]): Promise<Readout[]> {
  return page.evaluate((tags) => {
    const state = (el: Element): string => {
      const root = el.shadowRoot;
      if (!customElements.get(el.localName) || !root) return 'unupgraded';
      // Own parts decide the state, except that a widget whose nested sections (role-hub holds the
      // others) still load is loading too: sections get their data a slice at a time.
      if (root.querySelector('[part~="loading"]')) return 'loading';
      if ([...root.querySelectorAll(tags.join(','))].some((n) => n.shadowRoot?.querySelector('[part~="loading"]'))) return 'loading';
      if (root.querySelector('[part~="error"]')) return 'error';
      if (root.querySelector('[part~="empty"]')) return 'empty';
      return 'ready';
    };
    const text = (el: Element): string => {
      const parts: string[] = [];
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
        if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
        if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
        node.childNodes.forEach(walk);
      };
      if (el.shadowRoot) walk(el.shadowRoot);
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    };
    const all = [...document.querySelectorAll(tags.join(','))];
    return all.map((el) => ({ tag: el.localName, state: state(el), text: text(el) })) as never;
  }, tags);
}

/** Waits until no widget on the page is still loading (or unupgraded), then reads them. */
export async function settledWidgets(page: Page, tags: string[], timeout = 15_000): Promise<Readout[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const widgets = await readWidgets(page, tags);
    const busy = widgets.filter((w) => w.state === 'loading' || w.state === 'unupgraded');
    if (widgets.length > 0 && busy.length === 0) return widgets;
    if (Date.now() > deadline) return widgets;
    await page.waitForTimeout(50);
  }
}

/** A shipped sample bundle, read from dist/stats as the page will get it. */
export function sampleBundle(role = 'backend-engineer'): SampleBundle {
  const file = join(statsDir, `${role}.json`);
  if (!existsSync(file))
    throw new Error(`dist/stats/${role}.json is missing: the sample bundles come from demo/stats (the builder writes them).`);
  return JSON.parse(readFileSync(file, 'utf8')) as SampleBundle;
}

/** The fields of a bundle these tests read (the contract is src/data/bundle/types.ts). */
export interface SampleBundle {
  role: { slug: string; title: string };
  listings: number;
  skillListings: number;
  skills: { name: string; count: number }[];
  pay: { median: number; n: number; currency: string } | null;
}

/**
 * The sentences <role-glance> shows for a bundle, written out from the wording ("Built from
 * N <role> listings — <top skill> is the single most-requested skill, in X% (n of m) of those that list skills"),
 * with numbers formatted the way a US-English reader sees them.
 */
export function glanceSentences(b: SampleBundle): string[] {
  const role = b.role.title.toLowerCase();
  const count = (n: number) => n.toLocaleString('en-US');
  const top = b.skills[0]!;
  const sentences = [
    `Built from ${count(b.listings)} ${role} listings — ${top.name} is the single most-requested skill, in ${Math.round((100 * top.count) / b.skillListings)}% (${count(top.count)} of ${count(b.skillListings)}) of those that list skills.`,
  ];
  if (b.pay) {
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: b.pay.currency, maximumFractionDigits: 0 }).format(
      b.pay.median,
    );
    sentences.push(`Median ${role} pay is ${money} across ${count(b.pay.n)} yearly salaries stated in these listings.`);
  }
  return sentences;
}

/** The footer line every ready widget shows: "Based on N listings …". */
export function footerStart(b: SampleBundle): string {
  return `Based on ${b.listings.toLocaleString('en-US')} listings`;
}
