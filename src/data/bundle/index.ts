// The bundle contract in one import: the types, the validator and the link guard. Browser-safe.
export * from './types.js';
export {
  validateBundle,
  validateIndex,
  validateEnvelope,
  bundleCheck,
  roleCheck,
  skillsCheck,
  payCheck,
  payWithSkillsCheck,
  seniorityCheck,
  trendCheck,
  type Check,
  type SectionChecks,
  type Validation,
} from './validate.js';
export { safeHref } from './safe-url.js';
