import { svg, type SVGTemplateResult, type TemplateResult, html } from 'lit';
import { pct, type PercentAxis } from './scale.js';

/**
 * An x axis under a chart: a short tick and a label per tick. The outermost labels are anchored
 * inward so they never spill past the chart's edges. Labels are ranked so that the chart styles
 * can thin them as the element narrows: tested down to 13em wide, labels never touch.
 * Hidden from assistive technology: the values the chart draws are always given as text elsewhere.
 */
export function axisTemplate(axis: PercentAxis, labelsOf: (ticks: readonly number[]) => string[]): TemplateResult {
  // Counted from the end, so the labels kept always include the last: every other one gives way
  // first (minor), then all but every fourth (minor2).
  const last = axis.ticks.length - 1;
  const labels = labelsOf(axis.ticks);
  return html`<svg class="axis" part="axis" aria-hidden="true" width="100%" .style=${roomNeeded(axis, labels)}>
    ${axis.ticks.map((t, i) => {
      const p = axis.x(t);
      // Labels near an edge are anchored inward, so they stay inside the chart at any width.
      const anchor = p < 10 ? 'start' : p > 90 ? 'end' : 'middle';
      const drop = (last - i) % 2 ? ' minor' : (last - i) % 4 ? ' minor2' : '';
      return svg`<line class="tick" x1=${pct(p)} x2=${pct(p)} y1="0" y2="20%"></line>
        <text class="tick-label${drop}" x=${pct(p)} y="80%" text-anchor=${anchor}>${labels[i]}</text>`;
    })}
  </svg>`;
}

/**
 * The chart widths, in em, under which labels would touch, for the chart styles to hide the
 * minor ones (`--_half`) and then the second-rank ones (`--_quarter`): a label takes about 0.6em
 * a character (0.8125em text), a label anchored at an edge needs half as much again beside its
 * neighbour, neighbours want a quarter em between them, and ticks stand `step` percent of the
 * chart apart. Long labels ("100.000 $") need more room than short ones ("$100K"), and a large
 * page font scales it all.
 */
function roomNeeded(axis: PercentAxis, labels: readonly string[]): string {
  // Set as a property (the style's text), not as a style attribute, which a strict CSP refuses.
  const [first, second] = axis.ticks;
  if (first === undefined || second === undefined) return '';
  const need = ((Math.max(...labels.map((l) => l.length)) * 0.6 * 1.5 + 0.25) * 100) / (axis.x(second) - axis.x(first));
  return `--_half:${need}em;--_quarter:${need / 2}em`;
}

/** Light vertical lines at the axis ticks, drawn under a chart's marks so values read across rows. */
export function gridLines(axis: PercentAxis): SVGTemplateResult[] {
  return axis.ticks.map((t) => svg`<line class="grid" part="grid" x1=${pct(axis.x(t))} x2=${pct(axis.x(t))} y1="0" y2="100%"></line>`);
}
