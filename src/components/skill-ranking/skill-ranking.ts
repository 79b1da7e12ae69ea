import { html, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import { bundleCheck, skillsCheck } from '../../data/bundle/validate.js';
import { pct } from '../shared/chart/scale.js';
import { formatCount, formatListings, formatPercent } from '../shared/format.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { skillRankingStyles } from './skill-ranking.styles.js';
import { skillShare } from '../shared/skill-share.js';
import { countSetting } from '../shared/count-setting.js';
import { withTiedRanks } from '../shared/tied-ranks.js';

/** Rows shown when `limit` is missing or not a number. */
export const DEFAULT_LIMIT = 8;
/** A bundle holds at most 30 skills, so more rows could never be filled. */
export const MAX_LIMIT = 30;

/** `limit` as a row count: rounded, at most 30, the default when it is not a number or under 1. */
export function clampLimit(limit: unknown): number {
  return countSetting(limit, DEFAULT_LIMIT, MAX_LIMIT);
}

/**
 * "The skills employers ask for most": the role's top skills ranked by the share of listings that
 * mention them, each with a bar and the share as a whole percentage. With `pickable` each skill
 * name is a button that fires `role-hub-select`, so a host page can open that skill.
 *
 * @summary The most-requested skills for a role, as a ranked bar list.
 * @tag skill-ranking
 *
 * @attr {number} limit - How many skills to show, at most 30 (default 8, also when not a number or under 1).
 *
 * @csspart base - The section wrapper.
 * @csspart heading - The section heading.
 * @csspart intro - The sentence under the heading.
 * @csspart list - The skills, best first; unordered, since each row says its rank and tied skills share one.
 * @csspart row - One skill's row.
 * @csspart rank - The skill's rank number (read out with the row).
 * @csspart label - The skill name (a button with `pickable`).
 * @csspart bar - The bar's SVG.
 * @csspart value - The share of listings that list skills, as a percentage (the count is read out with it).
 * @csspart note - What the shares are of: the listings that list skills, out of all.
 * @csspart footer - The provenance line.
 * @csspart loading - The placeholder shown while loading.
 * @csspart error - The error message.
 * @csspart empty - The empty-state message.
 *
 * @fires role-hub-select - A skill name was picked (with `pickable`). Detail: `{ kind: 'skill', value }`.
 * @fires role-hub-load - The bundle arrived and was valid. Detail: `{ url, role }`.
 * @fires role-hub-error - The bundle could not be loaded or read. Detail: `{ url, status, reason, message }`.
 */
export class SkillRanking extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, skillRankingStyles];
  static override bundleCheck = bundleCheck({ skills: skillsCheck });

  static override properties = {
    ...RoleHubElement.properties,
    limit: { type: Number },
  };

  /** How many skills to show; at most 30, and 8 when not a number or under 1. */
  declare limit: number;

  constructor() {
    super();
    this.limit = DEFAULT_LIMIT;
  }

  protected headingText(): string {
    return 'The skills employers ask for most';
  }

  protected override introText(role: string): string {
    return `Ranked by the share of ${role} listings that name each skill, among those that list skills. Learn these first.`;
  }

  protected override emptyMessage({ bundle, role }: RenderContext): string | null {
    return bundle.skills.length === 0 ? `No skills were found in these ${role} listings.` : null;
  }

  protected renderReady({ bundle, locale }: RenderContext): TemplateResult {
    const skills = bundle.skills.slice(0, clampLimit(this.limit));
    const share = (count: number) => skillShare(bundle, count);
    // The top skill fills the width: this is a ranking, and comparing bar lengths is the point.
    // Bars still start at zero, so their lengths keep the ratio of the shares (a 15% skill is twice
    // a 7.5% one), and every exact share is printed beside its bar. On [0, 1] a typical top skill
    // near 15% would leave every bar under a sixth of the width and the differences unreadable.
    // No track is drawn behind the bars, because a full-width track would read as 100%.
    const top = Math.max(0, ...skills.map((s) => share(s.count)));
    const x = scaleLinear()
      .domain([0, top > 0 ? top : 1])
      .range([0, 100])
      .clamp(true);
    return html`<ul class="rows" part="list">
        ${withTiedRanks(skills, (s) => s.count).map(
          ([skill, rank]) =>
            html`<li class="row" part="row">
              <span class="rank value muted" part="rank">${formatCount(rank, locale)}</span>
              ${this.pick('skill', skill.name, skill.name, 'name truncate', 'label')}
              <svg class="bar" part="bar" aria-hidden="true">
                <rect class="fill" height="100%" width=${pct(x(share(skill.count)))}></rect>
              </svg>
              <span class="share value" part="value">${formatPercent(share(skill.count), locale)}</span
              ><span class="visually-hidden"> (${formatListings(skill.count, locale)})</span>
            </li>`,
        )}
      </ul>
      ${coverageNote(bundle.skillListings, bundle.listings, locale)}`;
  }

  protected renderSkeleton(): TemplateResult {
    const rows = Array.from({ length: clampLimit(this.limit) }, (_, i) => i);
    return html`<ul class="rows">
        ${rows.map(
          () =>
            html`<li class="row">
              <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>
            </li>`,
        )}
      </ul>
      ${coverageNote(null, null, this.resolvedLocale)}`;
  }
}

/**
 * What every share is a share of: the listings that list skills, out of all listings. While
 * loading, hidden stand-ins hold the figures' room so the line wraps the same way.
 */
function coverageNote(skillListings: number | null, listings: number | null, locale: string): TemplateResult {
  const n = (v: number | null, stand: string) => (v === null ? html`<span class="placeholder">${stand}</span>` : formatCount(v, locale));
  return html`<p class="note" part="note">
    Shares of the ${n(skillListings, '00,000')} listings that list skills, of ${n(listings, '00,000')} in all.
  </p>`;
}
