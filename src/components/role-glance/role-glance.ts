import { html, type TemplateResult } from 'lit';
import type { RoleBundle, SkillCount } from '../../data/bundle/types.js';
import { bundleCheck, roleCheck, skillsCheck, payCheck } from '../../data/bundle/validate.js';
import { formatCount, formatMoney, formatPercent } from '../shared/format.js';
import { enoughSalaries } from '../../data/bundle/pay-floor.js';
import { noYearlySalary, salaries, tooFewSalaries } from '../shared/salary-words.js';
import { RoleHubElement, type RenderContext } from '../shared/role-hub-element.js';
import { roleGlanceStyles } from './role-glance.styles.js';
import { skillShare } from '../shared/skill-share.js';

/**
 * "At a glance": who the role suits, how many listings the page rests on and its most-requested
 * skill, and the median pay with the number of listings that disclose it.
 *
 * @summary The role in three facts.
 * @tag role-glance
 *
 * @csspart list - The list of facts.
 * @csspart item - One fact.
 * @csspart value - A figure inside a fact.
 */
export class RoleGlance extends RoleHubElement {
  static override styles = [...RoleHubElement.styles, roleGlanceStyles];
  static override bundleCheck = bundleCheck({ role: roleCheck, skills: skillsCheck, pay: payCheck });

  protected headingText(): string {
    return 'At a glance';
  }

  protected renderReady({ bundle, locale, role }: RenderContext): TemplateResult {
    const pay = bundle.pay;
    const listings = html`<strong class="value" part="value">${formatCount(bundle.listings, locale)}</strong>`;
    const payFact = !pay
      ? noYearlySalary(role)
      : !enoughSalaries(pay.n, pay)
        ? tooFewSalaries(role, pay, locale)
        : html`Median ${role} pay is <strong class="value" part="value">${formatMoney(pay.median, pay.currency, locale)}</strong> across
            <strong class="value" part="value">${formatCount(pay.n, locale)}</strong>${` ${salaries(pay.n, pay.basis)}`} stated in these
            listings.`;
    return html`<ul class="facts" part="list">
      <li class="fact" part="item">${bundle.role.fit}</li>
      <li class="fact" part="item">Built from ${listings}${` ${role} listings`}${topSkill(bundle, locale)}</li>
      <li class="fact" part="item">${payFact}</li>
    </ul>`;
  }

  protected renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton"></span>`;
    return html`<ul class="facts">
      ${[0, 1, 2].map(() => html`<li class="fact">${line}</li>`)}
    </ul>`;
  }
}

/**
 * " — AWS is the single most-requested skill, in 15% (30 of 200) of those that list skills.", or
 * with a tie " — AWS and SQL are tied as the most-requested skills, each in …"; "." without skills.
 */
function topSkill(bundle: RoleBundle, locale: string): TemplateResult | string {
  const top = mostRequested(bundle.skills);
  const [first] = top;
  if (!first) return '.';
  const share = html`<strong class="value" part="value">${formatPercent(skillShare(bundle, first.count), locale)}</strong
    >${` (${formatCount(first.count, locale)} of ${formatCount(bundle.skillListings, locale)})`}`;
  return top.length === 1
    ? html` — ${skillName(first)} is the single most-requested skill, in ${share} of those that list skills.`
    : html` — ${tiedNames(top)} are tied as the most-requested skills, each in ${share} of those that list skills.`;
}

function skillName(skill: SkillCount): TemplateResult {
  return html`<strong class="value" part="value">${skill.name}</strong>`;
}

/**
 * The skills with the highest count: one, or several tied. "The single most-requested" is true
 * only of a skill no other matches, so a tie is named as one.
 */
function mostRequested(skills: readonly SkillCount[]): SkillCount[] {
  const most = Math.max(...skills.map((s) => s.count));
  return skills.filter((s) => s.count === most);
}

/**
 * "AWS and SQL", "AWS, SQL and Python"; four or more tied: "AWS, SQL and others", since the
 * bundle keeps only the top skills and more may share the count beyond them.
 */
function tiedNames(tied: readonly SkillCount[]): TemplateResult {
  const [a, b, c] = tied.map(skillName);
  if (tied.length === 2) return html`${a} and ${b}`;
  if (tied.length === 3) return html`${a}, ${b} and ${c}`;
  return html`${a}, ${b} and others`;
}
