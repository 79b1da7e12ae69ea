import { svg, type SVGTemplateResult, type TemplateResult, html } from 'lit';
import { pct, type PercentAxis } from './scale.js';

/**
 * An x axis under a chart: a short tick and a label per tick. The outermost labels are anchored
 * inward so they never spill past the chart's edges. Every other label is marked `minor`: the
 * chart styles hide those in narrow containers, so compact labels never collide at 200 px.
 * Hidden from assistive technology: the values the chart draws are always given as text elsewhere.
 */
export function axisTemplate(axis: PercentAxis, label: (value: number) => string): TemplateResult {
  // Counted from the end when the tick count is even, so the labels kept always include the last.
  const offset = axis.ticks.length % 2 === 0 ? 1 : 0;
  return html`<svg class="axis" part="axis" aria-hidden="true" width="100%">
    ${axis.ticks.map((t, i) => {
      const p = axis.x(t);
      // Labels near an edge are anchored inward, so they stay inside the chart at any width.
      const anchor = p < 10 ? 'start' : p > 90 ? 'end' : 'middle';
      return svg`<line class="tick" x1=${pct(p)} x2=${pct(p)} y1="0" y2="20%"></line>
        <text class=${(i + offset) % 2 ? 'tick-label minor' : 'tick-label'} x=${pct(p)} y="80%" text-anchor=${anchor}>${label(t)}</text>`;
    })}
  </svg>`;
}

/** Light vertical lines at the axis ticks, drawn under a chart's marks so values read across rows. */
export function gridLines(axis: PercentAxis): SVGTemplateResult[] {
  return axis.ticks.map((t) => svg`<line class="grid" part="grid" x1=${pct(axis.x(t))} x2=${pct(axis.x(t))} y1="0" y2="100%"></line>`);
}
