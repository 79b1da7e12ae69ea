import { html, type TemplateResult } from 'lit';
import { bundleCheck, roleCheck, skillsCheck, payCheck } from '../../data/bundle/validate.js';
import { formatCount, formatMoney, formatPercent } from '../shared/format.js';
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
    const top = bundle.skills[0];
    const pay = bundle.pay;
    const listings = html`<strong class="value" part="value">${formatCount(bundle.listings, locale)}</strong>`;
    return html`<ul class="facts" part="list">
      <li class="fact" part="item">${bundle.role.fit}</li>
      <li class="fact" part="item">
        Built from ${listings} ${role}
        listings${
          top
            ? html` — <strong class="value" part="value">${top.name}</strong> is the single most-requested skill, in
                <strong class="value" part="value">${formatPercent(skillShare(bundle, top.count), locale)}</strong>
                ${`(${formatCount(top.count, locale)} of ${formatCount(bundle.skillListings, locale)})`} of those that list skills.`
            : '.'
        }
      </li>
      <li class="fact" part="item">
        ${
          pay
            ? html`Median ${role} pay is <strong class="value" part="value">${formatMoney(pay.median, pay.currency, locale)}</strong> across
                <strong class="value" part="value">${formatCount(pay.n, locale)}</strong> ${pay.basis === 'year' ? 'yearly' : 'annualised'}
                ${pay.n === 1 ? 'salary' : 'salaries'} stated in these listings.`
            : html`No ${role} listing in this data discloses pay yet.`
        }
      </li>
    </ul>`;
  }

  protected renderSkeleton(): TemplateResult {
    const line = html`<span class="skeleton"></span>`;
    return html`<ul class="facts">
      ${[0, 1, 2].map(() => html`<li class="fact">${line}</li>`)}
    </ul>`;
  }
}
