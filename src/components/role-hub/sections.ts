import { CareerPath } from '../career-path/career-path.js';
import { RelatedRoles } from '../related-roles/related-roles.js';
import { RoleFaq } from '../role-faq/role-faq.js';
import { RoleGlance } from '../role-glance/role-glance.js';
import { SalaryBand } from '../salary-band/salary-band.js';
import { SeniorityBreakdown } from '../seniority-breakdown/seniority-breakdown.js';
import { SkillPay } from '../skill-pay/skill-pay.js';
import { SkillRanking } from '../skill-ranking/skill-ranking.js';
import { SkillTrend } from '../skill-trend/skill-trend.js';
import type { RoleHub } from './role-hub.js';

/** One row of the hub's table: a section's tag, its class, and what the hub sets on it alone. */
export interface HubSection<Tag extends string = string, E extends HTMLElement = HTMLElement> {
  tag: Tag;
  /** The class: `role-hub/role-hub` registers it (behind the define guard) with the hub. */
  element: CustomElementConstructor & (new () => E) & { version?: string };
  /** Properties of this section alone, from the hub's own; the rest every section gets through the hub context. */
  props?: (hub: RoleHub) => Partial<E>;
}

/** A typed row: `props` may only name the section's own properties. */
const row = <Tag extends string, E extends HTMLElement>(
  tag: Tag,
  element: CustomElementConstructor & (new () => E) & { version?: string },
  props?: (hub: RoleHub) => Partial<E>,
): HubSection<Tag, E> => ({ tag, element, props });

/**
 * Every section of `<role-hub>`, in the reference page's order (skill-trend, which it lacks, after
 * the pay band). The hub renders this table; adding a row adds a section. The bundle, index,
 * locale, market, theme and heading level reach each section through the hub context, not here.
 */
export const HUB_SECTION_TABLE = [
  row('role-glance', RoleGlance),
  row('skill-ranking', SkillRanking),
  row('career-path', CareerPath),
  row('skill-pay', SkillPay),
  row('seniority-breakdown', SeniorityBreakdown),
  row('salary-band', SalaryBand),
  row('skill-trend', SkillTrend),
  row('related-roles', RelatedRoles, (hub) => ({ hrefTemplate: hub.hrefTemplate })),
  // The FAQ's JSON-LD goes in the hub's light DOM, where crawlers read the page.
  row('role-faq', RoleFaq, (hub) => ({ emitSchema: hub.emitSchema, schemaTarget: hub })),
];

/** The sections' tags, in order. */
export const HUB_SECTIONS = HUB_SECTION_TABLE.map((s) => s.tag);
