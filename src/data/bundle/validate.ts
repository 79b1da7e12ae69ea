/**
 * Checks that a parsed JSON value really is a stats bundle (or the roles index) before anything
 * renders it. Hand-written rather than schema-driven so it stays small enough for the browser.
 *
 * The walk stops at the first problem and says where it is ("skills[3].count is not a whole
 * number"). It never throws, whatever it is given: every check throws a private `Invalid` that the
 * exported functions catch, and anything else thrown (a hostile getter, a revoked proxy) becomes a
 * generic reason. Only own properties are read, so a polluted prototype cannot supply a field.
 * Names stay plain strings; rendering them as text is the views' job.
 *
 * Pay by skill comes in two forms: columns, as the builder writes files (`SkillPayColumns`), and
 * rows, as in memory (`SkillPay[]`, e.g. a bundle passed through an element's `data`). Columns are
 * decoded into rows, so the value returned is always a `RoleBundle`: the input itself when it
 * already had rows, else a shallow copy with a new `pay`. The input is never changed.
 */
import { SCHEMA_MAJOR, SENIORITY_LEVELS, type PayStats, type RoleBundle, type RoleIndex, type SkillPay } from './types.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Bounds that no honest bundle comes near; they keep a hostile file from costing much. */
const MAX_COUNT = 1e9;
const MAX_PAY = 1e8;
const MAX_TEXT = 10_000;
const MAX_ITEMS = 1_000;
const MAX_ROLES = 10_000;

type Obj = Record<string, unknown>;

class Invalid {
  constructor(readonly reason: string) {}
}

const fail = (path: string, problem: string): never => {
  throw new Invalid(`${path} ${problem}`);
};

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const own = (o: Obj, key: string): unknown => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);

function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path || 'the file', 'is not an object');
  return v as Obj;
}

/** The own field `key` of `o`, checked by `check`. */
function get<T>(o: Obj, path: string, key: string, check: (v: unknown, path: string) => T): T {
  return check(own(o, key), join(path, key));
}

function text(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'is not a string');
  if ((v as string).length > MAX_TEXT) fail(path, 'is too long');
  return v as string;
}

function matching(pattern: RegExp, what: string) {
  return (v: unknown, path: string): string => {
    if (!pattern.test(text(v, path))) fail(path, `is not ${what}`);
    return v as string;
  };
}

/** Lowercase letters, digits, "-" and "_": safe to put in a file name or a link. */
const slug = matching(/^[a-z0-9][a-z0-9_-]{0,99}$/, 'a slug');
const currency = matching(/^[A-Z]{3}$/, 'a 3-letter currency code');
const day = matching(/^(\d{4}-\d\d-\d\d)?$/, 'a date (YYYY-MM-DD)');
const week = matching(/^\d{4}-W\d\d$/, 'an ISO week (YYYY-Www)');

function dateTime(v: unknown, path: string): string {
  if (Number.isNaN(Date.parse(text(v, path)))) fail(path, 'is not a date');
  return v as string;
}

function count(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(path, 'is not a whole number');
  if ((v as number) < 0 || (v as number) > MAX_COUNT) fail(path, 'is out of range');
  return v as number;
}

/** A count that cannot exceed `max` (a part of `maxName`). */
const countUpTo = (max: number, maxName: string) => (v: unknown, path: string) => {
  if (count(v, path) > max) fail(path, `is more than ${maxName}`);
  return v as number;
};

function amount(v: unknown, path: string): number {
  if (typeof v !== 'number' || !(v > 0 && v < MAX_PAY)) fail(path, 'is not a plausible amount');
  return v as number;
}

function positive(v: unknown, path: string): number {
  if (typeof v !== 'number' || !(v > 0 && v < MAX_PAY)) fail(path, 'is not a positive number');
  return v as number;
}

const orNull =
  <T>(check: (v: unknown, path: string) => T) =>
  (v: unknown, path: string): T | null =>
    v === null ? null : check(v, path);

function list(v: unknown, path: string, max = MAX_ITEMS): unknown[] {
  if (!Array.isArray(v)) fail(path, 'is not a list');
  if ((v as unknown[]).length > max) fail(path, `has more than ${max} items`);
  return v as unknown[];
}

/**
 * Each item of `values` (a list at `path`), checked by `check`. A plain loop over own slots rather
 * than `map`, which would skip the holes of a sparse array and leave them unchecked.
 */
function checkEach<T>(values: unknown[], path: string, check: (item: unknown, path: string, i: number) => T): T[] {
  const checked: T[] = [];
  for (let i = 0; i < values.length; i++) checked.push(check(own(values as unknown as Obj, String(i)), join(path, i), i));
  return checked;
}

/** Each item of the list at `o[key]`, checked by `each`. */
function items<T>(o: Obj, path: string, key: string, each: (item: unknown, path: string, i: number) => T, max?: number): T[] {
  const p = join(path, key);
  return checkEach(list(own(o, key), p, max), p, each);
}

function level(v: unknown, path: string): string {
  if (!(SENIORITY_LEVELS as readonly unknown[]).includes(v)) fail(path, 'is not a seniority level');
  return v as string;
}

function unique(values: string[], path: string): void {
  values.forEach((v, i) => {
    if (values.indexOf(v) < i) fail(join(path, i), `repeats ${v}`);
  });
}

function percentiles(o: Obj, path: string, maxN: number, maxName: string): void {
  get(o, path, 'n', countUpTo(maxN, maxName));
  let previous = '';
  for (const key of ['p10', 'p25', 'median', 'p75', 'p90']) {
    if (get(o, path, key, amount) < (previous ? (o[previous] as number) : 0)) fail(join(path, key), `is below ${previous}`);
    previous = key;
  }
}

function schema(root: Obj): void {
  const version = get(root, '', 'schemaVersion', matching(/^\d+\.\d+\.\d+/, 'a version like 1.0.0'));
  if (parseInt(version, 10) !== SCHEMA_MAJOR) {
    fail(`schema ${version}`, `is not supported (this library reads ${SCHEMA_MAJOR}.x)`);
  }
}

/** Salaried listings mentioning a skill: at least one (a skill without any is not listed), at most pay.n. */
const skillN = (payN: number, payPath: string) => (v: unknown, path: string) => {
  if (countUpTo(payN, `${payPath}.n`)(v, path) < 1) fail(path, 'is less than 1');
  return v as number;
};

/** Pay by skill in columns, checked and decoded into rows (`nWithout` is always pay.n − n). */
function skillColumns(v: Obj, path: string, payN: number, payPath: string): SkillPay[] {
  const names = items(v, path, 'name', text);
  const column = <T>(key: string, check: (v: unknown, path: string) => T): T[] => {
    const p = join(path, key);
    const values = list(own(v, key), p);
    if (values.length !== names.length) fail(p, `does not have one value per name (${names.length})`);
    return checkEach(values, p, check);
  };
  const n = column('n', skillN(payN, payPath));
  const median = column('median', amount);
  const medianWithout = column('medianWithout', orNull(amount));
  return names.map((name, i) => ({ name, n: n[i]!, median: median[i]!, nWithout: payN - n[i]!, medianWithout: medianWithout[i]! }));
}

/** The pay section, with pay by skill as rows: the input itself when it had rows, else a decoded copy. */
function checkPay(v: unknown, path: string, listings: number): PayStats {
  const pay = obj(v, path);
  percentiles(pay, path, listings, 'listings');
  const n = pay.n as number;
  get(pay, path, 'currency', currency);
  if (own(pay, 'period') !== 'year') fail(join(path, 'period'), 'is not "year"');
  const levels = items(pay, path, 'bySeniority', (item, p) => {
    const band = obj(item, p);
    percentiles(band, p, n, `${path}.n`);
    return get(band, p, 'level', level);
  });
  unique(levels, join(path, 'bySeniority'));
  get(pay, path, 'minSkillN', count);
  const bySkillPath = join(path, 'bySkill');
  const bySkill = own(pay, 'bySkill');
  let decoded: SkillPay[] | null = null;
  if (Array.isArray(bySkill)) {
    checkEach(list(bySkill, bySkillPath), bySkillPath, (item, p) => {
      const skill = obj(item, p);
      get(skill, p, 'name', text);
      const withSkill = get(skill, p, 'n', skillN(n, path));
      get(skill, p, 'median', amount);
      get(skill, p, 'nWithout', countUpTo(n - withSkill, `${path}.n minus n`));
      get(skill, p, 'medianWithout', orNull(amount));
    });
  } else if (typeof bySkill === 'object' && bySkill !== null) {
    decoded = skillColumns(bySkill as Obj, bySkillPath, n, path);
  } else {
    fail(bySkillPath, 'is neither a list nor columns');
  }
  const excludedPath = join(path, 'excluded');
  const excluded = obj(own(pay, 'excluded'), excludedPath);
  const reasons = Object.keys(excluded);
  if (reasons.length > MAX_ITEMS) fail(excludedPath, `has more than ${MAX_ITEMS} reasons`);
  for (const reason of reasons) count(excluded[reason], join(excludedPath, reason));
  return (decoded ? { ...pay, bySkill: decoded } : pay) as unknown as PayStats;
}

function checkTrend(v: unknown, path: string, listings: number): void {
  const trend = obj(v, path);
  const weeks = items(trend, path, 'weeks', week);
  const sameLength = (values: number[], p: string) => {
    if (values.length !== weeks.length) fail(p, `does not have one value per week (${weeks.length})`);
  };
  const totals = items(trend, path, 'totals', countUpTo(listings, 'listings'));
  sameLength(totals, join(path, 'totals'));
  items(trend, path, 'skills', (item, p) => {
    const skill = obj(item, p);
    get(skill, p, 'name', text);
    const counts = items(skill, p, 'counts', (c, cp, i) => countUpTo(totals[i] ?? 0, `that week's total`)(c, cp));
    sameLength(counts, join(p, 'counts'));
  });
}

function checkBundle(json: unknown): RoleBundle {
  const root = obj(json, '');
  schema(root);

  const role = obj(own(root, 'role'), 'role');
  for (const key of ['title', 'description', 'fit']) get(role, 'role', key, text);
  get(role, 'role', 'slug', slug);
  items(role, 'role', 'related', slug, 100);
  items(role, 'role', 'path', (item, p) => {
    const step = obj(item, p);
    get(step, p, 'title', text);
    get(step, p, 'body', text);
  }, 50);

  const listings = get(root, '', 'listings', count);
  const upToListings = countUpTo(listings, 'listings');
  items(root, '', 'skills', (item, p) => {
    const skill = obj(item, p);
    get(skill, p, 'name', text);
    get(skill, p, 'category', text);
    get(skill, p, 'count', upToListings);
  });

  const pay = own(root, 'pay');
  const checkedPay = pay === null ? null : checkPay(pay, 'pay', listings);

  const levels = items(root, '', 'seniority', (item, p) => {
    const entry = obj(item, p);
    return [get(entry, p, 'level', level), get(entry, p, 'count', count)] as const;
  }, SENIORITY_LEVELS.length);
  unique(levels.map(([l]) => l), 'seniority');
  if (levels.reduce((sum, [, c]) => sum + c, 0) > listings) fail('seniority', 'counts add up to more than listings');

  checkTrend(own(root, 'trend'), 'trend', listings);

  const provenance = obj(own(root, 'provenance'), 'provenance');
  get(provenance, 'provenance', 'generatedAt', dateTime);
  get(provenance, 'provenance', 'source', text);
  get(provenance, 'provenance', 'builderVersion', text);
  const window = obj(own(provenance, 'window'), 'provenance.window');
  const from = get(window, 'provenance.window', 'from', day);
  if (from > get(window, 'provenance.window', 'to', day)) fail('provenance.window.from', 'is after to');
  const constants = obj(own(provenance, 'constants'), 'provenance.constants');
  for (const key of ['hoursPerYear', 'daysPerYear', 'weeksPerYear', 'monthsPerYear', 'plausibleMin', 'plausibleMax']) {
    get(constants, 'provenance.constants', key, positive);
  }
  return (checkedPay === pay ? root : { ...root, pay: checkedPay }) as unknown as RoleBundle;
}

function checkIndex(json: unknown): RoleIndex {
  const root = obj(json, '');
  schema(root);
  get(root, '', 'generatedAt', dateTime);
  const slugs = items(root, '', 'roles', (item, p) => {
    const entry = obj(item, p);
    const roleSlug = get(entry, p, 'slug', slug);
    get(entry, p, 'title', text);
    get(entry, p, 'listings', count);
    const median = get(entry, p, 'medianPay', orNull(amount));
    if (get(entry, p, 'currency', orNull(currency)) === null && median !== null) fail(join(p, 'currency'), 'is missing');
    return roleSlug;
  }, MAX_ROLES);
  unique(slugs, 'roles');
  return json as RoleIndex;
}

function run<T>(check: (json: unknown) => T, json: unknown): Validation<T> {
  try {
    return { ok: true, value: check(json) };
  } catch (error) {
    return { ok: false, reason: error instanceof Invalid ? error.reason : 'the data could not be read' };
  }
}

/**
 * Checks a parsed role bundle against the contract in `./types`, and returns it with pay by skill
 * as rows (decoded from the columns files store; see `RoleBundleWire`).
 *
 * @example
 * const result = validateBundle(JSON.parse(text));
 * if (!result.ok) showError(result.reason); // "skills[3].count is not a whole number"
 */
export function validateBundle(json: unknown): Validation<RoleBundle> {
  return run(checkBundle, json);
}

/** Checks a parsed roles index (`index.json`) against the contract in `./types`. */
export function validateIndex(json: unknown): Validation<RoleIndex> {
  return run(checkIndex, json);
}
