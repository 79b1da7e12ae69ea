import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MentionCount, Trend, TrendTest, TrendVerdict } from '../../data/bundle/types.js';
import { bundleCheck, trendCheck } from '../../data/bundle/validate.js';
import { chartStyles } from '../shared/chart/chart.styles.js';
import { figuresSkeleton, figuresTable } from '../shared/chart/figures-table.js';
import { isoWeekMonday } from '../../data/bundle/iso-week.js';
import { SPARK_HEIGHT, SPARK_WIDTH, sparkPath, sparkPoints } from '../shared/chart/sparkline.js';
import { formatCount, formatCountDelta, formatDate, formatListings, formatPercent } from '../shared/format.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { skillTested, TOO_FEW_WEEKS, trendUnjudged } from '../shared/trend-judged.js';
import { skillTrendStyles } from './skill-trend.styles.js';
import { countSetting } from '../shared/count-setting.js';

/** Rows shown when `limit` is missing or not a number. */
export const DEFAULT_LIMIT = 5;

/** One skill's weekly shares (null in a week without listings that list skills) and the bundle's verdict on it. */
interface SkillSeries {
  name: string;
  shares: (number | null)[];
  counts: number[];
  last: number | null;
  /** The share in the last four complete weeks minus the share in the four before, or null without listings. */
  change: number | null;
  verdict: TrendVerdict;
  /** Whether the test had enough mentions on both sides to judge this skill (skillTested). */
  tested: boolean;
}

const shareOf = (m: MentionCount) => (m.listings > 0 ? m.mentions / m.listings : null);

function seriesOf(trend: Trend, limit: number): SkillSeries[] {
  const base = trend.skillTotals;
  return trend.skills.slice(0, limit).map(({ name, counts, verdict, recent, earlier }) => {
    const shares = counts.map((c, i) => {
      const total = base[i] ?? 0;
      return total > 0 ? c / total : null;
    });
    const now = shareOf(recent);
    const before = shareOf(earlier);
    return {
      name,
      shares,
      counts,
      last: shares[shares.length - 1] ?? null,
      change: now !== null && before !== null ? now - before : null,
      verdict,
      tested: skillTested(recent, earlier, trend.test),
    };
  });
}

/** A signed change in percentage points, e.g. 0.3 → "+30 pts", -0.01 → "-1 pt". */
export function formatPointsDelta(change: number, locale: string): string {
  const points = Math.round(change * 100);
  return `${formatCountDelta(points, locale)} ${Math.abs(points) === 1 ? 'pt' : 'pts'}`;
}

/**
 * Weekly demand for the role's top skills over complete weeks: for each, a sparkline of the share
 * of the listings that list skills which name it, the latest week's share, and the change between
 * the last four complete weeks and the four before, in percentage points, with the bundle's
 * verdict. An arrow marks only a change the bundle calls rising or falling (a two-proportion test at
 * the 95% level with at least 30 mentions a side); a skill with fewer mentions on a side is "too
 * few to test", and every other skill "steady". The rule and
 * the weeks are stated under the list, and every weekly figure is in a table. With fewer complete
 * weeks than the test compares (twice `trend.test.weeks`), no change or verdict is shown and the
 * note says there are too few weeks to judge. A latest week with fewer listings that list skills
 * than `min-listings` gives no share, and a second note says so.
 *
 * @summary Weekly skill demand as sparklines, with arrows only where the bundle finds a clear change.
 * @tag skill-trend
 *
 * @attr {number} limit - How many skills to show (default 5; the bundle holds up to 10).
 *
 * @csspart intro - The sentence under the heading: what the shares are of.
 * @csspart list - The list of skills.
 * @csspart row - One skill's row.
 * @csspart label - The skill name (a button with `pickable`).
 * @csspart sparkline - The skill's sparkline SVG.
 * @csspart value - The latest week's share.
 * @csspart change - The change between the last four weeks and the four before, with its verdict.
 * @csspart arrow - The arrow of a rising or falling verdict.
 * @csspart note - The sentence that names the weeks and states the rule behind the arrows.
 * @csspart figures - The disclosure with every week's figures as a table.
 * @csspart table - That table.
 *
 * @fires role-hub-select - A skill name was picked (with `pickable`). Detail: `{ kind: 'skill', value }`.
 */
export class SkillTrend extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, chartStyles, skillTrendStyles];
  static override bundleCheck = bundleCheck({ trend: trendCheck });

  static override properties = {
    ...RoleHubElement.properties,
    limit: { type: Number },
  };

  /** How many skills to show; 5 when not a number or under 1. */
  declare limit: number;

  constructor() {
    super();
    this.limit = DEFAULT_LIMIT;
  }

  private get rowCount(): number {
    return countSetting(this.limit, DEFAULT_LIMIT);
  }

  protected headingText(): string {
    return 'Weekly demand for the top skills';
  }

  protected override introText(role: string, ctx?: RenderContext): string {
    const base = `Share of the ${role} listings that list skills which name each one, week by week`;
    // Without enough weeks or listings no change is shown, so the intro promises none.
    if (ctx && trendUnjudged(ctx.bundle.trend, ctx.locale)) return `${base}, and the latest week's share.`;
    return `${base}: the latest week, and the change between the recent weeks and the weeks before.`;
  }

  protected override emptyMessage({ bundle, role }: RenderContext): string | null {
    if (bundle.trend.weeks.length < 2) return `Not enough weeks of ${role} listings to show a trend.`;
    if (bundle.trend.skills.length === 0) return `No skill trend for ${role} listings.`;
    return null;
  }

  protected renderReady({ bundle, locale, role }: RenderContext): TemplateResult {
    const { trend } = bundle;
    const series = seriesOf(trend, this.rowCount);
    // With too few complete weeks or listings the builder's "steady" is a default, not a finding:
    // show no verdict, no change and no arrow, and say why in the note.
    const unjudged = trendUnjudged(trend, locale);
    const judged = !unjudged;
    const share = (v: number | null) => (v === null ? '–' : formatPercent(v, locale));
    // The latest week's share is a share of that week's listings with skills: in a small market a
    // handful, too few for the figure the row leads with (the table still gives every week).
    const least = this.leastListings;
    const latest = trend.skillTotals[trend.skillTotals.length - 1] ?? 0;
    const thin = latest < least;
    const weekLabel = (w: string) => {
      const monday = isoWeekMonday(w);
      return monday ? formatDate(monday, locale) : w;
    };
    return html`<ul class="rows" part="list">
        ${series.map((s) => {
          // Each line on its own scale, so its shape shows; the shares beside it carry the level.
          const known = s.shares.filter((v): v is number => v !== null);
          const points = sparkPoints(s.shares, Math.max(...known), Math.min(...known));
          const end = points[points.length - 1];
          return html`<li class="row" part="row">
            ${this.pick('skill', s.name, s.name, 'name truncate', 'label')}
            <svg
              class="sparkline"
              part="sparkline"
              aria-hidden="true"
              viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
              preserveAspectRatio="none"
              width="100%"
              height=${SPARK_HEIGHT}
            >
              ${svg`<line class="spark-base" x1="0" x2=${SPARK_WIDTH} y1=${SPARK_HEIGHT - 3} y2=${SPARK_HEIGHT - 3}></line>
                <path class="spark" d=${sparkPath(points)}></path>
                ${end ? svg`<line class="spark-dot" x1=${end[0]} x2=${end[0]} y1=${end[1]} y2=${end[1]}></line>` : nothing}`}
            </svg>
            <span class="share value" part="value">${thin ? '–' : share(s.last)}</span>
            <span class="change truncate" part="change">${judged ? this.renderChange(s, locale) : nothing}</span>
          </li>`;
        })}
      </ul>
      ${unjudged ? renderTooFewNote(trend.weeks, trend.test, unjudged, locale) : renderNote(trend.weeks, trend.test, locale)}
      ${
        thin
          ? html`<p class="note" part="note">
              No share is given for the latest week: it holds ${formatListings(latest, locale)} that ${latest === 1 ? 'lists' : 'list'}
              skills, too few for one (at least ${formatCount(least, locale)}).
            </p>`
          : nothing
      }
      ${figuresTable(
        'Show every week’s figures',
        // The same base as the visible intro: the listings that list skills, not all of them.
        `Weekly share of the ${role} listings that list skills which name each skill`,
        ['Week of', 'Listings with skills', ...series.map((s) => s.name)],
        trend.weeks.map((w, i) => [
          weekLabel(w),
          formatCount(trend.skillTotals[i] ?? 0, locale),
          ...series.map((s) => `${share(s.shares[i] ?? null)} (${formatCount(s.counts[i] ?? 0, locale)})`),
        ]),
      )}`;
  }

  private renderChange(s: SkillSeries, locale: string): TemplateResult {
    const delta = s.change === null ? '' : formatPointsDelta(s.change, locale);
    if (s.verdict === 'steady')
      return html`${delta ? `${delta} · ` : ''}<span class="muted">${s.tested ? 'steady' : 'too few to test'}</span>`;
    const up = s.verdict === 'rising';
    return html`${delta}
      <span class="arrow ${up ? 'up' : 'down'}" part="arrow" role="img" aria-label=${up ? 'rising' : 'falling'}>${up ? '↑' : '↓'}</span>`;
  }

  protected renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton"></span>`;
    return html`<ul class="rows">
        ${Array.from(
          { length: this.rowCount },
          () =>
            html`<li class="row">
              <span class="name">${line}</span><svg class="sparkline" height=${SPARK_HEIGHT}></svg><span class="share">${line}</span
              ><span class="change">${line}</span>
            </li>`,
        )}
      </ul>
      ${renderNote([], null, this.resolvedLocale)} ${figuresSkeleton()}`;
  }
}

/**
 * The weeks shown and the rule behind the arrows, every number from the bundle's `trend.test`.
 * Without data (the loading state) hidden stand-ins of the same length hold each figure's room, so
 * the note wraps the same way.
 */
function renderNote(weeks: readonly string[], test: TrendTest | null, locale: string): TemplateResult {
  const hold = (text: string) => html`<span class="placeholder">${text}</span>`;
  const week = (label: string | undefined) => label ?? hold('0000-W00');
  const n = (value: number | undefined, stand: string) => (value === undefined ? hold(stand) : formatCount(value, locale));
  const confidence = test ? formatPercent(test.confidence, locale) : hold('95%');
  return html`<p class="note" part="note">
    Complete weeks ${week(weeks[0])} to ${week(weeks[weeks.length - 1])}. Arrows mark a clear change between the last ${n(test?.weeks, '4')}
    weeks and the ${n(test?.weeks, '4')} before (a two-proportion test at the ${confidence} level, at least ${n(test?.minMentions, '30')}
    mentions each side).
  </p>`;
}

/**
 * The note when the trend's test could judge no skill (`why`): the same words the FAQ uses, and
 * with too few weeks the weeks the test needs, so no reader takes the rows for verdicts.
 */
function renderTooFewNote(weeks: readonly string[], test: TrendTest, why: string, locale: string): TemplateResult {
  const side = formatCount(test.weeks, locale);
  const needs = why === TOO_FEW_WEEKS ? `, which needs the last ${side} weeks and the ${side} before` : '';
  return html`<p class="note" part="note">Complete weeks ${weeks[0]} to ${weeks[weeks.length - 1]}: ${why}${needs}.</p>`;
}
