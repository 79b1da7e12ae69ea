import { html, type TemplateResult } from 'lit';

/**
 * A chart's figures as a real table inside a closed disclosure, so every drawn value can be read
 * as text without crowding the chart. The first cell of each row is its row header. The table
 * scrolls sideways on its own at narrow widths (and is keyboard-focusable so it can be scrolled),
 * so it never widens the host page.
 */
export function figuresTable(summary: string, caption: string, head: string[], rows: string[][]): TemplateResult {
  return html`<details class="figures" part="figures">
    <summary>${summary}</summary>
    <div class="scroll" tabindex="0" role="region" aria-label=${caption}>
      <table part="table">
        <caption class="visually-hidden">
          ${caption}
        </caption>
        <thead>
          <tr>
            ${head.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([first, ...rest]) =>
              html`<tr>
                <th scope="row">${first}</th>
                ${rest.map((c) => html`<td class="value">${c}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** The closed disclosure's placeholder while loading: one line, like its summary. */
export function figuresSkeleton(): TemplateResult {
  return html`<div class="figures"><span class="skeleton short"></span></div>`;
}
