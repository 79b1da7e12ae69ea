import { html, svg, type TemplateResult } from 'lit';
import { pct, type PercentAxis } from './scale.js';

/**
 * An x axis under a chart: a short tick and a label per tick. The outermost labels are anchored
 * inward so they never spill past the chart's edges at narrow widths. Hidden from assistive
 * technology: the values the chart draws are always given as text elsewhere.
 */
export function axisTemplate(axis: PercentAxis, label: (value: number) => string): TemplateResult {
  return html`<svg class="axis" part="axis" aria-hidden="true" width="100%" height="20">
    ${axis.ticks.map((t) => {
      const p = axis.x(t);
      const anchor = p < 1 ? 'start' : p > 99 ? 'end' : 'middle';
      return svg`<line class="tick" x1=${pct(p)} x2=${pct(p)} y1="0" y2="4"></line>
        <text class="tick-label" x=${pct(p)} y="16" text-anchor=${anchor}>${label(t)}</text>`;
    })}
  </svg>`;
}
