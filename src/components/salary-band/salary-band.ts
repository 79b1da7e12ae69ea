import { html, nothing, svg, type TemplateResult } from 'lit';
import { SENIORITY_LEVELS, type PayPercentiles, type PayStats, type SeniorityLevel, type SeniorityPay } from '../../data/bundle/types.js';
import { bundleCheck, payCheck } from '../../data/bundle/validate.js';
import { axisTemplate, gridLines } from '../shared/chart/axis.js';
import { chartStyles } from '../shared/chart/chart.styles.js';
import { figuresSkeleton, figuresTable } from '../shared/chart/figures-table.js';
import { pct, percentAxis, type PercentAxis } from '../shared/chart/scale.js';
import { formatCount, formatMoney, formatMoneyTicks } from '../shared/format.js';
import { LEVEL_LABELS } from '../shared/levels.js';
import { enoughSalaries } from '../../data/bundle/pay-floor.js';
import { noYearlySalary, salaries, salaryKind, salaryNoun, tooFewSalaries } from '../shared/salary-words.js';
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
 * @attr domain - The pay axis as `min,max` in the bundle's currency (e.g. `40000,250000`), so several
 *   bands on a page share one scale; default: the page's `<meta name="role-hub-salary-domain">`, else
 *   fitted to the data. Pay outside it is drawn at the edge and given exactly in the text.
 * @attr no-legend - Hides the legend that says what the band, the box and the mark are.
 *
 * @csspart summary - The sentence with the 25th and 75th percentiles of the salaries the figures rest on.
 * @csspart note - The approximate median of salaries stated per hour, day, week or month, annualised apart.
 * @csspart value - A figure in text.
 * @csspart legend - The legend: what the band, the box and the median mark stand for.
 * @csspart chart - The chart wrapper.
 * @csspart grid - A light vertical line at an axis tick (SVG), behind the marks.
 * @csspart band - The 10th–90th percentile band (an SVG rect).
 * @csspart box - The 25th–75th percentile box (an SVG rect).
 * @csspart median - The median mark (an SVG line).
 * @csspart axis - The pay axis under the chart.
 * @csspart list - The list of bands (by seniority) or of figures.
 * @csspart row - One level's band, or its "too few salaries" or "no salaries" line (by seniority): every level has a row.
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
    domain: {},
    noLegend: { type: Boolean, attribute: 'no-legend', reflect: true },
  };

  /** `seniority` for one band per level; '' for one band for the role. */
  declare by: SalaryBandBy;
  /** The pay axis as `min,max`; null to use the page's `<meta name="role-hub-salary-domain">` or fit the data. */
  declare domain: string | null;
  /** Hides the legend. */
  declare noLegend: boolean;

  constructor() {
    super();
    this.by = '';
    this.domain = null;
    this.noLegend = false;
  }

  private get bySeniority(): boolean {
    return this.by === 'seniority';
  }

  /** The axis for values from `min` to `max`: the domain set on the element or the page, else fitted. */
  private axisFor(min: number, max: number): PercentAxis {
    const set =
      parseDomain(this.domain) ??
      parseDomain(this.ownerDocument.querySelector('meta[name="role-hub-salary-domain"]')?.getAttribute('content'));
    return set ? percentAxis(set[0], set[1], { exact: true }) : percentAxis(min, max);
  }

  protected headingText(role: string, ctx?: RenderContext, shown?: boolean): string {
    if (!ctx) return `${titleCase(role)} salary`;
    const { bundle, locale } = ctx;
    // Under a "too few listings" message the median would be the one figure the section vouches for.
    return bundle.pay && shown
      ? `${bundle.role.title} salary: ${formatMoney(bundle.pay.median, bundle.pay.currency, locale)} median`
      : `${bundle.role.title} salary`;
  }

  protected override emptyMessage({ bundle, role, locale }: RenderContext): string | null {
    if (!bundle.pay) return noYearlySalary(role);
    // Every level has fewer salaries than the role, so no level has a band either. The salaries
    // stated per other periods are a figure of their own, and may be enough for it.
    if (!enoughSalaries(bundle.pay.n, bundle.pay))
      return `${tooFewSalaries(role, bundle.pay, locale)} ${basisText(bundle.pay, locale, false)}`.trim();
    // A level with a few salaries still has a row ("too few salaries (n = 3)"): the chart is empty
    // only when no level has any.
    if (this.bySeniority && bundle.pay.bySeniority.every((l) => l.n === 0))
      return `No ${role} listing in this data states both ${salaryKind(bundle.pay.basis)} pay and a seniority level.`;
    return null;
  }

  protected renderReady({ bundle, locale }: RenderContext): TemplateResult | typeof nothing {
    // emptyMessage shows the empty state for a bundle without pay; this is never reached then.
    const pay = bundle.pay;
    if (!pay) return nothing;
    const money = (v: number) => formatMoney(v, pay.currency, locale);
    const stated = `${formatCount(pay.n, locale)} ${salaries(pay.n, pay.basis)}`;
    const summary = html`<p class="summary" part="summary">
        Middle half of ${stated}: <strong class="value" part="value">${money(pay.p25)}</strong> –
        <strong class="value" part="value">${money(pay.p75)}</strong>.
      </p>
      ${basisNote(pay, locale)}${this.noLegend ? nothing : LEGEND}`;
    // The ticks' labels together, so that no two read the same.
    const tickLabels = (ticks: readonly number[]) => formatMoneyTicks(ticks, pay.currency, locale);

    if (!this.bySeniority) {
      const axis = this.axisFor(pay.p10, pay.p90);
      // The drawing alone, hidden from screen readers: the list after it says every figure, and
      // an empty, nameless figure would be one more stop for nothing.
      return html`${summary}
        <figure class="chart" part="chart" aria-hidden="true">${bandSvg(axis, pay)} ${axisTemplate(axis, tickLabels)}</figure>
        <ul class="figures-list" part="list">
          ${PERCENTILES.map(([key, label]) => figureItem(label, money(pay[key])))}
          ${figureItem(salariesLabel(pay), formatCount(pay.n, locale))}
        </ul>`;
    }

    const levels = levelsWithSalaries(pay);
    const bands = levels.map(({ band }) => band).filter((b) => b !== null);
    // With no level at pay.minSeniorityN salaries there is nothing to draw or to read against a
    // scale: the axis keeps its room (the loading state reserved it) but has no ticks.
    const axis: PercentAxis = bands.length
      ? this.axisFor(Math.min(...bands.map((l) => l.p10)), Math.max(...bands.map((l) => l.p90)))
      : { x: () => 0, ticks: [] };
    // Every level has its row, in career order, whether or not the data has pay for it: the
    // loading state reserves the same rows, so nothing moves when the bundle arrives.
    const byLevel = new Map(levels.map((l) => [l.level, l]));
    return html`${summary}
      <figure class="chart" part="chart" aria-label="Salary by seniority">
        <ul class="bands" part="list">
          ${SENIORITY_LEVELS.map((level) => {
            const l = byLevel.get(level);
            return l?.band
              ? html`<li class="band-row" part="row">
                  <p class="band-label truncate" part="label">
                    <strong>${LEVEL_LABELS[level]}</strong> · <span class="value" part="value">${money(l.band.median)}</span> median ·
                    ${`${formatCount(l.n, locale)} ${salaryNoun(l.n)}`}
                  </p>
                  ${bandSvg(axis, l.band)}
                </li>`
              : html`<li class="band-row too-few" part="row">
                  <p class="band-label truncate" part="label">
                    <strong>${LEVEL_LABELS[level]}</strong> ·
                    ${l ? `too few salaries (n = ${formatCount(l.n, locale)})` : `no ${salaryKind(pay.basis)} salaries`}
                  </p>
                  ${bandSvg(axis, null)}
                </li>`;
          })}
        </ul>
        ${axisTemplate(axis, tickLabels)}
      </figure>
      ${figuresTable(
        'Show every level’s figures',
        'Pay percentiles by seniority level',
        ['Level', ...PERCENTILES.map(([, label]) => label), 'Salaries'],
        // A level under the minimum keeps its row with its n, its percentiles a dash: the table
        // holds what the chart holds, and is never an empty table behind its disclosure.
        levels.map(({ level, band, n }) => [
          LEVEL_LABELS[level],
          ...PERCENTILES.map(([key]) => (band ? money(band[key]) : NO_FIGURE)),
          formatCount(n, locale),
        ]),
      )}`;
  }

  protected renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton"></span>`;
    const summary = html`<p class="summary">${line}</p>
      <p class="note">${line}</p>
      ${this.noLegend ? nothing : html`<p class="legend">${line}</p>`}`;
    const axis = html`<svg class="axis"></svg>`;
    if (!this.bySeniority) {
      return html`${summary}
        <div class="chart"><svg class="band-svg"></svg>${axis}</div>
        <ul class="figures-list">
          ${[...PERCENTILES, 'listings'].map(() => html`<li class="figure"><span class="figure-label">${line}</span><span class="figure-value">${line}</span></li>`)}
        </ul>`;
    }
    return html`${summary}
      <div class="chart">
        <ul class="bands">
          ${SENIORITY_LEVELS.map(
            () =>
              html`<li class="band-row">
                <p class="band-label">${line}</p>
                <svg class="band-svg"></svg>
              </li>`,
          )}
        </ul>
        ${axis}
      </div>
      ${figuresSkeleton()}`;
  }
}

/**
 * `"40000,250000"` → [40000, 250000]; null unless two finite numbers in rising order, so a typo
 * falls back to the fitted axis instead of drawing every mark at an edge. A list a framework binds
 * (`[40000, 250000]`) reads the same as its text.
 */
export function parseDomain(text: string | null | undefined): [number, number] | null {
  const parts = String(text ?? '').split(',');
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return null;
  const [min, max] = parts.map(Number) as [number, number];
  return Number.isFinite(min) && Number.isFinite(max) && min < max ? [min, max] : null;
}

/** What the thin band, the box and the mark stand for; hidden from assistive technology, which reads every figure as text. */
const LEGEND = html`<ul class="legend" part="legend" aria-hidden="true">
  <li>
    <svg class="key"><rect class="band" x="0" y="35%" width="100%" height="30%" rx="2"></rect></svg>10th–90th percentile
  </li>
  <li>
    <svg class="key"><rect class="box" x="0" y="0" width="100%" height="100%" rx="2"></rect></svg>25th–75th percentile
  </li>
  <li>
    <svg class="key median-key"><line class="median" x1="50%" x2="50%" y1="0" y2="100%"></line></svg>Median
  </li>
</ul>`;

type SeniorityBand = Extract<SeniorityPay, PayPercentiles>;

/** A level with salaried listings: its n, and its percentiles when there are enough of them for a band. */
interface LevelPay {
  level: SeniorityLevel;
  n: number;
  band: SeniorityBand | null;
}

/** What a figures-table cell holds for a percentile a level has too few salaries for. */
const NO_FIGURE = '—';

/**
 * Levels with at least one salaried listing, in career order (the bundle's order is not relied
 * on), each with its band when it has one.
 */
function levelsWithSalaries(pay: PayStats): LevelPay[] {
  const rank = (l: SeniorityPay) => SENIORITY_LEVELS.indexOf(l.level);
  return pay.bySeniority
    .filter((l) => l.n > 0)
    .sort((a, b) => rank(a) - rank(b))
    .map((l) => ({ level: l.level, n: l.n, band: bandOf(l, pay) }));
}

/**
 * A level's percentiles, or null below `pay.minSeniorityN` salaries. The rule is the n, not
 * whether percentiles are present: under the minimum a level carries its n only (methodology §6),
 * and percentiles a bundle holds for it anyway rest on too few salaries to be shown.
 */
function bandOf(l: SeniorityPay, pay: PayStats): SeniorityBand | null {
  return enoughSalaries(l.n, pay) && Object.hasOwn(l, 'median') ? (l as SeniorityBand) : null;
}

/**
 * What `pay.n` counts: the salaries stated per year, or with basis "all" the salaries of every
 * period annualised (the note beside it counts the other periods apart, so "listings with pay"
 * would claim those too).
 */
function salariesLabel(pay: PayStats): string {
  const kind = salaryKind(pay.basis);
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} salaries`;
}

/**
 * What the figures rest on, always one short line (the loading state keeps its room): with yearly
 * headline pay, the salaries stated per hour, day, week or month as an approximate median apart,
 * or that there were none; with pooled pay, that it is pooled. The annualising constants are in
 * the bundle's provenance and the methodology, not repeated here.
 */
function basisNote(pay: PayStats, locale: string): TemplateResult {
  return html`<p class="note" part="note">${basisText(pay, locale, true)}</p>`;
}

/**
 * The note's sentence; `figures` false beside "too few salaries", where there are no figures to
 * keep the others out of and nothing to say when none were stated per another period.
 */
function basisText(pay: PayStats, locale: string, figures: boolean): string {
  const a = pay.annualised;
  if (pay.basis !== 'year') return figures ? 'Hourly, daily, weekly and monthly pay annualised and pooled in.' : '';
  if (!a || a.n === 0) return figures ? 'Every salary here was stated per year.' : '';
  const more = `${formatCount(a.n, locale)} more ${salaryNoun(a.n)} stated per hour, day, week or month`;
  return enoughSalaries(a.n, pay)
    ? `≈ ${formatMoney(a.median, pay.currency, locale)} median from ${more}, annualised${figures ? '; not in these figures' : ''}.`
    : `${more}: too few for an annualised figure${figures ? ', and not in these' : ' either'}.`;
}

/** One band on its grid lines: the thin 10th–90th percentile band, the 25th–75th box and the median mark; the grid alone for a level without pay. */
function bandSvg(axis: PercentAxis, p: PayPercentiles | null): TemplateResult {
  const { x } = axis;
  return html`<svg class="band-svg" aria-hidden="true" width="100%">
    ${gridLines(axis)}
    ${
      p
        ? svg`<rect class="band" part="band" x=${pct(x(p.p10))} width=${pct(x(p.p90) - x(p.p10))} y="39%" height="22%" rx="3"></rect>
      <rect class="box" part="box" x=${pct(x(p.p25))} width=${pct(x(p.p75) - x(p.p25))} y="14%" height="72%" rx="3"></rect>
      <line class="median" part="median" x1=${pct(x(p.median))} x2=${pct(x(p.median))} y1="0" y2="100%"></line>`
        : nothing
    }
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
