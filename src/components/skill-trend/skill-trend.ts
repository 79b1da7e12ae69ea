import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Trend } from '../../data/bundle/types.js';
import { bundleCheck, trendCheck } from '../../data/bundle/validate.js';
import { chartStyles } from '../shared/chart/chart.styles.js';
import { figuresSkeleton, figuresTable } from '../shared/chart/figures-table.js';
import { isoWeekMonday } from '../shared/chart/iso-week.js';
import { clearChange } from '../shared/chart/noise.js';
import { SPARK_HEIGHT, SPARK_WIDTH, sparkPath, sparkPoints } from '../shared/chart/sparkline.js';
import { emit } from '../shared/events.js';
import { formatCount, formatCountDelta, formatDate, formatPercent } from '../shared/format.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { skillTrendStyles } from './skill-trend.styles.js';

/** Rows shown when `limit` is missing or not a number. */
export const DEFAULT_LIMIT = 5;

/** One skill's weekly shares (null in a week without listings) and its last-week change. */
interface SkillSeries {
  name: string;
  shares: (number | null)[];
  counts: number[];
  last: number | null;
  /** Last share minus the one before, or null when either week had no listings. */
  change: number | null;
  /** 1 rise, -1 fall beyond week-to-week noise; 0 within it. */
  direction: -1 | 0 | 1;
}

function seriesOf(trend: Trend, limit: number): SkillSeries[] {
  const { totals } = trend;
  const k = trend.weeks.length - 1;
  return trend.skills.slice(0, limit).map(({ name, counts }) => {
    const shares = counts.map((c, i) => (totals[i]! > 0 ? c / totals[i]! : null));
    const last = shares[k] ?? null;
    const prev = shares[k - 1] ?? null;
    return {
      name,
      shares,
      counts,
      last,
      change: last !== null && prev !== null ? last - prev : null,
      direction: clearChange(counts[k - 1]!, totals[k - 1]!, counts[k]!, totals[k]!),
    };
  });
}

/** A signed change in percentage points, e.g. 0.3 → "+30 pts", -0.01 → "-1 pt". */
export function formatPointsDelta(change: number, locale: string): string {
  const points = Math.round(change * 100);
  return `${formatCountDelta(points, locale)} ${Math.abs(points) === 1 ? 'pt' : 'pts'}`;
}

/**
 * Week-over-week demand for the role's top skills: for each, a sparkline of the share of the
 * role's listings that mention it over the bundle's weeks, the latest week's share, and the change
 * from the week before in percentage points. An arrow marks only a change larger than
 * week-to-week noise — a two-proportion z-test between the last two weeks with |z| ≥ 1.96 — and
 * the rule is stated under the list. Every weekly figure is also in a table.
 *
 * @summary Weekly skill demand as sparklines, with noise-aware change arrows.
 * @tag skill-trend
 *
 * @attr {number} limit - How many skills to show (default 5; the bundle holds up to 10).
 *
 * @csspart list - The list of skills.
 * @csspart row - One skill's row.
 * @csspart label - The skill name (a button).
 * @csspart sparkline - The skill's sparkline SVG.
 * @csspart value - The latest week's share.
 * @csspart change - The change from the week before, with its arrow or "no clear change".
 * @csspart arrow - The arrow of a change beyond noise.
 * @csspart note - The sentence that states the noise rule.
 * @csspart figures - The disclosure with every week's figures as a table.
 * @csspart table - That table.
 *
 * @fires role-hub-select - A skill name was picked. Detail: `{ kind: 'skill', value }`.
 */
export class SkillTrend extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, chartStyles, skillTrendStyles];
  static override bundleCheck = bundleCheck({ trend: trendCheck });

  static override properties = {
    ...RoleHubElement.properties,
    limit: { type: Number },
  };

  /** How many skills to show; 5 when not a number. */
  declare limit: number;

  constructor() {
    super();
    this.limit = DEFAULT_LIMIT;
  }

  private get rowCount(): number {
    const n = Math.round(Number(this.limit));
    return Number.isFinite(n) ? Math.max(1, n) : DEFAULT_LIMIT;
  }

  protected headingText(): string {
    return 'Week-over-week demand for the top skills';
  }

  protected override introText(role: string): string {
    return `Share of ${role} listings that mention each skill, week by week: the latest week, and its change from the week before in percentage points.`;
  }

  protected override emptyMessage({ bundle, role }: RenderContext): string | null {
    if (bundle.trend.weeks.length < 2) return `Not enough weeks of ${role} listings to show a trend yet.`;
    if (bundle.trend.skills.length === 0) return `No skill trend for ${role} listings yet.`;
    return null;
  }

  protected renderReady({ bundle, locale, role }: RenderContext): TemplateResult {
    const { trend } = bundle;
    const series = seriesOf(trend, this.rowCount);
    // One y scale for every line, from 0 to the highest share shown, so lines compare honestly.
    const max = Math.max(0, ...series.flatMap((s) => s.shares.map((v) => v ?? 0)));
    const share = (v: number | null) => (v === null ? '–' : formatPercent(v, locale));
    const weekLabel = (w: string) => {
      const monday = isoWeekMonday(w);
      return monday ? formatDate(monday, locale) : w;
    };
    return html`<ul class="rows" part="list">
        ${series.map((s) => {
          const points = sparkPoints(s.shares, max);
          const end = points[points.length - 1];
          return html`<li class="row" part="row">
            <button type="button" class="name truncate" part="label" @click=${() => this.select(s.name)}>${s.name}</button>
            <svg class="sparkline" part="sparkline" aria-hidden="true" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" preserveAspectRatio="none" width="100%" height=${SPARK_HEIGHT}>
              ${svg`<line class="spark-base" x1="0" x2=${SPARK_WIDTH} y1=${SPARK_HEIGHT - 3} y2=${SPARK_HEIGHT - 3}></line>
                <path class="spark" d=${sparkPath(points)}></path>
                ${end ? svg`<line class="spark-dot" x1=${end[0]} x2=${end[0]} y1=${end[1]} y2=${end[1]}></line>` : nothing}`}
            </svg>
            <span class="share value" part="value">${share(s.last)}</span>
            <span class="change truncate" part="change">${this.renderChange(s, locale)}</span>
          </li>`;
        })}
      </ul>
      ${renderNote()}
      ${figuresTable(
        'Show every week’s figures',
        `Weekly share of ${role} listings that mention each skill`,
        ['Week of', 'Listings', ...series.map((s) => s.name)],
        trend.weeks.map((w, i) => [
          weekLabel(w),
          formatCount(trend.totals[i]!, locale),
          ...series.map((s) => `${share(s.shares[i]!)} (${formatCount(s.counts[i]!, locale)})`),
        ]),
      )}`;
  }

  private renderChange(s: SkillSeries, locale: string): TemplateResult {
    const delta = s.change === null ? '' : formatPointsDelta(s.change, locale);
    if (s.direction === 0) return html`${delta ? `${delta} · ` : ''}<span class="muted">no clear change</span>`;
    const up = s.direction > 0;
    return html`${delta}
      <span class="arrow ${up ? 'up' : 'down'}" part="arrow" role="img" aria-label=${up ? 'a clear rise' : 'a clear fall'}>${up ? '↑' : '↓'}</span>`;
  }

  protected renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton"></span>`;
    return html`<ul class="rows">
        ${Array.from(
          { length: this.rowCount },
          () => html`<li class="row">
            <span class="name">${line}</span><svg class="sparkline" height=${SPARK_HEIGHT}></svg><span class="share">${line}</span
            ><span class="change">${line}</span>
          </li>`,
        )}
      </ul>
      ${renderNote()} ${figuresSkeleton()}`;
  }

  private select(name: string): void {
    emit(this, 'role-hub-select', { kind: 'skill', value: name });
  }
}

function renderNote(): TemplateResult {
  return html`<p class="note" part="note">
    Arrows mark changes larger than week-to-week noise (a two-proportion z-test between the last two weeks, |z| ≥ 1.96: the 5% level).
  </p>`;
}
