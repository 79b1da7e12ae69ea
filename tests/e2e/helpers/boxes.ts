import type { Page } from 'playwright-core';

/** Every element in every widget's shadow root: its box relative to the widget, and its tag and part. */
export function boxes(page: Page, tags: string[]): Promise<Record<string, number[]>> {
  return page.evaluate((tags) => {
    const out: Record<string, number[]> = {};
    const round = (n: number) => Math.round(n * 10) / 10;
    for (const host of document.querySelectorAll(tags.join(','))) {
      const origin = host.getBoundingClientRect();
      const walk = (root: ShadowRoot, path: string) => {
        [...root.querySelectorAll('*')].forEach((el, i) => {
          if (el instanceof HTMLStyleElement) return;
          const r = el.getBoundingClientRect();
          const name = `${path} ${i}:${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`;
          out[name] = [round(r.left - origin.left), round(r.top - origin.top), round(r.width), round(r.height)];
          if (el.shadowRoot) walk(el.shadowRoot, name);
        });
      };
      if (host.shadowRoot) walk(host.shadowRoot, host.localName);
      out[host.localName] = [0, 0, round(origin.width), round(origin.height)];
    }
    return out;
  }, tags);
}

/**
 * The boxes of `after` that moved or changed size against `before`, as readable lines. A quarter
 * pixel is invisible, while boxes rounded to 0.1 px can flip at a .x5 boundary when sub-pixel
 * layout differs by a hundredth, deep in a long page; anything larger is a real move.
 */
export function movedBoxes(before: Record<string, number[]>, after: Record<string, number[]>): string[] {
  const differs = (a: number[] | undefined, b: number[] | undefined) => !a || !b || a.some((v, i) => Math.abs(v - (b[i] ?? NaN)) > 0.25);
  return Object.keys(before)
    .filter((k) => differs(before[k], after[k]))
    .map((k) => `${k}: ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`);
}
