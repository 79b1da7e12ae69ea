// Writes tests/fixtures/listings/seed-backend.ndjson: a "seed-shaped" data set that mirrors the
// reference page "How to become a Backend Engineer". It is clean, unique, yearly and single-market:
// 286 backend-engineer listings, all in the United States, each a distinct company + location (so
// no reposts), posted over 12 complete ISO weeks, each with a skills list, 226 of them with a
// salary stated per year in USD. No randomness: run it again and the file is the same, byte for
// byte. tests/node/cli/seed-fixture.test.ts works every figure out by hand from what is here.
//
//   node --import tsx scripts/make-seed-fixture.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LISTINGS = 286;
const DAYS = 84; // Monday 2024-09-02 to Sunday 2024-11-24: 12 complete ISO weeks
const FIRST_DAY = Date.UTC(2024, 8, 2, 12); // noon UTC

/** `count` values from `first`, `step` apart. */
const ladder = (count: number, first: number, step: number) => Array.from({ length: count }, (_, k) => first + k * step);

// The 226 yearly salaries, in ascending order (0-based index in brackets). Grafana's three are the
// only ones above 179,000 and below 210,000.
const GRAFANA = [180_000, 192_485, 200_000];
const SALARIES = [
  ...ladder(56, 40_000, 500), //  [0–55]    40,000 … 67,500 (p10: [22] 51,000, [23] 51,500)
  76_083,
  76_083, //               [56–57]   p25
  ...ladder(53, 80_000, 800), //  [58–110]  80,000 … 121,600
  123_000, //                      [111]     the median of the 223 salaries without Grafana
  124_671,
  124_671, //             [112–113] the median
  ...ladder(54, 126_000, 600), // [114–167] 126,000 … 157,800
  161_654,
  161_654, //             [168–169] p75
  ...ladder(29, 165_000, 500), // [170–198] 165,000 … 179,000
  ...GRAFANA, //                   [199–201] the Grafana listings
  210_000,
  210_000, //             [202–203] p90
  ...ladder(22, 215_000, 5_000), // [204–225] 215,000 … 320,000
];

// Titles by level (the builder reads the level from the title): 203 senior, 83 others.
const TITLES: [title: string, count: number][] = [
  ['Senior Backend Engineer', 203],
  ['Junior Backend Engineer', 20],
  ['Backend Engineer II', 25],
  ['Lead Backend Engineer', 18],
  ['Backend Engineer', 20],
];

// Skill keywords and how many listings mention each. AWS (43 of 286, 15%) is the top skill.
const SKILLS: [keyword: string, count: number][] = [
  ['aws', 43],
  ['postgres', 40],
  ['docker', 38],
  ['python', 36],
  ['kubernetes', 30],
  ['golang', 27],
  ['java', 24],
  ['redis', 20],
  ['kafka', 17],
  ['terraform', 14],
  ['typescript', 12],
];

// 26 companies × 11 cities = 286 distinct (company, location) pairs, one per listing.
const COMPANIES =
  'Acme Birch Cobalt Delta Ember Fjord Granite Harbor Indigo Juniper Kestrel Lumen Maple Nimbus Onyx Pine Quartz Raven Sable Tidal Umber Vertex Willow Xenon Yarrow Zephyr'.split(
    ' ',
  );
const CITIES = [
  'New York, NY',
  'San Francisco, CA',
  'Seattle, WA',
  'Austin, TX',
  'Boston, MA',
  'Chicago, IL',
  'Denver, CO',
  'Atlanta, GA',
  'Los Angeles, CA',
  'Portland, OR',
  'Miami, FL',
];

/** True for `k` of the positions 0 … n−1, evenly spread. */
const spread = (i: number, k: number, n: number) => Math.floor(((i + 1) * k) / n) > Math.floor((i * k) / n);
/** A fixed shuffle of 0 … n−1, for a stride coprime with n (97 and 103 are, with 286 and 226). */
const shuffle = (i: number, n: number, stride: number) => (i * stride) % n;

const titles = TITLES.flatMap(([title, count]) => Array<string>(count).fill(title));
let salaried = 0;
const lines = Array.from({ length: LISTINGS }, (_, i) => {
  const day = Math.floor((i * DAYS) / LISTINGS); // 0 (2024-09-02) … 83 (2024-11-24)
  const skills = SKILLS.filter(([, count], s) => spread((i + 7 * s) % LISTINGS, count, LISTINGS)).map(([keyword]) => keyword);
  let salary: { min: number; max: number; currency: string; period: string } | undefined;
  if (spread(i, SALARIES.length, LISTINGS)) {
    const value = SALARIES[shuffle(salaried++, SALARIES.length, 97)];
    if (value === undefined) throw new Error('the salary shuffle left the list');
    if (GRAFANA.includes(value)) skills.push('grafana');
    salary = { min: value, max: value, currency: 'USD', period: 'year' };
  }
  const listing = {
    id: `seed-${String(i + 1).padStart(3, '0')}`,
    title: titles[shuffle(i, LISTINGS, 103)],
    postedAt: new Date(FIRST_DAY + day * 86_400_000).toISOString().replace('.000Z', 'Z'),
    company: COMPANIES[i % COMPANIES.length],
    location: CITIES[Math.floor(i / COMPANIES.length)],
    country: 'United States',
    role: 'backend-engineer',
    skills,
    ...(salary && { salary }),
  };
  return JSON.stringify(listing);
});

const out = fileURLToPath(new URL('../tests/fixtures/listings/seed-backend.ndjson', import.meta.url));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${LISTINGS} listings (${salaried} salaried) to ${out}`);
