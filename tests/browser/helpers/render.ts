/** Helpers to read what a person sees in an element's shadow root. */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';

/** `text` with runs of white space folded to one space and trimmed. */
export const fold = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Visible text with runs of white space folded, as a reader would read it. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  if (!node) return '';
  return fold(node instanceof ShadowRoot ? node.textContent : ((node as HTMLElement).innerText ?? node.textContent));
}

/** The rendered text of one shadow-root element (innerText honours CSS, so hidden text is left out). */
export function shadowText(el: Element, selector: string): string {
  return textOf(el.shadowRoot?.querySelector(selector));
}

/** The rendered text of every shadow-root element `selector` matches, e.g. each row. */
export function shadowTexts(el: Element, selector: string): string[] {
  return shadowAll(el, selector).map((node) => textOf(node));
}

export function shadowAll(el: Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll(selector) ?? [])] as HTMLElement[];
}

/** Each `rowSelector` match as the rendered texts of its named parts, in order: a table of what a reader sees. */
export function partTexts(el: Element, rowSelector: string, parts: string[]): string[][] {
  return shadowAll(el, rowSelector).map((row) => parts.map((part) => textOf(row.querySelector(`[part~="${part}"]`))));
}

/** The cells of a shadow-root table, row by row (textContent, so a closed disclosure's table reads too). */
export function tableCells(el: Element, selector = 'table tr'): string[][] {
  return shadowAll(el, selector).map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
}

/**
 * The figures a reader gets by opening the element's disclosure: fails if it is not closed at
 * first, opens it and returns its table's cells.
 */
export function openFigures(el: Element): string[][] {
  const details = el.shadowRoot!.querySelector('details')!;
  expect(details.open, 'the figures start closed').to.equal(false);
  details.open = true;
  return tableCells(el);
}

/** Every element in `root` and in every shadow root below it. */
export function deepAll(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepAll(el.shadowRoot));
  }
  return out;
}

/**
 * All the text an element renders, through nested shadow roots (a hub's sections) and closed
 * disclosures, without style and script text, folded.
 */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Text) parts.push(node.data);
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(el);
  return fold(parts.join(' '));
}

/** The focused element, looked up through every open shadow root. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Waits until the element and every element in its shadow roots (a hub's sections) finished updating, in whatever state. */
export async function updated(el: Updating): Promise<void> {
  await el.updateComplete;
  for (const node of el.shadowRoot ? (deepAll(el.shadowRoot) as Updating[]) : []) await node.updateComplete;
  await aTimeout(0);
}

/**
 * Waits until the element, and every element in its shadow roots (a hub's sections), left its
 * loading state and finished updating (or the timeout passes).
 */
export async function settled(el: Updating): Promise<void> {
  const all = () => [el, ...(el.shadowRoot ? deepAll(el.shadowRoot) : [])] as Updating[];
  const busy = () => all().some((node) => node.shadowRoot?.querySelector('[aria-busy="true"]'));
  do {
    await waitUntil(() => !busy(), 'element stayed in its loading state', { timeout: 4000 });
    for (const node of all()) await node.updateComplete;
    await aTimeout(0);
  } while (busy());
}
