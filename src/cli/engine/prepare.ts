import { MAX_ITEMS, MAX_NAME, MAX_SLUG } from '../../data/bundle/limits.js';
import { SENIORITY_LEVELS } from '../../data/bundle/types.js';
import { DESCRIPTION_CHARS, type BuildRules } from '../../data/build/rules/build-rules.js';
import { ISO_MOMENT_PATTERN, MINUTE_TIME } from '../../data/build/rules/iso-moment.js';
import { SENIORITY_IGNORED_PHRASES, SENIORITY_RULES, SENIORITY_WORD_JOINER } from '../../data/build/rules/seniority-rules.js';
import type { RoleDefinition, SkillTaxonomy } from '../../data/build/types.js';
import { errorLine } from '../input/describe-error.js';
import { quoteInput } from '../report/quote-input.js';
import { sqlString, type Engine } from './engine.js';

const num = (n: number) => (Number.isFinite(n) ? String(n) : 'NULL');
const bool = (b: boolean) => (b ? 'TRUE' : 'FALSE');

/** The one `settings` row every SQL file reads its thresholds from. */
export async function createSettings(engine: Engine, rules: BuildRules, meta: { source: string; builderVersion: string }): Promise<void> {
  const c = rules.constants;
  await engine.run(`CREATE OR REPLACE TABLE settings AS SELECT
    CAST(${sqlString(rules.asOf)} AS TIMESTAMPTZ) AS as_of,
    ${sqlString(meta.source)} AS source, ${sqlString(meta.builderVersion)} AS builder_version,
    CAST(${sqlString(rules.earliestDate)} AS TIMESTAMPTZ) AS earliest_date,
    ${num(rules.repostDays)} AS repost_days, ${bool(rules.keepReposts)} AS keep_reposts,
    ${num(rules.minMarketListings)} AS min_market_listings,
    ${sqlString(rules.payBasis)} AS pay_basis,
    ${rules.currency ? sqlString(rules.currency) : 'CAST(NULL AS VARCHAR)'} AS currency,
    CAST(${num(c.hoursPerYear)} AS DOUBLE) AS hours_per_year, CAST(${num(c.daysPerYear)} AS DOUBLE) AS days_per_year,
    CAST(${num(c.weeksPerYear)} AS DOUBLE) AS weeks_per_year, CAST(${num(c.monthsPerYear)} AS DOUBLE) AS months_per_year,
    CAST(${num(c.plausibleMin)} AS DOUBLE) AS plausible_min, CAST(${num(c.plausibleMax)} AS DOUBLE) AS plausible_max,
    ${num(rules.minSkillPayN)} AS min_skill_pay_n, CAST(${num(rules.minSkillPayShare)} AS DOUBLE) AS min_skill_pay_share,
    ${num(rules.lowConfidenceN)} AS low_confidence_n, ${num(rules.minSeniorityPayN)} AS min_seniority_pay_n,
    ${num(rules.topSkills)} AS top_skills, ${num(rules.trendSkills)} AS trend_skills,
    ${num(rules.trendWeeks)} AS trend_weeks, ${num(rules.trendWindow)} AS trend_window,
    ${num(rules.trendMinMentions)} AS trend_min_mentions, CAST(${num(rules.trendConfidence)} AS DOUBLE) AS trend_confidence,
    CAST(${num(rules.trendZ)} AS DOUBLE) AS trend_z,
    ${num(MAX_NAME)} AS max_name, ${num(MAX_ITEMS)} AS max_items, ${num(DESCRIPTION_CHARS)} AS description_chars`);
}

/** `alternatives` as one RE2 pattern that matches when any of them does. */
const anyOf = (patterns: readonly string[]) => patterns.map((p) => `(?:${p})`).join('|');

/**
 * White space as the rules read it (RE2): the engine's `\s` is ASCII only ([\t\n\f\r ]), but
 * scraped text also holds no-break spaces, line separators and byte-order marks, so the class adds
 * the vertical tab, every Unicode separator (`\p{Z}`) and U+FEFF — JavaScript's `\s`, exactly. The
 * engine's `\s` is spelled out: a generator that rewrites `\s` for another engine would nest a
 * class here, which Java 8 does not negate.
 */
const WHITE_SPACE = String.raw`\t\n\f\r \x{0B}\p{Z}\x{FEFF}`;
/** A run of white space. */
export const WHITE_SPACE_RUN = `[${WHITE_SPACE}]+`;
/** One character that is not white space: a text holding one is not blank. */
export const NOT_WHITE_SPACE = `[^${WHITE_SPACE}]`;

/**
 * Which role's title pattern the engine cannot read, for the message when `createRuleTables`
 * fails: the engine's own says only "missing )" and the whole alternation. Null when every
 * pattern reads (the failure was elsewhere).
 */
export async function unreadableRolePattern(engine: Engine, roles: readonly RoleDefinition[]): Promise<string | null> {
  for (const role of roles) {
    for (const pattern of role.patterns) {
      try {
        await engine.run(`SELECT regexp_matches('', ${sqlString(pattern)}, 'i')`);
      } catch (error) {
        return `role ${quoteInput(role.slug)} has a title pattern the engine cannot read, ${quoteInput(pattern)} (${errorLine(error)})`;
      }
    }
  }
  return null;
}

/**
 * The rule tables as engine tables and macros: `role_definition`, `seniority_level` (career
 * order), `skill_alias`, and role_of_title(t), title_fits_role(t, slug), seniority_of_title(t) and
 * market_key(country), each generated from its one rule table; has_text(t) and iso_moment(t) from
 * the white-space class above and the ISO form (iso-moment.ts).
 */
export async function createRuleTables(engine: Engine, roles: readonly RoleDefinition[], skills: SkillTaxonomy): Promise<void> {
  const roleRows = roles.map((r, i) => `(${sqlString(r.slug)}, ${i}, ${sqlString(anyOf(r.patterns))})`).join(', ');
  await engine.run(`CREATE OR REPLACE TABLE role_definition(slug VARCHAR, position INTEGER, pattern VARCHAR)`);
  if (roleRows) await engine.run(`INSERT INTO role_definition VALUES ${roleRows}`);
  const roleCases = roles.map((r) => `WHEN regexp_matches(t, ${sqlString(anyOf(r.patterns))}, 'i') THEN ${sqlString(r.slug)}`).join(' ');
  await engine.run(`CREATE OR REPLACE MACRO role_of_title(t) AS ${roleCases ? `CASE ${roleCases} END` : 'CAST(NULL AS VARCHAR)'}`);
  const fits = roles.map((r) => `WHEN ${sqlString(r.slug)} THEN regexp_matches(t, ${sqlString(anyOf(r.patterns))}, 'i')`).join(' ');
  await engine.run(`CREATE OR REPLACE MACRO title_fits_role(t, slug) AS ${fits ? `coalesce(CASE slug ${fits} END, FALSE)` : 'FALSE'}`);

  await engine.run(
    `CREATE OR REPLACE TABLE seniority_level AS SELECT * FROM (VALUES ${SENIORITY_LEVELS.map((l, i) => `(${sqlString(l)}, ${i})`).join(', ')}) v(level, position)`,
  );
  const words = `regexp_replace(t, ${sqlString(SENIORITY_WORD_JOINER)}, ' ', 'g')`;
  const cleaned = SENIORITY_IGNORED_PHRASES.reduce(
    (t, phrase) => `regexp_replace(${t}, ${sqlString(`\\b${phrase}\\b`)}, ' ', 'gi')`,
    words,
  );
  const seniorityCases = SENIORITY_RULES.map(
    (rule) => `WHEN regexp_matches(c, ${sqlString(rule.pattern)}${rule.caseSensitive ? '' : ", 'i'"}) THEN ${sqlString(rule.level)}`,
  ).join(' ');
  await engine.run(`CREATE OR REPLACE MACRO seniority_from_clean(c) AS CASE ${seniorityCases} ELSE 'unspecified' END`);
  await engine.run(`CREATE OR REPLACE MACRO seniority_of_title(t) AS seniority_from_clean(${cleaned})`);

  // A market key is the country in lower-case ASCII words joined by "-" ("Côte d'Ivoire" →
  // "cote-d-ivoire"): the bundle contract's slug rule. A country with no Latin letter or digit, one
  // too long for a slug, or one whose key would be "all" (the all-markets view's) names no market;
  // the CLI lists such values.
  await engine.run(
    `CREATE OR REPLACE MACRO market_key(country) AS
      CASE WHEN length(trim(country)) <= ${MAX_SLUG}
        THEN nullif(nullif(trim(regexp_replace(lower(strip_accents(trim(country))), '[^a-z0-9]+', '-', 'g'), '-'), ''), 'all') END`,
  );

  // A title's words are apart however many spaces, tabs or line breaks lie between them: the
  // title rules (role, level) read it with its white space collapsed and trimmed.
  await engine.run(`CREATE OR REPLACE MACRO collapse_white_space(t) AS trim(regexp_replace(t, ${sqlString(WHITE_SPACE_RUN)}, ' ', 'g'))`);
  // Skill keywords, and the company, title and location that identify a repost, compare in one
  // form: lower case, white space collapsed and trimmed ("Power  BI" = "power bi").
  await engine.run(`CREATE OR REPLACE MACRO normalise_keyword(k) AS lower(collapse_white_space(k))`);
  // Whether a text says anything: a description of spaces and line breaks is no description.
  await engine.run(`CREATE OR REPLACE MACRO has_text(t) AS coalesce(regexp_matches(t, ${sqlString(NOT_WHITE_SPACE)}), FALSE)`);
  // A listing's date as the instant it names, or NULL when it is not in the one ISO form.
  await engine.run(
    `CREATE OR REPLACE MACRO iso_moment(t) AS CASE WHEN regexp_matches(t, ${sqlString(ISO_MOMENT_PATTERN)}) THEN try_cast(regexp_replace(t, ${sqlString(MINUTE_TIME)}, '\\1:00\\2') AS TIMESTAMPTZ) END`,
  );
  const aliasRows = skills.skills.flatMap((def) =>
    [def.name, ...def.aliases].map((alias) => `(${sqlString(alias)}, ${sqlString(def.name)}, ${sqlString(def.category)})`),
  );
  const ambiguousRows = skills.skills.flatMap((def) => (def.ambiguous ?? []).map((alias) => `(${sqlString(alias)})`));
  await engine.run(`CREATE OR REPLACE TEMP TABLE skill_alias_raw(alias VARCHAR, name VARCHAR, category VARCHAR)`);
  await engine.run(`CREATE OR REPLACE TEMP TABLE skill_ambiguous_raw(alias VARCHAR)`);
  if (aliasRows.length) await engine.run(`INSERT INTO skill_alias_raw VALUES ${aliasRows.join(', ')}`);
  if (ambiguousRows.length) await engine.run(`INSERT INTO skill_ambiguous_raw VALUES ${ambiguousRows.join(', ')}`);
  await engine.run(`CREATE OR REPLACE TABLE skill_alias AS
    SELECT DISTINCT normalise_keyword(a.alias) AS alias, a.name, a.category,
      normalise_keyword(a.alias) IN (SELECT normalise_keyword(alias) FROM skill_ambiguous_raw) AS ambiguous
    FROM skill_alias_raw a`);
  const clash = await engine.rows<{ alias: string; names: string }>(
    `SELECT alias, string_agg(DISTINCT name, '", "' ORDER BY name) AS names FROM skill_alias GROUP BY alias HAVING count(DISTINCT name) > 1 ORDER BY alias LIMIT 1`,
  );
  if (clash[0]) throw new Error(`alias "${clash[0].alias}" belongs to more than one skill: "${clash[0].names}"`);
}
