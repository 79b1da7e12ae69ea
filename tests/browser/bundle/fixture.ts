/**
 * A small, hand-written, internally consistent bundle and index for validator and loader tests.
 * Every consistency rule holds with room to spare, so one mutation breaks exactly one rule:
 * - listings 400, of which 380 carry skills; every skill count ≤ 380; seniority counts 4+48+100+200+36+2+10 = 400.
 * - pay.n 250 ≤ 400; bySeniority n 30+70+120+30 = 250, each ≤ 250; every band ordered.
 * - bySkill: Go 110 + 140 = 250, Kubernetes 95 + 155 = 250, Python 160 + 90 = 250.
 * - trend: 12 weeks, 12 totals and skill totals, 12 counts per skill, each count ≤ that week's skill total;
 *   recent = the last 4 weeks' sums (mentions; skill totals 33+34+31+37 = 135), earlier = the 4 before (129).
 * `validWireBundle()` is the same bundle as a file stores it: pay by skill in columns, without nWithout.
 */
import type { RoleBundle, RoleBundleWire, RoleIndex } from '../../../src/data/bundle/types.js';

export function validBundle(): RoleBundle {
  return {
    schemaVersion: '2.1.0',
    role: {
      slug: 'backend-engineer',
      title: 'Backend Engineer',
      description: 'Backend engineers build the services, APIs and data stores behind an application.',
      fit: 'A fit if you like designing systems and making them reliable at scale.',
      related: ['frontend-engineer', 'data-engineer'],
      path: [
        { title: 'Learn the core stack', body: 'Start with {skills}.' },
        { title: 'Aim for the common level', body: '{levelShare} of {role} postings sit at the {level} level.' },
      ],
    },
    market: { key: 'united-states', name: 'United States', pooled: false, mix: [] },
    listings: 400,
    skillListings: 380,
    skills: [
      { name: 'Python', category: 'language', count: 248 },
      { name: 'PostgreSQL', category: 'database', count: 212 },
      { name: 'Go', category: 'language', count: 180 },
      { name: 'Kubernetes', category: 'platform', count: 150 },
      { name: 'AWS', category: 'cloud', count: 140 },
    ],
    pay: {
      n: 250,
      p10: 110_000,
      p25: 132_000,
      median: 155_000,
      p75: 180_000,
      p90: 210_000,
      currency: 'USD',
      period: 'year',
      basis: 'year',
      annualised: { n: 40, median: 120_000 },
      minSeniorityN: 10,
      bySeniority: [
        { level: 'entry', n: 30, p10: 80_000, p25: 90_000, median: 100_000, p75: 112_000, p90: 125_000 },
        { level: 'mid', n: 70, p10: 105_000, p25: 118_000, median: 130_000, p75: 145_000, p90: 160_000 },
        { level: 'senior', n: 120, p10: 140_000, p25: 152_000, median: 165_000, p75: 185_000, p90: 205_000 },
        { level: 'lead', n: 30, p10: 170_000, p25: 185_000, median: 200_000, p75: 225_000, p90: 250_000 },
      ],
      lowConfidenceN: 10,
      minSkillN: 20,
      bySkill: [
        { name: 'Go', n: 110, median: 170_000, nWithout: 140, medianWithout: 145_000 },
        { name: 'Kubernetes', n: 95, median: 168_000, nWithout: 155, medianWithout: 148_000 },
        { name: 'Python', n: 160, median: 152_000, nWithout: 90, medianWithout: 160_000 },
      ],
      excluded: { currency: 12, implausible: 3 },
    },
    seniority: [
      { level: 'intern', count: 4 },
      { level: 'entry', count: 48 },
      { level: 'mid', count: 100 },
      { level: 'senior', count: 200 },
      { level: 'lead', count: 36 },
      { level: 'executive', count: 2 },
      { level: 'unspecified', count: 10 },
    ],
    trend: {
      weeks: [
        '2024-W38',
        '2024-W39',
        '2024-W40',
        '2024-W41',
        '2024-W42',
        '2024-W43',
        '2024-W44',
        '2024-W45',
        '2024-W46',
        '2024-W47',
        '2024-W48',
        '2024-W49',
      ],
      totals: [30, 32, 31, 35, 33, 34, 36, 30, 34, 35, 32, 38],
      skillTotals: [29, 31, 30, 34, 32, 33, 35, 29, 33, 34, 31, 37],
      test: { weeks: 4, confidence: 0.95, minMentions: 30 },
      skills: [
        {
          name: 'Python',
          counts: [18, 20, 19, 22, 21, 20, 23, 18, 21, 22, 19, 25],
          verdict: 'steady',
          recent: { mentions: 87, listings: 135 },
          earlier: { mentions: 82, listings: 129 },
        },
        {
          name: 'PostgreSQL',
          counts: [16, 17, 16, 18, 17, 18, 19, 16, 18, 18, 17, 20],
          verdict: 'steady',
          recent: { mentions: 73, listings: 135 },
          earlier: { mentions: 70, listings: 129 },
        },
      ],
    },
    provenance: {
      generatedAt: '2024-12-09T00:00:00.000Z',
      source: 'sample listings',
      window: { from: '2024-09-16', to: '2024-12-08' },
      builderVersion: '0.1.0',
      constants: {
        hoursPerYear: 2080,
        daysPerYear: 260,
        weeksPerYear: 52,
        monthsPerYear: 12,
        plausibleMin: 10_000,
        plausibleMax: 2_000_000,
      },
      reposts: 12,
      repostDays: 30,
      titlesOutsidePatterns: 5,
    },
  };
}

/**
 * `validBundle()` with pay by skill written by hand in the column form files use: the same three
 * skills in the same order, and no nWithout (a reader works it out as pay.n − n: 250 − 110 = 140,
 * 250 − 95 = 155, 250 − 160 = 90).
 */
export function validWireBundle(): RoleBundleWire {
  const bundle = validBundle() as unknown as RoleBundleWire;
  bundle.pay!.bySkill = {
    name: ['Go', 'Kubernetes', 'Python'],
    n: [110, 95, 160],
    median: [170_000, 168_000, 152_000],
    medianWithout: [145_000, 148_000, 160_000],
  };
  return bundle;
}

export function validIndex(): RoleIndex {
  return {
    schemaVersion: '2.1.0',
    generatedAt: '2024-12-09T00:00:00.000Z',
    roles: [
      {
        slug: 'backend-engineer',
        title: 'Backend Engineer',
        market: 'all',
        markets: [{ key: 'all', name: 'All markets', listings: 400 }],
        listings: 400,
        medianPay: 155_000,
        currency: 'USD',
        salaries: 160,
        basis: 'year',
      },
      {
        slug: 'frontend-engineer',
        title: 'Frontend Engineer',
        market: 'all',
        markets: [{ key: 'all', name: 'All markets', listings: 310 }],
        listings: 310,
        medianPay: 140_000,
        currency: 'USD',
        salaries: 124,
        basis: 'year',
      },
      {
        slug: 'data-engineer',
        title: 'Data Engineer',
        market: 'all',
        markets: [{ key: 'all', name: 'All markets', listings: 0 }],
        listings: 0,
        medianPay: null,
        currency: null,
        salaries: 0,
        basis: 'year',
      },
    ],
  };
}
