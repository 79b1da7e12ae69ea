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
