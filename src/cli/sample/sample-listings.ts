import type { SeniorityLevel } from '../../data/bundle/types.js';
import { DEFAULT_SKILLS } from '../../data/taxonomy/index.js';
import { Quota, WeightedQuota } from './quota.js';
import { Random } from './random.js';
import { ROLE_PROFILES, UNCLASSIFIABLE_TITLES, type RoleProfile } from './role-profiles.js';
import { listSpellings, proseName, proseNameAlone } from './skill-spellings.js';

export interface SampleOptions {
  count: number;
  seed: number;
  /** Last posting day (UTC midnight, ms); listings span the `weeks` weeks that end with it. */
  end: number;
  weeks?: number;
}

/** A synthetic listing and what it was generated to say, so tests can check the builder reads it back. */
export interface SampleListing {
  listing: Record<string, unknown>;
  intended: {
    role: string | undefined;
    seniority: SeniorityLevel;
    skills: string[];
    /** A repeat of an earlier listing's id (the builder must drop it). */
    duplicate: boolean;
  };
}

const DAY = 86_400_000;
const COMPANIES = [
  'Northwind Labs',
  'Bluebird Health',
  'Riverbend Bank',
  'Copperleaf Software',
  'Lumen Logistics',
  'Harbor Retail',
  'Quartz Insurance',
  'Juniper Media',
  'Tidewater Energy',
  'Summit Travel',
  'Kestrel Games',
  'Mosaic Learning',
  'Evergreen Foods',
  'Atlas Freight',
  'Beacon Security',
];
const US_CITIES = [
  'New York, NY',
  'San Francisco, CA',
  'Austin, TX',
  'Seattle, WA',
  'Chicago, IL',
  'Boston, MA',
  'Denver, CO',
  'Atlanta, GA',
  'Raleigh, NC',
  'Salt Lake City, UT',
];
const TEAMS = ['payments', 'growth', 'core services', 'customer experience', 'logistics', 'search', 'identity', 'billing', 'marketplace'];
/* Phrases full of near-misses the skill extractor must not count: Google (not Go), R&D (not R),
   go-to-market, C-suite, lower-case "excel", "spark", "react" and "rest". */
const TRAPS = [
  ' Our R&D group works closely with the go-to-market team.',
  ' You will present to the C-suite and help teammates excel.',
  ' We are backed by Google Ventures and react quickly to feedback.',
  ' Curiosity is the spark; the rest is teamwork.',
  '',
  '',
];

const LEVEL_TITLES: Record<Exclude<SeniorityLevel, 'executive' | 'unspecified'>, readonly string[]> = {
  intern: ['{t} Intern', '{t} Internship', 'Intern, {t}'],
  entry: ['Junior {t}', 'Associate {t}', 'Entry-Level {t}', '{t} I', 'Jr. {t}'],
  mid: ['{t} II', 'Mid-Level {t}'],
  senior: ['Senior {t}', 'Sr. {t}', '{t} III', 'Senior {t}'],
  lead: ['Lead {t}', 'Principal {t}', 'Staff {t}', '{t} Lead'],
};

function title(random: Random, profile: RoleProfile, level: SeniorityLevel): string {
  if (level === 'executive') return random.pick(profile.executiveTitles);
  const base = random.pick(profile.titles);
  if (level === 'unspecified') return base;
  return random.pick(LEVEL_TITLES[level]).replace('{t}', base);
}

function description(random: Random, company: string, skills: readonly string[], needsNeighbour: (name: string) => boolean): string {
  const intro = `${company} is growing its ${random.pick(TEAMS)} team.${random.pick(TRAPS)}`;
  const [first] = skills;
  if (first === undefined) return `${intro} We value ownership, clear writing and kind code reviews.`;
  if (skills.length === 1) return `${intro} Day to day you will work with ${proseNameAlone(first)}.`;
  // In a list, ambiguous names are anchored by their neighbours; if every name needs one, write the first unambiguously.
  const names = skills.map(proseName);
  if (skills.every(needsNeighbour)) names[0] = proseNameAlone(first);
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${intro} Our stack: ${list}. We value ownership and kind code reviews.`;
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/**
 * Deterministic synthetic job listings for several roles, oldest first, shaped like real postings:
 * mixed title wording, skills lists in mixed spellings (and some descriptions instead), pay as
 * ranges or single figures, some hourly, a few in other currencies or implausible, a few reposted
 * ids and a few titles outside every role.
 */
export function* sampleListings(options: SampleOptions): Generator<SampleListing> {
  const random = new Random(options.seed);
  // Which names the taxonomy knows, and which are ordinary words too (their prose form differs).
  const byName = new Map(DEFAULT_SKILLS.skills.map((s) => [s.name, s]));
  const isAmbiguous = (name: string) => (byName.get(name)?.ambiguous ?? []).includes(name.toLowerCase());
  const days = (options.weeks ?? 16) * 7;
  const start = options.end - (days - 1) * DAY;
  // Posting volume grows a little over the window and dips at weekends.
  const dayWeights = Array.from({ length: days }, (_, d) => {
    const weekday = new Date(start + d * DAY).getUTCDay();
    return (0.85 + 0.3 * (d / days)) * (weekday === 0 || weekday === 6 ? 0.35 : 1);
  });
  const totalWeight = dayWeights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  dayWeights.reduce((sum, w, i) => (cumulative[i] = sum + w / totalWeight), 0);
  const profiles = ROLE_PROFILES.map((p) => [p, p.weight] as const);
  // Quotas keep each role's shares (levels, skills, pay stated) close to its profile at any seed.
  const quotas = new Map(
    ROLE_PROFILES.map((p) => [
      p.slug,
      {
        level: new WeightedQuota<SeniorityLevel>(random),
        salaried: new Quota(random),
        skills: new Map(p.skills.map(([name]) => [name, new Quota(random)])),
      },
    ]),
  );
  const recent: SampleListing[] = [];
  let day = 0;

  for (let i = 0; i < options.count; i++) {
    // Stratified by position so listings come out in date order without sorting them all.
    const u = (i + random.next()) / options.count;
    while (day < days - 1 && (cumulative[day] ?? 1) < u) day += 1;
    const postedAt = start + day * DAY + random.int(0, DAY / 1000 - 1) * 1000;

    if (recent.length > 20 && random.chance(0.003)) {
      const copy = random.pick(recent);
      yield { listing: copy.listing, intended: { ...copy.intended, duplicate: true } };
      continue;
    }
    const id = `sample-${String(i + 1).padStart(7, '0')}`;
    const company = random.pick(COMPANIES);
    if (random.chance(0.005)) {
      const listing = {
        id,
        title: random.pick(UNCLASSIFIABLE_TITLES),
        postedAt: new Date(postedAt).toISOString(),
        company,
        location: random.pick(US_CITIES),
        country: 'United States',
        remote: false,
        employmentType: 'Full-time',
      };
      yield { listing, intended: { role: undefined, seniority: 'unspecified', skills: [], duplicate: false } };
      continue;
    }

    const profile = random.weighted(profiles);
    const quota = quotas.get(profile.slug);
    if (!quota) throw new Error(`no quota for the sample profile ${profile.slug}`);
    const level = quota.level.pick(profile.seniority);
    const t = (postedAt - start) / (days * DAY);
    const skills = profile.skills
      .filter(([name, share, , drift = 0]) => quota.skills.get(name)?.take(share * (1 + drift * (t - 0.5))) ?? false)
      .map(([name]) => name);
    const premium = profile.skills.reduce((m, [name, , p = 1]) => (skills.includes(name) ? m * p : m), 1);

    const contract = random.chance(0.12);
    const abroad = random.chance(0.02);
    const listing: Record<string, unknown> = {
      id,
      title: title(random, profile, level),
      postedAt: new Date(postedAt).toISOString(),
      company,
      location: abroad
        ? random.pick(['London, UK', 'Berlin, Germany', 'Amsterdam, Netherlands'])
        : random.chance(0.2)
          ? 'Remote'
          : random.pick(US_CITIES),
      country: abroad ? 'Europe' : 'United States',
      remote: random.chance(0.25),
      employmentType: contract ? 'Contractor' : random.chance(0.03) ? 'Part-time' : 'Full-time',
    };
    if (random.chance(0.25)) listing.role = profile.slug;
    const described = random.chance(0.15);
    // Prose only names skills the taxonomy knows; keywords outside it appear in skills lists.
    const intendedSkills = described ? skills.filter((name) => byName.has(name)) : skills;
    if (described) listing.description = description(random, company, intendedSkills, isAmbiguous);
    else listing.skills = skills.map((name) => random.pick(listSpellings(name)));

    if (quota.salaried.take(profile.salaried)) {
      const low = random.chance(profile.lowShare) ? profile.lowFactor : 1;
      const annual = profile.pay[level] * premium * low * Math.exp(profile.sigma * random.normal());
      const currency = abroad ? (listing.location === 'London, UK' ? 'GBP' : 'EUR') : 'USD';
      const local = abroad ? annual * 0.8 : annual;
      if (random.chance(0.004)) {
        // A rate typed into a yearly field: annualised it is far below any salary, so it is implausible.
        const rate = roundTo(local / 2080, 1);
        listing.salary = { min: rate, max: rate, currency, period: 'year' };
      } else if (contract && random.chance(0.6)) {
        const rate = roundTo(local / 2080, 0.5);
        listing.salary = random.chance(0.5)
          ? { min: roundTo(rate * 0.9, 0.5), max: roundTo(rate * 1.1, 0.5), currency, period: 'hour' }
          : { min: rate, max: rate, currency, period: 'hour' };
      } else {
        const shape = random.next();
        const spread = 0.08 + 0.12 * random.next();
        listing.salary =
          shape < 0.6
            ? { min: roundTo(local * (1 - spread), 1000), max: roundTo(local * (1 + spread), 1000), currency, period: 'year' }
            : shape < 0.9
              ? { min: roundTo(local, 1000), max: roundTo(local, 1000), currency, period: 'year' }
              : random.chance(0.5)
                ? { min: roundTo(local, 1000), currency, period: 'year' }
                : { max: roundTo(local, 1000), currency, period: 'year' };
      }
    }
    const sample: SampleListing = {
      listing,
      intended: { role: profile.slug, seniority: level, skills: [...intendedSkills].sort(), duplicate: false },
    };
    recent.push(sample);
    if (recent.length > 50) recent.shift();
    yield sample;
  }
}
