import { html, nothing, svg, type TemplateResult } from 'lit';
import { SENIORITY_LEVELS, type PayConstants, type PayPercentiles, type PayStats, type SeniorityPay } from '../../data/bundle/types.js';
import { bundleCheck, payCheck } from '../../data/bundle/validate.js';
import { axisTemplate } from '../shared/chart/axis.js';
import { chartStyles } from '../shared/chart/chart.styles.js';
import { figuresSkeleton, figuresTable } from '../shared/chart/figures-table.js';
import { pct, percentAxis, type PercentAxis } from '../shared/chart/scale.js';
import { formatCount, formatMoney, formatMoneyCompact } from '../shared/format.js';
import { LEVEL_LABELS } from '../shared/levels.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { salaryBandStyles } from './salary-band.styles.js';

/** What the chart is split by: nothing (one band for the role) or seniority (one band per level). */
export type SalaryBandBy = '' | 'seniority';

/** The five percentiles in drawing order, with the words a reader sees for each. */
const PERCENTILES = [
  ['p10', '10th percentile'],
  ['p25', '25th percentile'],
  ['median', 'Median'],
  ['p75', '75th percentile'],
  ['p90', '90th percentile'],
] as const;

/**
 * Pay for the role: the median in the heading, the middle half of disclosed ranges in a sentence,
 * and a band chart — a thin 10th–90th percentile band, a 25th–75th percentile box and a median
 * mark on one linear pay axis. Every figure is also given as text. With `by="seniority"` it draws
 * one band per level that has pay, in career order, all on one shared axis.
 *
 * @summary Pay percentiles as a band chart.
 * @tag salary-band
 *
 * @attr by - `seniority` draws one band per seniority level; empty (the default) draws one band for the role.
 *
 * @csspart summary - The sentence with the 25th and 75th percentiles of the salaries the figures rest on.
 * @csspart note - The approximate median of salaries stated per hour, day, week or month, annualised apart.
 * @csspart value - A figure in text.
 * @csspart chart - The chart wrapper.
 * @csspart band - The 10th–90th percentile band (an SVG rect).
 * @csspart box - The 25th–75th percentile box (an SVG rect).
 * @csspart median - The median mark (an SVG line).
 * @csspart axis - The pay axis under the chart.
 * @csspart list - The list of bands (by seniority) or of figures.
 * @csspart row - One level's band, or its "too few listings" line (by seniority).
 * @csspart label - A level's label, or a figure's name.
 * @csspart figures - The disclosure with every level's figures as a table (by seniority).
 * @csspart table - That table.
 */
export class SalaryBand extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, chartStyles, salaryBandStyles];
  static override bundleCheck = bundleCheck({ pay: payCheck });

  static override properties = {
    ...RoleHubElement.properties,
    by: {},
  };

  /** `seniority` for one band per level; '' for one band for the role. */
  declare by: SalaryBandBy;

  constructor() {
    super();
    this.by = '';
  }

  private get bySeniority(): boolean {
    return this.by === 'seniority';
  }

  protected headingText(role: string, ctx?: RenderContext): string {
    if (!ctx) return `${titleCase(role)} salary`;
    const { bundle, locale } = ctx;
    return bundle.pay ? `${bundle.role.title} salary: ${formatMoney(bundle.pay.median, bundle.pay.currency, locale)} median` : `${bundle.role.title} salary`;
  }

  protected override emptyMessage({ bundle, role }: RenderContext): string | null {
    if (!bundle.pay) return `No ${role} listing in this data discloses pay yet.`;
    if (this.bySeniority && levelsWithPay(bundle.pay).length === 0) return `No ${role} listing in this data states both pay and seniority yet.`;
    return null;
  }

  protected renderReady({ bundle, locale }: RenderContext): TemplateResult {
    const pay = bundle.pay!;
    const money = (v: number) => formatMoney(v, pay.currency, locale);
    const salaries = `${formatCount(pay.n, locale)} ${pay.basis === 'year' ? 'yearly' : 'annualised'} ${pay.n === 1 ? 'salary' : 'salaries'}`;
    const summary = html`<p class="summary" part="summary">
      Middle half of ${salaries}: <strong class="value" part="value">${money(pay.p25)}</strong> –
      <strong class="value" part="value">${money(pay.p75)}</strong>.
    </p>${annualisedNote(pay, Object.hasOwn(bundle.provenance, 'constants') ? bundle.provenance.constants : undefined, locale)}`;
    const tickLabel = (v: number) => formatMoneyCompact(v, pay.currency, locale);

    if (!this.bySeniority) {
      const axis = percentAxis(pay.p10, pay.p90);
      return html`${summary}
        <figure class="chart" part="chart">${bandSvg(axis, pay)} ${axisTemplate(axis, tickLabel)}</figure>
        <ul class="figures-list" part="list">
          ${PERCENTILES.map(([key, label]) => figureItem(label, money(pay[key])))}
          ${figureItem('Listings with pay', formatCount(pay.n, locale))}
        </ul>`;
    }

    const levels = levelsWithPay(pay);
    const axis = percentAxis(Math.min(...levels.map((l) => l.p10)), Math.max(...levels.map((l) => l.p90)));
    const listings = (n: number) => `${formatCount(n, locale)} ${n === 1 ? 'listing' : 'listings'}`;
    const rank = (l: SeniorityPay) => SENIORITY_LEVELS.indexOf(l.level);
    const rows = pay.bySeniority.filter((l) => l.n > 0).sort((a, b) => rank(a) - rank(b));
    return html`${summary}
      <figure class="chart" part="chart">
        <ul class="bands" part="list">
          ${rows.map((l) =>
            hasBand(l)
              ? html`<li class="band-row" part="row">
                  <p class="band-label truncate" part="label">
                    <strong>${LEVEL_LABELS[l.level]}</strong> · <span class="value" part="value">${money(l.median)}</span> median ·
                    ${listings(l.n)}
                  </p>
                  ${bandSvg(axis, l)}
                </li>`
              : html`<li class="band-row too-few" part="row">
                  <p class="band-label truncate" part="label">
                    <strong>${LEVEL_LABELS[l.level]}</strong> · too few listings (n = ${formatCount(l.n, locale)})
                  </p>
                </li>`,
          )}
        </ul>
        ${axisTemplate(axis, tickLabel)}
      </figure>
      ${figuresTable(
        'Show every level’s figures',
        'Pay percentiles by seniority level',
        ['Level', ...PERCENTILES.map(([, label]) => label), 'Listings'],
        levels.map((l) => [LEVEL_LABELS[l.level], ...PERCENTILES.map(([key]) => money(l[key])), formatCount(l.n, locale)]),
      )}`;
  }

  protected renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton"></span>`;
    const summary = html`<p class="summary">${line}</p>`;
    if (!this.bySeniority) {
      return html`${summary}
        <div class="chart"><svg class="band-svg" height="28"></svg><svg class="axis" height="20"></svg></div>
        <ul class="figures-list">
          ${[...PERCENTILES, 'listings'].map(() => html`<li class="figure"><span class="figure-label">${line}</span><span class="figure-value">${line}</span></li>`)}
        </ul>`;
    }
    // The number of levels is not known before the data: reserve four, the usual count.
    return html`${summary}
      <div class="chart">
        <ul class="bands">
          ${[0, 1, 2, 3].map(() => html`<li class="band-row"><p class="band-label">${line}</p><svg class="band-svg" height="28"></svg></li>`)}
        </ul>
        <svg class="axis" height="20"></svg>
      </div>
      ${figuresSkeleton()}`;
  }
}

type SeniorityBand = Extract<SeniorityPay, PayPercentiles>;

/**
 * Levels with enough salaried listings for a band (the bundle keeps only the n of the others), in
 * career order (the bundle's order is not relied on).
 */
function levelsWithPay(pay: PayStats): SeniorityBand[] {
  const rank = (l: SeniorityPay) => SENIORITY_LEVELS.indexOf(l.level);
  return pay.bySeniority.filter((l): l is SeniorityBand => l.n > 0 && hasBand(l)).sort((a, b) => rank(a) - rank(b));
}

/** A level the bundle gives percentiles; the others, under `pay.minSeniorityN` salaries, carry their n alone. */
function hasBand(l: SeniorityPay): l is SeniorityBand {
  return Object.hasOwn(l, 'median');
}

/**
 * With yearly headline pay, the salaries stated per hour, day, week or month, annualised apart:
 * an approximate median with its n and the constants used. Nothing when there are none.
 */
function annualisedNote(pay: PayStats, c: PayConstants | undefined, locale: string): TemplateResult | typeof nothing {
  const a = pay.annualised;
  if (pay.basis !== 'year' || !a) return nothing;
  // The constants are in the bundle's provenance, which a pay chart does not check: said only when there.
  const per = (n: unknown, unit: string) => (typeof n === 'number' ? `${formatCount(n, locale)} ${unit}` : null);
  const constants = [per(c?.hoursPerYear, 'hours'), per(c?.daysPerYear, 'days'), per(c?.weeksPerYear, 'weeks'), per(c?.monthsPerYear, 'months')];
  const at = constants.every(Boolean) ? `, annualised at ${constants.slice(0, 3).join(', ')} or ${constants[3]} a year` : ', annualised';
  return html`<p class="note" part="note">
    ≈ ${formatMoney(a.median, pay.currency, locale)} median from ${formatCount(a.n, locale)} more
    ${a.n === 1 ? 'salary' : 'salaries'} stated per hour, day, week or month${at}; not in the figures above.
  </p>`;
}

/** One band: the thin 10th–90th percentile band, the 25th–75th box and the median mark. */
function bandSvg({ x }: PercentAxis, p: PayPercentiles): TemplateResult {
  return html`<svg class="band-svg" aria-hidden="true" width="100%" height="28">
    ${svg`<rect class="band" part="band" x=${pct(x(p.p10))} width=${pct(x(p.p90) - x(p.p10))} y="11" height="6" rx="3"></rect>
      <rect class="box" part="box" x=${pct(x(p.p25))} width=${pct(x(p.p75) - x(p.p25))} y="4" height="20" rx="3"></rect>
      <line class="median" part="median" x1=${pct(x(p.median))} x2=${pct(x(p.median))} y1="0" y2="28"></line>`}
  </svg>`;
}

function figureItem(label: string, value: string): TemplateResult {
  return html`<li class="figure">
    <span class="figure-label truncate" part="label">${label}</span>
    <span class="figure-value value truncate" part="value">${value}</span>
  </li>`;
}

/**
 * "backend engineer" → "Backend Engineer": the role in the heading before the bundle (and its
 * title) arrives.
 */
function titleCase(noun: string): string {
  return noun.replace(/(^|\s)(\S)/g, (_, space: string, c: string) => space + c.toUpperCase());
}
