/** Layout checks: what a narrow column does to an element. */
import { expect } from '@open-wc/testing';
import { shadowAll } from './render.js';

/**
 * Fails when the element's base, or any shadow-root node `selector` matches, holds content wider
 * than itself (scrollWidth > clientWidth): text or a chart sticking out sideways. Returns the base.
 */
export function expectNoSidewaysOverflow(el: Element, selector?: string): HTMLElement {
  const base = el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
  expect(base.scrollWidth, `<${el.localName}> base`).to.be.at.most(base.clientWidth);
  if (selector) {
    for (const node of shadowAll(el, selector)) {
      expect(node.scrollWidth, `<${el.localName}> ${node.localName}[part="${node.getAttribute('part') ?? ''}"]`).to.be.at.most(
        node.clientWidth,
      );
    }
  }
  return base;
}

/**
 * The skill names of `el` (its label buttons) at a column 10em wide: each of up to six letters
 * shows in full, and no name is left less than 4em (or its own width, if shorter).
 */
export function expectShortNamesWhole(el: Element): void {
  const names = shadowAll(el, '[part~="label"]');
  expect(names.length).to.be.greaterThan(0);
  for (const name of names) {
    const em = parseFloat(getComputedStyle(name).fontSize);
    if (name.textContent!.trim().length <= 6) expect(name.scrollWidth, name.textContent!).to.be.at.most(name.clientWidth);
    expect(name.clientWidth / em, `${name.textContent!}: width in em`).to.be.at.least(Math.min(4, name.scrollWidth / em));
  }
}
