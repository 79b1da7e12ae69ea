import { expect } from '@open-wc/testing';
import {
  bundleCheck,
  payCheck,
  payWithSkillsCheck,
  roleCheck,
  seniorityCheck,
  skillsCheck,
  trendCheck,
  validateBundle,
  validateEnvelope,
  validateIndex,
} from '../../../src/data/bundle/validate.js';
import { validBundle, validIndex, validWireBundle } from './fixture.js';
import type { RoleIndex } from '../../../src/data/bundle/types.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The reason a bundle changed by `mutate` is refused for, or 'ok'. */
function reasonFor(mutate: (b: Json) => void): string {
  const bundle = validBundle() as Json;
  mutate(bundle);
  const result = validateBundle(bundle);
  return result.ok ? 'ok' : result.reason;
}

/** The reason a column-form (on-disk) bundle changed by `mutate` is refused for, or 'ok'. */
function wireReasonFor(mutate: (b: Json) => void): string {
  const bundle = validWireBundle() as Json;
  mutate(bundle);
  const result = validateBundle(bundle);
  return result.ok ? 'ok' : result.reason;
}

/** Freezes `value` and everything in it, so any write to it throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function indexReasonFor(mutate: (i: Json) => void): string {
  const index = validIndex() as Json;
  mutate(index);
  const result = validateIndex(index);
  return result.ok ? 'ok' : result.reason;
}

describe('validateBundle(json)', () => {
  it('validateBundle(json) accepts the hand-written fixture and returns the same object', () => {
    const bundle = validBundle();
    const result = validateBundle(bundle);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.value).to.equal(bundle);
  });

  it('validateBundle(json) accepts the fixture after a JSON round trip', () => {
    expect(validateBundle(JSON.parse(JSON.stringify(validBundle()))).ok).to.equal(true);
  });

  it('validateBundle(json) accepts a newer minor or patch of the same major', () => {
    expect(reasonFor((b) => (b.schemaVersion = '2.7.3'))).to.equal('ok');
  });

  it('validateBundle(json) accepts a role without pay, and a medianWithout of null', () => {
    expect(reasonFor((b) => (b.pay = null))).to.equal('ok');
    expect(reasonFor((b) => (b.pay.bySkill[2].medianWithout = null))).to.equal('ok');
  });

  it('validateBundle(json) accepts an empty role: no listings, no pay, empty lists and window', () => {
    const reason = reasonFor((b) => {
      b.listings = 0;
      b.skillListings = 0;
      b.skills = [];
      b.pay = null;
      b.seniority = b.seniority.map((s: Json) => ({ ...s, count: 0 }));
      b.trend = { weeks: [], totals: [], skillTotals: [], test: { weeks: 4, confidence: 0.95, minMentions: 30 }, skills: [] };
      b.provenance.window = { from: '', to: '' };
    });
    expect(reason).to.equal('ok');
  });

  it('validateBundle(json) keeps hostile names as the exact plain strings they were', () => {
    const name = '<img src=x onerror=alert(1)>';
    const bundle = validBundle();
    bundle.skills[0]!.name = name;
    bundle.role.title = '__proto__';
    const result = validateBundle(bundle);
    expect(result.ok && result.value.skills[0]!.name).to.equal(name);
    expect(result.ok && result.value.role.title).to.equal('__proto__');
  });

  // One mutation per rule, with the exact reason a person is shown.
  const rules: Array<[string, (b: Json) => void, string]> = [
    ['another schema major', (b) => (b.schemaVersion = '3.0.0'), 'schema 3.0.0 is not supported (this library reads 2.x)'],
    ['an older schema major', (b) => (b.schemaVersion = '0.9.0'), 'schema 0.9.0 is not supported (this library reads 2.x)'],
    ['a schema version that is not a string', (b) => (b.schemaVersion = 1), 'schemaVersion is not a string'],
    ['a schema version that is not a version', (b) => (b.schemaVersion = 'latest'), 'schemaVersion is not a version like 1.0.0'],
    ['no role', (b) => delete b.role, 'role is not an object'],
    ['a role that is a list', (b) => (b.role = []), 'role is not an object'],
    ['a title that is not a string', (b) => (b.role.title = 42), 'role.title is not a string'],
    ['a description far too long', (b) => (b.role.description = 'x'.repeat(10_001)), 'role.description is too long'],
    ['a missing fit sentence', (b) => delete b.role.fit, 'role.fit is not a string'],
    ['a slug with spaces', (b) => (b.role.slug = 'Backend Engineer'), 'role.slug is not a slug'],
    ['a related slug that climbs folders', (b) => (b.role.related[1] = '../admin'), 'role.related[1] is not a slug'],
    ['related roles that are not a list', (b) => (b.role.related = 'data-engineer'), 'role.related is not a list'],
    ['a path step body of null', (b) => (b.role.path[0].body = null), 'role.path[0].body is not a string'],
    ['too many path steps', (b) => (b.role.path = Array(51).fill({ title: 't', body: 'b' })), 'role.path has more than 50 items'],
    ['listings as a string', (b) => (b.listings = '400'), 'listings is not a whole number'],
    ['fractional listings', (b) => (b.listings = 400.5), 'listings is not a whole number'],
    ['negative listings', (b) => (b.listings = -1), 'listings is out of range'],
    ['absurd listings', (b) => (b.listings = 1e300), 'listings is out of range'],
    ['NaN listings', (b) => (b.listings = NaN), 'listings is not a whole number'],
    ['infinite listings', (b) => (b.listings = Infinity), 'listings is not a whole number'],
    ['skills that are not a list', (b) => (b.skills = {}), 'skills is not a list'],
    ['a skill that is a string', (b) => (b.skills[2] = 'Go'), 'skills[2] is not an object'],
    ['a fractional skill count', (b) => (b.skills[3].count = 2.5), 'skills[3].count is not a whole number'],
    ['a skill count above the listings that carry skills', (b) => (b.skills[0].count = 381), 'skills[0].count is more than skillListings'],
    ['more listings with skills than listings', (b) => (b.skillListings = 401), 'skillListings is more than listings'],
    ['a skill name of null', (b) => (b.skills[1].name = null), 'skills[1].name is not a string'],
    ['a skill without category', (b) => delete b.skills[2].category, 'skills[2].category is not a string'],
    ['a list of skills with holes', (b) => (b.skills = new Array(3)), 'skills[0] is not an object'],
    ['a thousand and one skills', (b) => (b.skills = Array(1001).fill(b.skills[0])), 'skills has more than 1000 items'],
    ['pay that is a number', (b) => (b.pay = 155000), 'pay is not an object'],
    ['salaried listings above listings', (b) => (b.pay.n = 401), 'pay.n is more than listings'],
    ['a median below p25', (b) => (b.pay.median = 131_999), 'pay.median is below p25'],
    ['a p90 below p75', (b) => (b.pay.p90 = 179_999), 'pay.p90 is below p75'],
    ['an absurd p90', (b) => (b.pay.p90 = 1e9), 'pay.p90 is not a plausible amount'],
    ['a zero p10', (b) => (b.pay.p10 = 0), 'pay.p10 is not a plausible amount'],
    ['a NaN median', (b) => (b.pay.median = NaN), 'pay.median is not a plausible amount'],
    ['a median as a string', (b) => (b.pay.median = '155000'), 'pay.median is not a plausible amount'],
    ['a lowercase currency', (b) => (b.pay.currency = 'usd'), 'pay.currency is not a 3-letter currency code'],
    ['a currency symbol', (b) => (b.pay.currency = '$'), 'pay.currency is not a 3-letter currency code'],
    ['a monthly period', (b) => (b.pay.period = 'month'), 'pay.period is not "year"'],
    ['an unknown pay level', (b) => (b.pay.bySeniority[2].level = 'guru'), 'pay.bySeniority[2].level is not a seniority level'],
    ['a level band on more listings than pay.n', (b) => (b.pay.bySeniority[1].n = 251), 'pay.bySeniority[1].n is more than pay.n'],
    ['a level band out of order', (b) => (b.pay.bySeniority[0].p75 = 99_999), 'pay.bySeniority[0].p75 is below median'],
    [
      'a level band given twice',
      (b) => (b.pay.bySeniority[1].level = 'entry'),
      'pay.bySeniority[1].level is out of career order or repeated',
    ],
    ['level bands out of career order', (b) => b.pay.bySeniority.reverse(), 'pay.bySeniority[1].level is out of career order or repeated'],
    ['a negative minimum skill n', (b) => (b.pay.minSkillN = -1), 'pay.minSkillN is out of range'],
    ['a skill pay n above pay.n', (b) => (b.pay.bySkill[0].n = 251), 'pay.bySkill[0].n is more than pay.n'],
    ['a skill pay n of zero', (b) => (b.pay.bySkill[1].n = 0), 'pay.bySkill[1].n is less than 1'],
    ['pay by skill that is text', (b) => (b.pay.bySkill = 'Go'), 'pay.bySkill is neither a list nor columns'],
    // A hole, as a hand-edited array can have one: the sparse array is the point.
    // eslint-disable-next-line no-sparse-arrays
    ['pay by skill with a hole', (b) => (b.pay.bySkill = [b.pay.bySkill[0], , b.pay.bySkill[2]]), 'pay.bySkill[1] is not an object'],
    [
      'with and without adding up to more than pay.n',
      (b) => (b.pay.bySkill[1].nWithout = 156),
      'pay.bySkill[1].nWithout is more than pay.n minus n',
    ],
    ['a medianWithout as text', (b) => (b.pay.bySkill[2].medianWithout = 'n/a'), 'pay.bySkill[2].medianWithout is not a plausible amount'],
    ['a skill pay median of zero', (b) => (b.pay.bySkill[0].median = 0), 'pay.bySkill[0].median is not a plausible amount'],
    ['a fractional excluded count', (b) => (b.pay.excluded.currency = 1.5), 'pay.excluded.currency is not a whole number'],
    ['excluded as a list', (b) => (b.pay.excluded = [12, 3]), 'pay.excluded is not an object'],
    ['seniority adding up to more than listings', (b) => (b.seniority[3].count = 201), 'seniority counts add up to more than listings'],
    ['an unknown seniority level', (b) => (b.seniority[0].level = 'boss'), 'seniority[0].level is not a seniority level'],
    ['a seniority level given twice', (b) => (b.seniority[1].level = 'intern'), 'seniority[1].level is out of career order or repeated'],
    // A level left out would read as 0 listings at that level.
    ['a seniority level left out', (b) => b.seniority.splice(3, 1), 'seniority has 6 levels, not all 7'],
    [
      'seniority levels out of career order',
      (b) => b.seniority.splice(1, 2, b.seniority[2], b.seniority[1]),
      'seniority[2].level is out of career order or repeated',
    ],
    // The ranking and the path's first step read skills in the order they come.
    ['skills out of order', (b) => b.skills.reverse(), 'skills[1].count is above the count before it'],
    ['a skill given twice', (b) => (b.skills[1] = { ...b.skills[0] }), 'skills[1] repeats Python'],
    ['weeks out of order', (b) => b.trend.weeks.reverse(), 'trend.weeks[1] is not after the week before it'],
    ['a week given twice', (b) => (b.trend.weeks[1] = b.trend.weeks[0]), 'trend.weeks[1] is not after the week before it'],
    ['a trend test over no weeks', (b) => (b.trend.test.weeks = 0), 'trend.test.weeks is less than 1'],
    ['more seniority rows than levels', (b) => b.seniority.push({ level: 'mid', count: 0 }), 'seniority has more than 7 items'],
    ['fewer totals than weeks', (b) => b.trend.totals.pop(), 'trend.totals does not have one value per week (12)'],
    ['a skill trend one week short', (b) => b.trend.skills[1].counts.pop(), 'trend.skills[1].counts does not have one value per week (12)'],
    ['a week that is not an ISO week', (b) => (b.trend.weeks[0] = '2024-38'), 'trend.weeks[0] is not an ISO week (YYYY-Www)'],
    [
      'a weekly skill count above that week',
      (b) => (b.trend.skills[0].counts[11] = 38),
      "trend.skills[0].counts[11] is more than that week's listings with skills",
    ],
    [
      'a week with more listings with skills than listings',
      (b) => (b.trend.skillTotals[11] = 39),
      "trend.skillTotals[11] is more than that week's total",
    ],
    [
      'a trend verdict outside the vocabulary',
      (b) => (b.trend.skills[0].verdict = 'up'),
      'trend.skills[0].verdict is not one of rising, falling, steady',
    ],
    [
      'more recent mentions than listings',
      (b) => (b.trend.skills[0].recent.mentions = 136),
      'trend.skills[0].recent.mentions is more than listings',
    ],
    ['a market key that is not a slug', (b) => (b.market.key = 'United States'), 'market.key is not a slug'],
    ['a pay basis outside the vocabulary', (b) => (b.pay.basis = 'hour'), 'pay.basis is not one of year, all'],
    [
      'a seniority band without percentiles at or above the minimum',
      (b) => (b.pay.bySeniority[0] = { level: 'entry', n: 30 }),
      'pay.bySeniority[0].p10 is not a plausible amount',
    ],
    ['a weekly total above listings', (b) => (b.trend.totals[0] = 401), 'trend.totals[0] is more than listings'],
    ['no trend', (b) => (b.trend = null), 'trend is not an object'],
    ['a generatedAt that is not a date', (b) => (b.provenance.generatedAt = 'yesterday'), 'provenance.generatedAt is not a date'],
    ['a generatedAt at hour 24', (b) => (b.provenance.generatedAt = '2024-12-09T24:00:00.000Z'), 'provenance.generatedAt is not a date'],
    [
      'a generatedAt on a day the calendar lacks',
      (b) => (b.provenance.generatedAt = '2023-02-29T00:00:00Z'),
      'provenance.generatedAt is not a day of the calendar',
    ],
    // A browser's date would roll it over to 2 March: the footer would show a date the bundle never named.
    ['a window from 30 February', (b) => (b.provenance.window.from = '2024-02-30'), 'provenance.window.from is not a day of the calendar'],
    ['a window to month 13', (b) => (b.provenance.window.to = '2024-13-01'), 'provenance.window.to is not a day of the calendar'],
    [
      'a window date in another format',
      (b) => (b.provenance.window.from = '16/09/2024'),
      'provenance.window.from is not a date (YYYY-MM-DD)',
    ],
    ['a window that ends before it starts', (b) => (b.provenance.window.from = '2024-12-09'), 'provenance.window.from is after to'],
    ['a builder version as a number', (b) => (b.provenance.builderVersion = 1), 'provenance.builderVersion is not a string'],
    ['zero hours a year', (b) => (b.provenance.constants.hoursPerYear = 0), 'provenance.constants.hoursPerYear is not a positive number'],
  ];
  for (const [what, mutate, reason] of rules) {
    it(`validateBundle(json) refuses ${what}: "${reason}"`, () => {
      expect(reasonFor(mutate)).to.equal(reason);
    });
  }

  it('validateBundle(json) names the path of any field given the wrong type, in rows and in columns', () => {
    // Walk every field of the fixture; give each one a value of another type and expect the
    // reason to start with that field's path (the walk stops at the first problem, and every
    // field before it is still valid).
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    const name = (path: Array<string | number>) =>
      path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
    for (const fixture of [validBundle, validWireBundle] as Array<() => unknown>) {
      paths.length = 0;
      walk(fixture(), []);
      let checked = 0;
      for (const path of paths.slice(1)) {
        const bundle = fixture() as Json;
        const parent = path.slice(0, -1).reduce<Json>((o, k) => o[k], bundle);
        const key = path.at(-1)!;
        parent[key] = typeof parent[key] === 'string' ? 7 : 'seven';
        const result = validateBundle(bundle);
        expect(result.ok, name(path)).to.equal(false);
        expect(!result.ok && result.reason.startsWith(name(path)), `${name(path)}: ${!result.ok && result.reason}`).to.equal(true);
        checked++;
      }
      expect(checked).to.be.greaterThan(150);
    }
  });
});

describe('validateBundle(json) with pay by skill in columns, as files store it', () => {
  it('validateBundle(json) decodes the columns into exactly the rows the in-memory form has', () => {
    // validWireBundle() is validBundle() with bySkill written by hand as columns; nWithout comes
    // back as pay.n − n (250 − 110 = 140, 250 − 95 = 155, 250 − 160 = 90).
    const result = validateBundle(validWireBundle());
    expect(result.ok).to.equal(true);
    expect(result.ok && result.value).to.deep.equal(validBundle());
    expect(result.ok && result.value.pay!.bySkill).to.deep.equal([
      { name: 'Go', n: 110, median: 170_000, nWithout: 140, medianWithout: 145_000 },
      { name: 'Kubernetes', n: 95, median: 168_000, nWithout: 155, medianWithout: 148_000 },
      { name: 'Python', n: 160, median: 152_000, nWithout: 90, medianWithout: 160_000 },
    ]);
  });

  it("validateBundle(json) decodes after a JSON round trip, and keeps the columns' order", () => {
    const wire = JSON.parse(JSON.stringify(validWireBundle())) as Json;
    wire.pay.bySkill.name.reverse();
    const result = validateBundle(wire);
    expect(result.ok && result.value.pay!.bySkill.map((s) => s.name)).to.deep.equal(['Python', 'Kubernetes', 'Go']);
    expect(result.ok && result.value.pay!.bySkill.map((s) => s.n)).to.deep.equal([110, 95, 160]);
  });

  it('validateBundle(json) never changes its input: it returns a copy with new pay, sharing the rest', () => {
    const wire = deepFreeze(validWireBundle());
    const result = validateBundle(wire);
    expect(result.ok).to.equal(true);
    expect(wire).to.deep.equal(validWireBundle());
    if (!result.ok) return;
    expect(result.value).to.not.equal(wire);
    expect(result.value.pay).to.not.equal(wire.pay);
    // Nothing but pay needed decoding, so the rest is the caller's own objects, not copies.
    expect(result.value.skills).to.equal(wire.skills);
    expect(result.value.pay!.bySeniority).to.equal(wire.pay!.bySeniority);
    // Keys stay in the file's order.
    expect(Object.keys(result.value)).to.deep.equal(Object.keys(wire));
    expect(Object.keys(result.value.pay!)).to.deep.equal(Object.keys(wire.pay!));
  });

  it('validateBundle(json) decodes empty columns to no rows, and a medianWithout of null to null', () => {
    const empty = validateBundle({
      ...validWireBundle(),
      pay: { ...validWireBundle().pay!, bySkill: { name: [], n: [], median: [], medianWithout: [] } },
    });
    expect(empty.ok && empty.value.pay!.bySkill).to.deep.equal([]);
    // Every salaried listing mentions Go: none without it, so nWithout 250 − 250 = 0 and no median.
    const everyone = validWireBundle() as Json;
    everyone.pay.bySkill = { name: ['Go'], n: [250], median: [155_000], medianWithout: [null] };
    const result = validateBundle(everyone);
    expect(result.ok && result.value.pay!.bySkill).to.deep.equal([
      { name: 'Go', n: 250, median: 155_000, nWithout: 0, medianWithout: null },
    ]);
  });

  const rules: Array<[string, (b: Json) => void, string]> = [
    ['fewer medians than names', (b) => b.pay.bySkill.median.pop(), 'pay.bySkill.median does not have one value per name (3)'],
    ['more counts than names', (b) => b.pay.bySkill.n.push(12), 'pay.bySkill.n does not have one value per name (3)'],
    ['fewer names than values', (b) => b.pay.bySkill.name.shift(), 'pay.bySkill.n does not have one value per name (2)'],
    ['no medianWithout column', (b) => delete b.pay.bySkill.medianWithout, 'pay.bySkill.medianWithout is not a list'],
    ['names that are not a list', (b) => (b.pay.bySkill.name = 'Go,Kubernetes,Python'), 'pay.bySkill.name is not a list'],
    ['a name that is a number', (b) => (b.pay.bySkill.name[1] = 7), 'pay.bySkill.name[1] is not a string'],
    ['a count of zero', (b) => (b.pay.bySkill.n[2] = 0), 'pay.bySkill.n[2] is less than 1'],
    ['a fractional count', (b) => (b.pay.bySkill.n[0] = 10.5), 'pay.bySkill.n[0] is not a whole number'],
    ['a count above pay.n', (b) => (b.pay.bySkill.n[1] = 251), 'pay.bySkill.n[1] is more than pay.n'],
    ['a negative count', (b) => (b.pay.bySkill.n[1] = -5), 'pay.bySkill.n[1] is out of range'],
    ['a median of zero', (b) => (b.pay.bySkill.median[0] = 0), 'pay.bySkill.median[0] is not a plausible amount'],
    ['an absurd median', (b) => (b.pay.bySkill.median[2] = 1e12), 'pay.bySkill.median[2] is not a plausible amount'],
    ['a median of null', (b) => (b.pay.bySkill.median[1] = null), 'pay.bySkill.median[1] is not a plausible amount'],
    ['a medianWithout as text', (b) => (b.pay.bySkill.medianWithout[2] = 'n/a'), 'pay.bySkill.medianWithout[2] is not a plausible amount'],
    ['a negative medianWithout', (b) => (b.pay.bySkill.medianWithout[0] = -1), 'pay.bySkill.medianWithout[0] is not a plausible amount'],
    // eslint-disable-next-line no-sparse-arrays
    ['a column with a hole', (b) => (b.pay.bySkill.median = [170_000, , 152_000]), 'pay.bySkill.median[1] is not a plausible amount'],
    ['columns of 1001 skills', (b) => (b.pay.bySkill.name = Array(1001).fill('Go')), 'pay.bySkill.name has more than 1000 items'],
    ['pay by skill of null', (b) => (b.pay.bySkill = null), 'pay.bySkill is neither a list nor columns'],
  ];
  for (const [what, mutate, reason] of rules) {
    it(`validateBundle(json) refuses columns with ${what}: "${reason}"`, () => {
      expect(wireReasonFor(mutate)).to.equal(reason);
    });
  }

  it('validateBundle(json) accepts a medianWithout of null in columns', () => {
    expect(wireReasonFor((b) => (b.pay.bySkill.medianWithout[1] = null))).to.equal('ok');
  });
});

describe('validateBundle(json) with hostile input', () => {
  it('validateBundle(json) refuses anything that is not an object without throwing', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const inputs: unknown[] = [
      undefined,
      null,
      0,
      NaN,
      '',
      '{"schemaVersion":"1.0.0"}',
      [],
      [validBundle()],
      true,
      Symbol('x'),
      10n,
      () => validBundle(),
      revoked.proxy,
    ];
    for (const input of inputs) {
      const result = validateBundle(input);
      expect(result.ok, String(typeof input)).to.equal(false);
      expect(!result.ok && result.reason)
        .to.be.a('string')
        .and.not.equal('');
    }
  });

  it('validateBundle(json) turns a throwing getter or proxy into a reason', () => {
    const bundle = validBundle() as Json;
    Object.defineProperty(bundle, 'listings', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const trap = new Proxy(validBundle(), {
      get: () => {
        throw new Error('trap');
      },
    });
    for (const input of [bundle, trap]) {
      const result = validateBundle(input);
      expect(result).to.deep.equal({ ok: false, reason: 'the data could not be read' });
    }
  });

  it('validateBundle(json) reads own fields only, never inherited ones', () => {
    expect(validateBundle(Object.create(validBundle()))).to.deep.equal({ ok: false, reason: 'schemaVersion is not a string' });
    const { role, ...rest } = validBundle();
    const withRoleOnPrototype = Object.assign(Object.create({ role }), rest);
    expect(validateBundle(withRoleOnPrototype)).to.deep.equal({ ok: false, reason: 'role is not an object' });
  });

  it('validateBundle(json) treats "__proto__" keys from JSON as plain data and pollutes nothing', () => {
    const good = JSON.stringify(validBundle());
    const excluded = JSON.parse(good.replace('"excluded":{', '"excluded":{"__proto__":4,'));
    expect(Object.keys(excluded.pay.excluded)).to.include('__proto__');
    expect(validateBundle(excluded).ok).to.equal(true);
    const badProto = JSON.parse(good.replace('"excluded":{', '"excluded":{"__proto__":"x",'));
    expect(validateBundle(badProto)).to.deep.equal({ ok: false, reason: 'pay.excluded.__proto__ is not a whole number' });
    // A role smuggled in through "__proto__" is not a role.
    const smuggled = JSON.parse(good.replace('"role":', '"__proto__":{"role":1},"nothing":'));
    expect(validateBundle(smuggled)).to.deep.equal({ ok: false, reason: 'role is not an object' });
    expect(({} as Json).role).to.equal(undefined);
  });

  it('validateBundle(json) refuses a huge list quickly, before looking at its items', () => {
    const t0 = performance.now();
    const result = validateBundle({ ...validBundle(), skills: new Array(5_000_000) });
    expect(result).to.deep.equal({ ok: false, reason: 'skills has more than 1000 items' });
    expect(performance.now() - t0).to.be.below(1000);
  });

  it('validateBundle(json) never throws for random hostile values anywhere in a bundle', () => {
    // A seeded generator so a failure can be replayed.
    let seed = 20241209;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const hostile: unknown[] = [
      null,
      undefined,
      -1,
      0,
      1.5,
      1e308,
      -0,
      NaN,
      Infinity,
      '',
      '__proto__',
      'constructor',
      {},
      [],
      [[]],
      true,
      'x'.repeat(20_000),
      { length: 1e9 },
      new Array(2000),
    ];
    for (let run = 0; run < 800; run++) {
      // Half the runs start from rows, half from the columns files store.
      const bundle = (run % 2 ? validWireBundle() : validBundle()) as Json;
      let node: Json = bundle;
      // Descend a random number of levels, then replace one field.
      for (let depth = 0; depth < 4; depth++) {
        const keys = Object.keys(node);
        const key = keys[Math.floor(random() * keys.length)]!;
        if (random() < 0.4 || !node[key] || typeof node[key] !== 'object') {
          node[key] = hostile[Math.floor(random() * hostile.length)];
          break;
        }
        node = node[key];
      }
      const result = validateBundle(bundle);
      expect(typeof result.ok).to.equal('boolean');
      if (!result.ok) expect(result.reason.length).to.be.within(1, 200);
    }
  });
});

describe('bundleCheck(sections)', () => {
  /** A bundle with one field of every section broken. */
  function everySectionBroken(): Json {
    const b = validBundle() as Json;
    b.skills[0].count = 2.5;
    b.pay.median = 0;
    b.pay.bySkill[0].n = 0;
    b.seniority[0].level = 'boss';
    b.trend.totals.pop();
    return b;
  }
  const reasonWith = (check: (json: unknown) => { ok: boolean; reason?: string }, b: Json) => {
    const r = check(b);
    return r.ok ? 'ok' : r.reason;
  };

  it('bundleCheck(sections) reports only the broken section it was given', () => {
    const b = everySectionBroken();
    expect(reasonWith(bundleCheck({ skills: skillsCheck }), b)).to.equal('skills[0].count is not a whole number');
    expect(reasonWith(bundleCheck({ pay: payCheck }), b)).to.equal('pay.median is not a plausible amount');
    expect(reasonWith(bundleCheck({ seniority: seniorityCheck }), b)).to.equal('seniority[0].level is not a seniority level');
    expect(reasonWith(bundleCheck({ trend: trendCheck }), b)).to.equal('trend.totals does not have one value per week (12)');
  });

  it('bundleCheck(sections) accepts a bundle whose broken sections it does not read, and returns it unchanged', () => {
    const b = validBundle() as Json;
    b.trend = 'not a trend';
    b.skills = null;
    const result = bundleCheck({ pay: payCheck, seniority: seniorityCheck })(b);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value).to.equal(b);
  });

  it('bundleCheck(sections) always checks the envelope: version, role, listings and provenance', () => {
    const cases: [(b: Json) => void, string][] = [
      [(b) => (b.schemaVersion = '3.0.0'), 'schema 3.0.0 is not supported (this library reads 2.x)'],
      [(b) => (b.role.slug = 'Backend Engineer'), 'role.slug is not a slug'],
      [(b) => (b.listings = -1), 'listings is out of range'],
      [(b) => (b.provenance.window.from = '2024-12-09'), 'provenance.window.from is after to'],
    ];
    for (const [mutate, reason] of cases) {
      const b = validBundle() as Json;
      mutate(b);
      expect(reasonWith(bundleCheck({ trend: trendCheck }), b)).to.equal(reason);
      expect(reasonWith(validateEnvelope, b)).to.equal(reason);
    }
  });

  it("bundleCheck({ role: roleCheck }) checks the role's copy, which the envelope alone does not read", () => {
    const b = validBundle() as Json;
    b.role.path[0].body = 42;
    b.provenance.constants.hoursPerYear = 0;
    expect(reasonWith(validateEnvelope, b)).to.equal('ok');
    expect(reasonWith(bundleCheck({ role: roleCheck }), b)).to.equal('role.path[0].body is not a string');
    expect(reasonWith(validateBundle, b)).to.equal('role.path[0].body is not a string');
    b.role.path[0].body = 'Learn SQL.';
    expect(reasonWith(validateBundle, b)).to.equal('provenance.constants.hoursPerYear is not a positive number');
  });

  it('bundleCheck({ pay: payCheck }) leaves pay by skill and its counts as they came; payWithSkillsCheck checks them and decodes the columns', () => {
    const wire = validWireBundle() as Json;
    wire.pay.bySkill.n[0] = 0; // a broken column that only payWithSkillsCheck reads
    const plain = bundleCheck({ pay: payCheck })(wire);
    expect(plain.ok).to.equal(true);
    if (plain.ok) expect((plain.value as Json).pay.bySkill).to.equal(wire.pay.bySkill);
    expect(reasonWith(bundleCheck({ pay: payWithSkillsCheck }), wire)).to.equal('pay.bySkill.n[0] is less than 1');

    const counts = validBundle() as Json;
    counts.pay.minSkillN = -1;
    counts.pay.excluded = 'none';
    expect(reasonWith(bundleCheck({ pay: payCheck }), counts)).to.equal('ok');
    expect(reasonWith(bundleCheck({ pay: payWithSkillsCheck }), counts)).to.equal('pay.minSkillN is out of range');
    counts.pay.minSkillN = 5;
    expect(reasonWith(bundleCheck({ pay: payWithSkillsCheck }), counts)).to.equal('ok');
    expect(reasonWith(validateBundle, counts)).to.equal('pay.excluded is not an object');

    const decoded = bundleCheck({ pay: payWithSkillsCheck })(validWireBundle());
    expect(decoded.ok).to.equal(true);
    if (decoded.ok) expect(decoded.value.pay!.bySkill).to.deep.equal(validBundle().pay!.bySkill);
  });

  it('validateBundle(json) checks every section: each broken one alone is refused', () => {
    const breakers: ((b: Json) => void)[] = [
      (b) => (b.skills[0].count = 2.5),
      (b) => (b.pay.bySkill[0].n = 0),
      (b) => (b.seniority[0].level = 'boss'),
      (b) => b.trend.totals.pop(),
    ];
    for (const mutate of breakers) expect(reasonFor(mutate)).to.not.equal('ok');
  });
});

describe('validateIndex(json)', () => {
  it('validateIndex(json) accepts the hand-written index and returns the same object', () => {
    const index = validIndex();
    const result = validateIndex(index);
    expect(result.ok && result.value).to.equal(index);
  });

  it('validateIndex(json) reads an index of schema 2.0, which has no salaries or basis, with both null', () => {
    const index: Json = validIndex();
    index.schemaVersion = '2.0.0';
    for (const role of index.roles) {
      delete role.salaries;
      delete role.basis;
    }
    const result = validateIndex(index);
    expect(result.ok).to.equal(true);
    const roles = (result as { value: RoleIndex }).value.roles;
    expect(roles.map((r) => [r.slug, r.medianPay, r.salaries, r.basis])).to.deep.equal([
      ['backend-engineer', 155_000, null, null],
      ['frontend-engineer', 140_000, null, null],
      ['data-engineer', null, null, null],
    ]);
    // The file itself is left as it was.
    expect(Object.hasOwn(index.roles[0], 'salaries')).to.equal(false);
  });

  it('validateIndex(json) accepts an empty list of roles', () => {
    expect(indexReasonFor((i) => (i.roles = []))).to.equal('ok');
  });

  const rules: Array<[string, (i: Json) => void, string]> = [
    ['another schema major', (i) => (i.schemaVersion = '3.1.0'), 'schema 3.1.0 is not supported (this library reads 2.x)'],
    ['no generatedAt', (i) => delete i.generatedAt, 'generatedAt is not a string'],
    ['roles that are not a list', (i) => (i.roles = { 'backend-engineer': {} }), 'roles is not a list'],
    ['a role that is null', (i) => (i.roles[1] = null), 'roles[1] is not an object'],
    ['a slug that is a link', (i) => (i.roles[2].slug = 'javascript:alert(1)'), 'roles[2].slug is not a slug'],
    ['a title that is missing', (i) => delete i.roles[0].title, 'roles[0].title is not a string'],
    ['fractional listings', (i) => (i.roles[0].listings = 2.5), 'roles[0].listings is not a whole number'],
    ['a negative median pay', (i) => (i.roles[1].medianPay = -1), 'roles[1].medianPay is not a plausible amount'],
    ['a median pay without a currency', (i) => (i.roles[0].currency = null), 'roles[0].currency is missing'],
    ['a currency that is not a code', (i) => (i.roles[0].currency = 'dollars'), 'roles[0].currency is not a 3-letter currency code'],
    ['more salaries than listings', (i) => (i.roles[0].salaries = i.roles[0].listings + 1), 'roles[0].salaries is more than its listings'],
    ['salaries that are not a count', (i) => (i.roles[1].salaries = '140'), 'roles[1].salaries is not a whole number'],
    ['a basis that is not one', (i) => (i.roles[0].basis = 'hour'), 'roles[0].basis is not one of year, all'],
    ['a role listed twice', (i) => (i.roles[1].slug = 'backend-engineer'), 'roles[1] repeats backend-engineer'],
    ['more than ten thousand roles', (i) => (i.roles = Array(10_001).fill(i.roles[0])), 'roles has more than 10000 items'],
  ];
  for (const [what, mutate, reason] of rules) {
    it(`validateIndex(json) refuses ${what}: "${reason}"`, () => {
      expect(indexReasonFor(mutate)).to.equal(reason);
    });
  }

  it('validateIndex(json) refuses a bundle, and validateBundle(json) an index', () => {
    expect(validateIndex(validBundle()).ok).to.equal(false);
    expect(validateBundle(validIndex())).to.deep.equal({ ok: false, reason: 'role is not an object' });
  });

  it('validateIndex(json) never throws for input that is not an object', () => {
    for (const input of [undefined, null, 'index', 3, [validIndex()]]) {
      expect(validateIndex(input).ok).to.equal(false);
    }
  });
});
