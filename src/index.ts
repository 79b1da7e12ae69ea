/**
 * role-hub, all in one: importing this module registers every element (each behind the define
 * guard, so loading the library twice is harmless) and exports their classes and types.
 *
 * @example
 * import 'role-hub';
 * // <role-hub role="backend-engineer" src="/stats/"></role-hub>
 */
export { RoleGlance } from './components/role-glance/define.js';
export { SkillRanking } from './components/skill-ranking/define.js';
export { CareerPath } from './components/career-path/define.js';
export { SkillPay } from './components/skill-pay/define.js';
export { SeniorityBreakdown } from './components/seniority-breakdown/define.js';
export { SalaryBand } from './components/salary-band/define.js';
export { SkillTrend } from './components/skill-trend/define.js';
export { RelatedRoles } from './components/related-roles/define.js';
export { RoleFaq, type FaqEntry } from './components/role-faq/define.js';
export { RoleHub } from './components/role-hub/define.js';

export { RoleHubElement, type RenderContext, type Theme } from './components/shared/role-hub-element.js';
export { hubContext, type HubContext } from './components/shared/hub-context.js';
export { VERSION } from './components/shared/define-element.js';
export type {
  RoleHubLoadDetail,
  RoleHubErrorDetail,
  RoleHubSelectDetail,
  RoleHubLoadEvent,
  RoleHubErrorEvent,
  RoleHubSelectEvent,
} from './components/shared/events.js';
export type * from './data/bundle/types.js';
export { SCHEMA_VERSION, SENIORITY_LEVELS } from './data/bundle/types.js';
