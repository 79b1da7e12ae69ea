/**
 * Checks that a parsed JSON value really is a stats bundle (or the roles index) before anything
 * renders it. Hand-written rather than schema-driven so it stays small enough for the browser: the
 * bundle and the index are each described once, as nested `shape`s of small checks, and walked.
 *
 * The walk stops at the first problem and says where it is ("skills[3].count is not a whole
 * number"). It never throws, whatever it is given: every check throws a private `Invalid` that the
 * exported functions catch, and anything else thrown (a hostile getter, a revoked proxy) becomes a
 * generic reason. Only own properties are read, so a polluted prototype cannot supply a field.
 * Names stay plain strings; rendering them as text is the views' job.
 *
 * The bundle is checked in parts: the envelope every element reads (version, role title and slug,
 * listings, provenance) and the sections (the role's copy, skills, pay, seniority, trend).
 * `validateBundle` checks them all; an element checks the envelope and the sections it shows
 * (`bundleCheck`), so its bundle carries only those checks.
 *
 * Pay by skill comes in two forms: columns, as the builder writes files (`SkillPayColumns`), and
 * rows, as in memory (`SkillPay[]`, e.g. a bundle passed through an element's `data`). Columns are
 * decoded into rows, so the value returned is always a `RoleBundle`: the input itself when it
 * already had rows, else a shallow copy with a new `pay`. The input is never changed.
 */
import { isSlug, MAX_COUNT, MAX_ITEMS, MAX_PAY, MAX_ROLES, MAX_TEXT } from './limits.js';
import { SCHEMA_MAJOR, SENIORITY_LEVELS, TREND_VERDICTS, type RoleBundle, type RoleIndex, type SkillPay } from './types.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };


type Obj = Record<string, unknown>;

/**
 * A check of the value `v` found at `path`. It returns the value (or, for pay by skill in columns,
 * its decoded form) or fails. `parent` is the object holding `v`, whose earlier fields are already
 * checked, so a check can compare with them ("a skill count is at most listings").
 */
export type Check = (v: unknown, path: string, parent: Obj) => unknown;

class Invalid {
  constructor(readonly reason: string) {}
}

const fail = (path: string, problem: string): never => {
  throw new Invalid(`${path} ${problem}`);
};

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const own = (o: object, key: string | number): unknown => (Object.hasOwn(o, key) ? (o as Obj)[key] : undefined);

function obj(v: unknown, path: string): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : fail(path || 'the file', 'is not an object');
}

/**
 * An object whose fields are checked in the order `fields` lists them; `after` then checks the
 * fields against each other. Returns the object itself, or a shallow copy (keys in the same order)
 * when a check decoded one of its fields.
 */
const shape =
  (fields: Record<string, Check>, after?: (o: Obj, path: string) => void) =>
  (v: unknown, path: string): Obj => {
    const o = obj(v, path);
    let out = o;
    // Own keys only: a page that adds enumerable keys to Object.prototype must not add checks.
    for (const key of Object.keys(fields)) {
      const value = own(o, key);
      const checked = fields[key]!(value, join(path, key), o);
      if (checked !== value) out = { ...out, [key]: checked };
    }
    after?.(o, path);
    return out;
  };

/**
 * A list of at most `max` items, each checked by `each` (with its index). With `per`, it must have
 * exactly `per[0]` items, one per `per[1]`. A plain loop over own slots rather than `map`, which
 * would skip the holes of a sparse array and leave them unchecked.
 */
const list =
  (each: (v: unknown, path: string, i: number) => unknown, max = MAX_ITEMS, per?: [number, string]) =>
  (v: unknown, path: string): Obj[] => {
    if (!Array.isArray(v)) fail(path, 'is not a list');
    const items = v as Obj[];
    if (items.length > max) fail(path, `has more than ${max} items`);
    if (per && items.length !== per[0]) fail(path, `does not have one value per ${per[1]} (${per[0]})`);
    for (let i = 0; i < items.length; i++) each(own(items, i), join(path, i), i);
    return items;
  };

/** `check`, then no two items with the same `key` (a level or a role given twice). */
const distinct =
  (key: string, check: (v: unknown, path: string) => Obj[]): Check =>
  (v, path) => {
    const items = check(v, path);
    const values = items.map((item) => item[key]);
    values.forEach((value, i) => values.indexOf(value) < i && fail(join(path, i), `repeats ${value}`));
    return items;
  };

const oneOf = (values: readonly string[]) => (v: unknown, path: string) =>
  values.includes(v as string) ? v : fail(path, `is not one of ${values.join(', ')}`);

const orNull = (check: (v: unknown, path: string) => unknown) => (v: unknown, path: string) => (v === null ? v : check(v, path));

function text(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'is not a string');
  return (v as string).length > MAX_TEXT ? fail(path, 'is too long') : (v as string);
}

const matching = (pattern: RegExp, what: string) => (v: unknown, path: string) =>
  pattern.test(text(v, path)) ? (v as string) : fail(path, `is not ${what}`);

/** The bundle contract's slug rule (`isSlug`): safe in a file name, a URL and an attribute. */
const slug = (v: unknown, path: string) => (isSlug(text(v, path)) ? (v as string) : fail(path, 'is not a slug'));
const currency = matching(/^[A-Z]{3}$/, 'a 3-letter currency code');
const day = matching(/^(\d{4}-\d\d-\d\d)?$/, 'a date (YYYY-MM-DD)');
const week = matching(/^\d{4}-W\d\d$/, 'an ISO week (YYYY-Www)');

const dateTime = (v: unknown, path: string) => (Number.isNaN(Date.parse(text(v, path))) ? fail(path, 'is not a date') : v);

const version = (v: unknown, path: string) =>
  parseInt(matching(/^\d+\.\d+\.\d+/, 'a version like 1.0.0')(v, path)) === SCHEMA_MAJOR
    ? v
    : fail(`schema ${v}`, `is not supported (this library reads ${SCHEMA_MAJOR}.x)`);

function count(v: unknown, path: string): number {
  if (!Number.isInteger(v)) fail(path, 'is not a whole number');
  return (v as number) < 0 || (v as number) > MAX_COUNT ? fail(path, 'is out of range') : (v as number);
}

/**
 * A count that cannot exceed `max` (a part of `maxName`). Called directly where the bound changes
 * per item (each week's total, each skill's n): a checker made per item would be one allocation
 * per weekly count, thousands in a bundle.
 */
const countUpTo = (v: unknown, path: string, max: number, maxName: string): number =>
  count(v, path) > max ? fail(path, `is more than ${maxName}`) : (v as number);

/** `countUpTo` as a check, for a bound fixed for the whole list. */
const upTo = (max: number, maxName: string) => (v: unknown, path: string) => countUpTo(v, path, max, maxName);

/** A number in (0, MAX_PAY), else `problem`. */
const between = (problem: string) => (v: unknown, path: string) =>
  typeof v === 'number' && v > 0 && v < MAX_PAY ? v : fail(path, problem);
const amount = between('is not a plausible amount');
const positive = between('is not a positive number');

const level = (v: unknown, path: string) =>
  (SENIORITY_LEVELS as readonly unknown[]).includes(v) ? v : fail(path, 'is not a seniority level');

/** An amount no lower than the field `previous` before it. */
const atLeast = (previous: string): Check => (v, path, o) =>
  amount(v, path) < (o[previous] as number) ? fail(path, `is below ${previous}`) : v;

/** Pay percentiles on at most `maxN` listings (a part of `maxName`), in order. */
const percentiles = (maxN: number, maxName: string): Record<string, Check> => ({
  n: upTo(maxN, maxName),
  p10: amount,
  p25: atLeast('p10'),
  median: atLeast('p25'),
  p75: atLeast('median'),
  p90: atLeast('p75'),
});

/** Salaried listings mentioning a skill: at least one (a skill without any is not listed), at most pay.n. */
const skillN = (payN: number) => (v: unknown, path: string) => (countUpTo(v, path, payN, 'pay.n') < 1 ? fail(path, 'is less than 1') : v);

/** Pay by skill as rows, checked as they are. */
const skillRows = (payN: number) =>
  list(
    shape({
      name: text,
      n: skillN(payN),
      median: amount,
      nWithout: (v, path, skill) => countUpTo(v, path, payN - (skill.n as number), 'pay.n minus n'),
      medianWithout: orNull(amount),
    }),
  );

/** Pay by skill in columns, checked and decoded into rows (`nWithout` is always pay.n − n). */
function skillColumns(columns: Obj, path: string, payN: number): SkillPay[] {
  const names = list(text)(own(columns, 'name'), join(path, 'name')) as unknown as string[];
  const column = (key: string, each: (v: unknown, path: string) => unknown) =>
    list(each, MAX_ITEMS, [names.length, 'name'])(own(columns, key), join(path, key)) as unknown as number[];
  const n = column('n', skillN(payN));
  const median = column('median', amount);
  const medianWithout = column('medianWithout', orNull(amount));
  return names.map((name, i) => ({ name, n: n[i]!, median: median[i]!, nWithout: payN - n[i]!, medianWithout: medianWithout[i]! }));
}

/** Pay by skill, as rows or columns; columns are decoded into rows. */
const bySkill: Check = (v, path, pay) =>
  Array.isArray(v)
    ? skillRows(pay.n as number)(v, path)
    : typeof v === 'object' && v !== null
      ? skillColumns(v as Obj, path, pay.n as number)
      : fail(path, 'is neither a list nor columns');

/** Listings left out of pay, by reason: counts only the data's owner reads (no element shows them). */
const excluded: Check = (v, path) => {
  const reasons = Object.keys(obj(v, path));
  if (reasons.length > MAX_ITEMS) fail(path, `has more than ${MAX_ITEMS} reasons`);
  for (const reason of reasons) count((v as Obj)[reason], join(path, reason));
  return v;
};

/**
 * The pay section: percentiles, currency, period and bands by seniority, then the `more` fields
 * asked for (pay by skill, as rows: the input itself when it had rows, else a decoded copy). Fields
 * not asked for are passed through as they came.
 */
const pay = (listings: number, more?: Record<string, Check>) =>
  shape({
    ...percentiles(listings, 'listings'),
    currency,
    period: (v, path) => (v === 'year' ? v : fail(path, 'is not "year"')),
    basis: oneOf(['year', 'all']),
    annualised: orNull(shape({ n: count, median: amount })),
    minSeniorityN: count,
    bySeniority: (v, path, pay) => distinct('level', list(seniorityPay(pay.n as number, pay.minSeniorityN as number)))(v, path, pay),
    lowConfidenceN: count,
    ...more,
  });

/** A level's pay: percentiles when it has at least `minN` salaried listings, else its n alone. */
const seniorityPay = (payN: number, minN: number) => (v: unknown, path: string) => {
  const o = obj(v, path);
  const n = countUpTo(own(o, 'n'), join(path, 'n'), payN, 'pay.n');
  return n >= minN ? shape({ ...percentiles(payN, 'pay.n'), level })(v, path) : shape({ level, n: count })(v, path);
};

/** Weeks, totals per week, and each skill's counts per week. */
const trend = (listings: number) =>
  shape({
    weeks: list(week),
    totals: (v, path, t) => list(upTo(listings, 'listings'), MAX_ITEMS, [(t.weeks as string[]).length, 'week'])(v, path),
    skillTotals: (v, path, t) => {
      const totals = t.totals as number[];
      return list((c, p, i) => countUpTo(c, p, totals[i]!, `that week's total`), MAX_ITEMS, [totals.length, 'week'])(v, path);
    },
    test: shape({
      weeks: count,
      confidence: (v, path) => (typeof v === 'number' && v > 0 && v < 1 ? v : fail(path, 'is not a share between 0 and 1')),
      minMentions: count,
    }),
    skills: (v, path, t) => {
      const totals = t.skillTotals as number[];
      const counts = list((c, p, i) => countUpTo(c, p, totals[i]!, `that week's listings with skills`), MAX_ITEMS, [totals.length, 'week']);
      const mentions = shape({ mentions: count, listings: count }, (m, p) => (m.mentions as number) > (m.listings as number) && fail(join(p, 'mentions'), 'is more than listings'));
      return list(shape({ name: text, counts, verdict: oneOf(TREND_VERDICTS), recent: mentions, earlier: mentions }))(v, path);
    },
  });

/** The seniority counts: each level at most once, adding up to no more than listings. */
const seniority = (listings: number) => (v: unknown, path: string) => {
  const rows = distinct('level', list(shape({ level, count }), SENIORITY_LEVELS.length))(v, path, {}) as Obj[];
  if (rows.reduce((sum, row) => sum + (row.count as number), 0) > listings) fail(path, 'counts add up to more than listings');
  return v;
};

const listingsOf = (root: Obj) => root.listings as number;
/** The listings that carry skills: what every skill count is a part of. */
const skillListingsOf = (root: Obj) => countUpTo(own(root, 'skillListings'), 'skillListings', listingsOf(root), 'listings');

/**
 * The checks of a bundle's sections. An element checks only the sections it shows (see
 * `bundleCheck`), so a page that shows one chart carries, and runs, only that chart's checks.
 */
export type SectionChecks = { [K in 'role' | 'skills' | 'pay' | 'seniority' | 'trend' | 'provenance']?: Check };

/** The skills ranking: names, categories, and counts of at most `skillListings` (the listings that carry skills). */
export const skillsCheck: Check = (v, path, root) =>
  list(shape({ name: text, category: text, count: upTo(skillListingsOf(root), 'skillListings') }))(v, path);
/** Pay percentiles, overall and by seniority (null when no listing disclosed pay); pay by skill is not read. */
export const payCheck: Check = (v, path, root) => (v === null ? v : pay(listingsOf(root))(v, path));
/** Pay, with the minimum listings per skill and pay by skill checked, and pay by skill decoded into rows. */
export const payWithSkillsCheck: Check = (v, path, root) => (v === null ? v : pay(listingsOf(root), { minSkillN: count, bySkill })(v, path));
/** All of pay, the counts of listings it leaves out included. */
const fullPay: Check = (v, path, root) => (v === null ? v : pay(listingsOf(root), { minSkillN: count, bySkill, excluded })(v, path));
/** Listings per seniority level. */
export const seniorityCheck: Check = (v, path, root) => seniority(listingsOf(root))(v, path);
/** Weekly counts. */
export const trendCheck: Check = (v, path, root) => trend(listingsOf(root))(v, path);

/** The role's copy: description, fit, related roles and the path in, besides its title and slug. */
export const roleCheck: Check = shape({
  title: text,
  description: text,
  fit: text,
  slug,
  related: list(slug, 100),
  path: list(shape({ title: text, body: text }), 50),
});

const dataWindow = shape({ from: day, to: day }, (w, path) => (w.from as string) > (w.to as string) && fail(join(path, 'from'), 'is after to'));

/**
 * What every element reads, whatever it shows: the version, the role's title and slug (heading,
 * events), the listing count and the provenance its footer states.
 */
const marketShare = shape({ key: (v, path) => (v === '' ? v : slug(v, path)), name: text, listings: count });

const envelope: Record<string, Check> = {
  schemaVersion: version,
  role: shape({ title: text, slug }),
  market: shape({ key: slug, name: text, pooled: (v, path) => (typeof v === 'boolean' ? v : fail(path, 'is not true or false')), mix: list(marketShare) }),
  listings: count,
  provenance: shape({ generatedAt: dateTime, source: text, window: dataWindow }),
};

/** The provenance with the builder's version and constants, which no element shows. */
const fullProvenance = shape({
  generatedAt: dateTime,
  source: text,
  builderVersion: text,
  window: dataWindow,
  reposts: count,
  repostDays: count,
  titlesOutsidePatterns: count,
  constants: shape({
    hoursPerYear: positive,
    daysPerYear: positive,
    weeksPerYear: positive,
    monthsPerYear: positive,
    plausibleMin: positive,
    plausibleMax: positive,
  }),
});

const indexShape = shape({
  schemaVersion: version,
  generatedAt: dateTime,
  roles: distinct(
    'slug',
    list(
      shape({
        slug,
        title: text,
        market: slug,
        markets: list(marketShare),
        listings: count,
        medianPay: orNull(amount),
        currency: (v, path, role) => (v === null && role.medianPay !== null ? fail(path, 'is missing') : orNull(currency)(v, path)),
      }),
      MAX_ROLES,
    ),
  ),
});

function run<T>(check: (json: unknown, path: string) => unknown, json: unknown): Validation<T> {
  try {
    return { ok: true, value: check(json, '') as T };
  } catch (error) {
    return { ok: false, reason: error instanceof Invalid ? error.reason : 'the data could not be read' };
  }
}

/**
 * A bundle validator that checks the envelope (version, role title and slug, listings, provenance
 * dates and source) and the given sections, and passes the rest through unchecked. A section may
 * widen an envelope field (`role: roleCheck` for the role's copy); fields are checked in the
 * bundle's order either way. The value it returns
 * is typed as a whole `RoleBundle`; only the checked sections may be relied on.
 *
 * @example
 * static bundleCheck = bundleCheck({ pay: payCheck }); // a pay chart
 */
export function bundleCheck(sections: SectionChecks): (json: unknown) => Validation<RoleBundle> {
  const bundleShape = shape({ ...envelope, ...sections });
  return (json) => run(bundleShape, json);
}

/** Checks only the envelope: what the shared loader checks before caching a bundle for every element. */
export const validateEnvelope = /* @__PURE__ */ bundleCheck({});

/**
 * Checks a parsed role bundle against the contract in `./types`, every section included, and
 * returns it with pay by skill as rows (decoded from the columns files store; see `RoleBundleWire`).
 *
 * @example
 * const result = validateBundle(JSON.parse(text));
 * if (!result.ok) showError(result.reason); // "skills[3].count is not a whole number"
 */
export const validateBundle = /* @__PURE__ */ bundleCheck({
  role: roleCheck,
  provenance: fullProvenance,
  skills: skillsCheck,
  pay: fullPay,
  seniority: seniorityCheck,
  trend: trendCheck,
});

/** Checks a parsed roles index (`index.json`) against the contract in `./types`. */
export function validateIndex(json: unknown): Validation<RoleIndex> {
  return run(indexShape, json);
}
