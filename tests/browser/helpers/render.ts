/** Helpers to read what a person sees in an element's shadow root. */
import { aTimeout, waitUntil } from '@open-wc/testing';

/** Visible text with runs of white space folded, as a reader would read it. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  if (!node) return '';
  return (node instanceof ShadowRoot ? (node.host as HTMLElement).shadowRoot!.textContent ?? '' : (node as HTMLElement).innerText ?? node.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The rendered text of one shadow-root element (innerText honours CSS, so hidden text is left out). */
export function shadowText(el: Element, selector: string): string {
  const node = el.shadowRoot?.querySelector(selector) as HTMLElement | null;
  return (node?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

export function shadowAll(el: Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll(selector) ?? [])] as HTMLElement[];
}

/** Waits until the element left its loading state (or the timeout passes). */
export async function settled(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await waitUntil(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'), 'element stayed in its loading state', { timeout: 4000 });
  await el.updateComplete;
  await aTimeout(0);
}
