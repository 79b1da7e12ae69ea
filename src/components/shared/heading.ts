import { html, type TemplateResult } from 'lit';

/**
 * Clamps a heading level attribute to a real heading tag, h1–h6. What is no level at all — an
 * empty or removed attribute (which reaches the property as 0 or null), text, zero or less — is
 * the default, never an h1 the page did not ask for.
 */
export function clampLevel(level: unknown, fallback = 2): number {
  const n = Math.round(Number(level ?? NaN));
  return n >= 1 ? Math.min(6, n) : fallback;
}

/**
 * A heading at a chosen level. A switch rather than a static-html tag keeps the level from ever
 * being anything but h1–h6, and costs no extra library code.
 */
export function heading(level: number, id: string, content: unknown): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 class="heading" id=${id} part="heading">${content}</h1>`;
    case 3:
      return html`<h3 class="heading" id=${id} part="heading">${content}</h3>`;
    case 4:
      return html`<h4 class="heading" id=${id} part="heading">${content}</h4>`;
    case 5:
      return html`<h5 class="heading" id=${id} part="heading">${content}</h5>`;
    case 6:
      return html`<h6 class="heading" id=${id} part="heading">${content}</h6>`;
    default:
      return html`<h2 class="heading" id=${id} part="heading">${content}</h2>`;
  }
}
