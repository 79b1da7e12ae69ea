/**
 * The bundle contract's types and vocabularies, for code that reads bundles without checking them.
 * Every type here is inferred from its schema in ./contract.ts, where each field is documented once.
 *
 * `RoleBundle` is the in-memory shape every element reads. The file on disk (`RoleBundleWire`)
 * differs in one place only: pay by skill is stored in columns (`SkillPayColumns`), which
 * `validateBundle` and `decodeBundle` turn into rows.
 */
export { PAY_PERIODS, SCHEMA_MAJOR, SCHEMA_VERSION, SENIORITY_LEVELS, TREND_VERDICTS } from './contract.js';
export type {
  AnnualisedPay,
  MarketInfo,
  MarketShare,
  MentionCount,
  PathStep,
  PayConstants,
  PayPercentiles,
  PayPeriod,
  PayStats,
  PayStatsWire,
  Provenance,
  RoleBundle,
  RoleBundleWire,
  RoleIndex,
  RoleIndexEntry,
  RoleInfo,
  SeniorityCount,
  SeniorityLevel,
  SeniorityPay,
  SkillCount,
  SkillPay,
  SkillPayColumns,
  SkillTrend,
  Trend,
  TrendTest,
  TrendVerdict,
} from './contract.js';
