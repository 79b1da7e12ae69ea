import { html, nothing, type TemplateResult } from 'lit';
import { LOW_CONFIDENCE_N } from '../../data/bundle/limits.js';
import { enoughSalaries } from '../../data/bundle/pay-floor.js';
import type { SkillPay as SkillPayRow } from '../../data/bundle/types.js';
import { bundleCheck, payWithSkillsCheck } from '../../data/bundle/validate.js';
import { formatCount, formatMoney, formatMoneyDelta } from '../shared/format.js';
import { noYearlySalary, salaryKind, salaryNoun, tooFewSalaries } from '../shared/salary-words.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { skillPayStyles } from './skill-pay.styles.js';
import { countSetting } from '../shared/count-setting.js';
import { withTiedRanks } from '../shared/tied-ranks.js';

/** Rows shown when `limit` is missing or not a number. */
export const DEFAULT_LIMIT = 6;
/** Below this many salaried listings a skill's median is marked low confidence while the bundle is not in yet: the builder's own threshold. */
export const DEFAULT_LOW_N = LOW_CONFIDENCE_N;

/**
 * By median pay, highest first, then by name in code-unit order (the same in every locale). The
 * bundle promises this order already; sorting again costs nothing and keeps a hand-edited or older
 * bundle from showing a wrong ranking.
 */
export function rankByMedian(rows: readonly SkillPayRow[]): SkillPayRow[] {
  return [...rows].sort((a, b) => b.median - a.median || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * "Median pay by skill": the skills whose listings carry the highest median pay, each
 * with that median, how many salaried listings it rests on, and the difference from the median of
 * the salaried listings that do not name it — an association, not the skill's effect on pay. A
 * median from fewer listings than the bundle's low-confidence threshold (or a higher `low-n`) is
 * marked "low confidence" in words. With `pickable` each skill name is a button that fires `role-hub-select`.
 *
 * @summary The skills whose listings pay the most, against those without them, with sample sizes.
 * @tag skill-pay
 *
 * @attr {number} limit - How many skills to show (default 6).
 * @attr {number} low-n - Raises the low-confidence threshold: medians from fewer listings than this are marked (never below the bundle's threshold, 10 by default).
 *
 * @csspart intro - The sentence under the heading: what the pay is of, and the minimum listings a skill needs.
 * @csspart list - The skills, best first; unordered, since each row says its rank and tied skills share one.
 * @csspart row - One skill's row.
 * @csspart rank - The skill's rank number (read out with the row).
 * @csspart label - The skill name (a button with `pickable`).
 * @csspart value - The skill's median pay.
 * @csspart detail - The line under a skill: listings, difference from the listings without it, confidence.
 * @csspart delta - The difference from the median of the salaried listings that do not name the skill.
 * @csspart low-confidence - The "low confidence" mark.
 * @csspart note - The note that explains the low-confidence mark.
 *
 * @fires role-hub-select - A skill name was picked (with `pickable`). Detail: `{ kind: 'skill', value }`.
 */
export class SkillPay extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, skillPayStyles];
  static override bundleCheck = bundleCheck({ pay: payWithSkillsCheck });

  static override properties = {
    ...RoleHubElement.properties,
    limit: { type: Number },
    lowN: { type: Number, attribute: 'low-n' },
  };

  /** How many skills to show; 6 when not a number or under 1. */
  declare limit: number;
  /** Medians resting on fewer listings than this are marked low confidence; only a value above the bundle's threshold counts. */
  declare lowN: number | null;

  constructor() {
    super();
    this.limit = DEFAULT_LIMIT;
    this.lowN = null;
  }

  private get rowCount(): number {
    return countSetting(this.limit, DEFAULT_LIMIT);
  }

  /**
   * The bundle's low-confidence threshold (the builder's before it arrives), or `low-n` when that
   * is higher. A page may ask for more caution, never less: below the bundle's threshold a median
   * rests on too few listings for the mark to be dropped.
   */
  private lowThreshold(bundleThreshold?: number): number {
    const floor = typeof bundleThreshold === 'number' ? bundleThreshold : DEFAULT_LOW_N;
    return Math.max(floor, countSetting(this.lowN, floor));
  }

  protected headingText(role: string): string {
    // Ranked by median, highest first; a skill's listings may still pay less than those without
    // it, so the heading names what the list shows, not "better-paid".
    return `Median pay by skill in ${role} listings`;
  }

  protected override introText(role: string, ctx?: RenderContext): string | TemplateResult {
    const pay = ctx?.bundle.pay;
    // With basis "all" the medians pool every pay period, annualised, so they are not yearly pay
    // as stated; "annualised" is the word <salary-band> and <role-glance> use for the same figures.
    const base = `Median ${salaryKind(pay?.basis ?? 'year')} pay of the ${role} listings that name each skill, against those that do not`;
    if (pay) return `${base} (at least ${formatCount(pay.minSkillN, ctx.locale)} salaries a skill).`;
    // While loading the minimum is not known: a hidden stand-in of its length holds the lines the
    // sentence will take, so the intro gains no line when the bundle arrives.
    return ctx ? `${base}.` : html`${base}<span class="placeholder"> (at least 00 salaries a skill)</span>.`;
  }

  protected override emptyMessage({ bundle, role, locale }: RenderContext): string | null {
    if (!bundle.pay) return noYearlySalary(role);
    // Every skill's salaries are some of the role's: with too few for the role's own median, a
    // skill's median (one every salaried listing names is that very median) is no figure either.
    if (!enoughSalaries(bundle.pay.n, bundle.pay)) return tooFewSalaries(role, bundle.pay, locale);
    if (bundle.pay.bySkill.length === 0) {
      return `No skill appears in at least ${formatCount(bundle.pay.minSkillN, locale)} ${role} listings with ${salaryKind(bundle.pay.basis)} salaries.`;
    }
    return null;
  }

  protected renderReady({ bundle, locale }: RenderContext): TemplateResult | typeof nothing {
    // emptyMessage shows the empty state for a bundle without pay; this is never reached then.
    const pay = bundle.pay;
    if (!pay) return nothing;
    // A gap rests on both medians: too few listings with the skill or too few without it (a skill
    // nearly every salaried listing names) each mark it.
    const low = this.lowThreshold(pay.lowConfidenceN);
    const rows = rankByMedian(pay.bySkill).slice(0, this.rowCount);
    return html`<ul class="rows" part="list">
        ${withTiedRanks(rows, (s) => s.median).map(([skill, rank]) => {
          const without = skill.medianWithout;
          const delta = without === null ? 0 : skill.median - without;
          return html`<li class="row" part="row">
            <span class="rank value muted" part="rank">${formatCount(rank, locale)}</span>
            ${this.pick('skill', skill.name, skill.name, 'name truncate', 'label')}
            <span class="median value" part="value">${formatMoney(skill.median, pay.currency, locale)}</span>
            <span class="detail" part="detail">
              <span class="count">${`${formatCount(skill.n, locale)} ${salaryNoun(skill.n)}`}</span> ·
              ${
                without === null
                  ? html`<span class="delta value" part="delta">in every salaried listing</span>`
                  : html`<span class="delta value ${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}" part="delta"
                        >${formatMoneyDelta(delta, pay.currency, locale)} vs. ${formatMoney(without, pay.currency, locale)} without</span
                      >
                      <span class="count-without">(${`${formatCount(skill.nWithout, locale)} ${salaryNoun(skill.nWithout)}`})</span>`
              }${skill.n < low || (without !== null && skill.nWithout < low) ? html` · <strong class="low" part="low-confidence">low confidence</strong>` : nothing}
            </span>
          </li>`;
        })}
      </ul>
      ${this.renderNote(locale, pay.lowConfidenceN)}`;
  }

  private renderNote(locale: string, bundleThreshold?: number): TemplateResult {
    return html`<p class="note" part="note">
      Figures from fewer than ${formatCount(this.lowThreshold(bundleThreshold), locale)} salaries are marked low confidence. A gap is an
      association, not the skill's effect on pay.
    </p>`;
  }

  protected renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton"></span>`;
    return html`<ul class="rows">
        ${Array.from(
          { length: this.rowCount },
          () =>
            html`<li class="row">
              <span class="rank">${line}</span><span class="name">${line}</span><span class="median">${line}</span>
              <span class="detail"><span class="skeleton short"></span></span>
            </li>`,
        )}
      </ul>
      ${this.renderNote(this.resolvedLocale)}`;
  }
}
