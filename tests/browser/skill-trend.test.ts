import { expect } from '@open-wc/testing';
import '../../src/components/skill-trend/define.js';
import { faqEntries } from '../../src/components/role-faq/faq-answers.js';
import { isoWeekMonday } from '../../src/data/bundle/iso-week.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { expectShortNamesWhole } from './helpers/layout.js';
import { attach, mountReady, placed, sized } from './helpers/mount.js';
import { openFigures, settled, shadowAll, shadowText, shadowTexts } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

sharedSuite('skill-trend', {
  // The fixture trends five skills.
  stableHeight: [
    { width: 600, shows: '[part~="row"]', count: 5 },
    { width: 600, attrs: { limit: '3' }, shows: '[part~="row"]', count: 3 },
    { width: 280, shows: '[part~="row"]', count: 5 },
  ],
  // The change text is not cut off at 280 px.
  narrowParts: '[part~="change"]',
  // Every skill name is a button, in the order of EN_ROWS below.
  select: { kind: 'skill', buttons: 'button[part~="label"]', values: ['AWS', 'SQL', 'Python', 'CI/CD', 'Java'] },
});

const rows = (el: Element) => shadowTexts(el, '[part~="row"]');

/** The fixture with its last week (W48) down to 3 listings, all listing skills: AWS's 7 of 20 becomes at most 3 of 3. */
function thinLastWeek() {
  const bundle = backendBundle();
  const last = bundle.trend.weeks.length - 1;
  bundle.trend.totals[last] = 3;
  bundle.trend.skillTotals[last] = 3;
  for (const s of bundle.trend.skills) s.counts[last] = Math.min(s.counts[last]!, 3);
  return bundle;
}

describe('isoWeekMonday(label)', () => {
  it('isoWeekMonday("2024-W37") is 2024-09-09: week 1 of 2024 starts Monday Jan 1 (Jan 4 is a Thursday), + 36 weeks', () => {
    expect(isoWeekMonday('2024-W37')).to.equal('2024-09-09');
    expect(isoWeekMonday('2024-W48')).to.equal('2024-11-25');
  });
  it('isoWeekMonday("2025-W01") is 2024-12-30, in the year before', () => {
    expect(isoWeekMonday('2025-W01')).to.equal('2024-12-30');
  });
  it('isoWeekMonday returns null for a label that is not an ISO week', () => {
    expect(isoWeekMonday('2024-37')).to.equal(null);
  });
});

/*
 * The fixture by hand. Every listing lists skills (skillTotals = totals). The change is the
 * bundle's: the share in the last four complete weeks (W45–W48, 72 listings) against the four
 * before (W41–W44, 66 listings). Every verdict is the builder's default, steady, since no skill
 * has 30 mentions a side: the test made no call, so each row says "too few to test":
 *   AWS     latest 7/20 = 35%; 12/72 = 16.67% − 9/66 = 13.64% = +3.03 → +3 pts
 *   SQL     latest 4/20 = 20%;  9/72 = 12.50% − 7/66 = 10.61% = +1.89 → +2 pts
 *   Python  latest 0/20 = 0%;   7/72 =  9.72% − 6/66 =  9.09% = +0.63 → +1 pt
 *   CI/CD   latest 1/20 = 5%;   5/72 =  6.94% − 6/66 =  9.09% = −2.15 → -2 pts
 *   Java    latest 2/20 = 10%;  5/72 =  6.94% − 5/66 =  7.58% = −0.63 → -1 pt
 * Intl en-US signs a negative number with a hyphen-minus.
 */
const EN_ROWS = [
  'AWS 35% +3 pts · too few to test',
  'SQL 20% +2 pts · too few to test',
  'Python 0% +1 pt · too few to test',
  'CI/CD 5% -2 pts · too few to test',
  'Java 10% -1 pt · too few to test',
];

describe('<skill-trend>', () => {
  it("reads the heading, the intro, and the note naming the complete weeks and the bundle's test", async () => {
    const el = await mountReady('skill-trend');
    expect(shadowText(el, 'h2')).to.equal('Weekly demand for the top skills');
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'Share of the backend engineer listings that list skills which name each one, week by week: the latest week, and the change between the recent weeks and the weeks before.',
    );
    expect(shadowText(el, '[part~="note"]')).to.equal(
      'Complete weeks 2024-W37 to 2024-W48. Arrows mark a clear change between the last 4 weeks and the 4 before (a two-proportion test at the 95% level, at least 30 mentions each side).',
    );
  });

  it('shows each skill’s latest share and four-week change, "too few to test" where a side has under 30 mentions', async () => {
    const el = await mountReady('skill-trend');
    expect(rows(el)).to.deep.equal(EN_ROWS);
    expect(shadowAll(el, '[part~="arrow"]').length).to.equal(0);
  });

  it('says "steady" only where the test had 30 mentions on each side and found no clear change', async () => {
    const bundle = backendBundle();
    // The change is the bundle's recent against earlier: 30/72 = 41.67% − 30/66 = 45.45% = −3.79
    // → "-4 pts". 29 mentions on one side is one short of a test.
    bundle.trend.skills[0]!.recent = { mentions: 30, listings: 72 };
    bundle.trend.skills[0]!.earlier = { mentions: 30, listings: 66 };
    bundle.trend.skills[1]!.recent = { mentions: 30, listings: 72 };
    bundle.trend.skills[1]!.earlier = { mentions: 29, listings: 66 };
    const el = await mountReady('skill-trend', {}, bundle);
    expect(rows(el).slice(0, 2)).to.deep.equal(['AWS 35% -4 pts · steady', 'SQL 20% -2 pts · too few to test']);
  });

  it('gives no latest-week share from a week with fewer listings that list skills than min-listings, and says why', async () => {
    const el = await mountReady('skill-trend', {}, thinLastWeek());
    // The change still rests on the bundle's four-week sides (72 and 66 listings).
    expect(rows(el)[0]).to.equal('AWS – +3 pts · too few to test');
    expect(shadowTexts(el, '[part~="note"]')[1]).to.equal(
      'No share is given for the latest week: it holds 3 listings that list skills, too few for one (at least 10).',
    );
    // The figures table still gives the week: 3 of 3.
    expect(openFigures(el).at(-1)!.slice(0, 3)).to.deep.equal(['Nov 25, 2024', '3', '100% (3)']);
    // A page that asks for fewer gets the share back.
    el.setAttribute('min-listings', '3');
    await settled(el);
    expect(rows(el)[0]).to.equal('AWS 100% +3 pts · too few to test');
    expect(shadowAll(el, '[part~="note"]')).to.have.length(1);
  });

  it('reads a cleared min-listings (0, as Vue clears a bound number) and a cleared heading ("") as their defaults', async () => {
    const el = await mountReady('skill-trend', { heading: 'Custom' }, thinLastWeek());
    const host = el as unknown as { minListings: number; heading: string };
    host.minListings = 0;
    host.heading = '';
    await settled(el);
    // The floor is 10 again: the latest week's 3 listings give no share.
    expect(rows(el)[0]).to.equal('AWS – +3 pts · too few to test');
    expect(shadowText(el, 'h2')).to.equal('Weekly demand for the top skills');
    // limit 0 likewise: the default 5 rows, not one.
    (el as unknown as { limit: number }).limit = 0;
    await settled(el);
    expect(rows(el)).to.have.length(5);
  });

  it("draws an arrow only where the bundle's verdict is rising or falling", async () => {
    const bundle = backendBundle();
    bundle.trend.skills[0]!.verdict = 'rising';
    bundle.trend.skills[3]!.verdict = 'falling';
    const el = await mountReady('skill-trend', {}, bundle);
    expect(rows(el)).to.deep.equal(['AWS 35% +3 pts ↑', EN_ROWS[1], EN_ROWS[2], 'CI/CD 5% -2 pts ↓', EN_ROWS[4]]);
    const arrows = shadowAll(el, '[part~="arrow"]');
    expect(arrows.map((a) => a.getAttribute('aria-label'))).to.deep.equal(['rising', 'falling']);
    await expect(el).to.be.accessible();
  });

  it('gives every weekly value in a table', async () => {
    const el = await mountReady('skill-trend');
    // Share = count / that week's listings with skills, whole percent, halves rounded up by Intl (2/16 = 12.5% → 13%).
    expect(openFigures(el)).to.deep.equal([
      ['Week of', 'Listings with skills', 'AWS', 'SQL', 'Python', 'CI/CD', 'Java'],
      ['Sep 9, 2024', '15', '13% (2)', '13% (2)', '7% (1)', '7% (1)', '13% (2)'], // 2/15 = 13.3, 1/15 = 6.7
      ['Sep 16, 2024', '17', '12% (2)', '6% (1)', '12% (2)', '12% (2)', '6% (1)'], // 2/17 = 11.8, 1/17 = 5.9
      ['Sep 23, 2024', '16', '19% (3)', '13% (2)', '6% (1)', '6% (1)', '6% (1)'], // 3/16 = 18.75, 1/16 = 6.25
      ['Sep 30, 2024', '14', '14% (2)', '7% (1)', '7% (1)', '7% (1)', '14% (2)'], // 2/14 = 14.3, 1/14 = 7.1
      ['Oct 7, 2024', '18', '11% (2)', '11% (2)', '11% (2)', '11% (2)', '6% (1)'], // 2/18 = 11.1, 1/18 = 5.6
      ['Oct 14, 2024', '16', '19% (3)', '13% (2)', '6% (1)', '6% (1)', '6% (1)'],
      ['Oct 21, 2024', '15', '13% (2)', '7% (1)', '7% (1)', '7% (1)', '13% (2)'],
      ['Oct 28, 2024', '17', '12% (2)', '12% (2)', '12% (2)', '12% (2)', '6% (1)'],
      ['Nov 4, 2024', '16', '13% (2)', '13% (2)', '6% (1)', '6% (1)', '6% (1)'],
      ['Nov 11, 2024', '16', '13% (2)', '6% (1)', '6% (1)', '6% (1)', '6% (1)'],
      ['Nov 18, 2024', '20', '5% (1)', '10% (2)', '25% (5)', '10% (2)', '5% (1)'],
      ['Nov 25, 2024', '20', '35% (7)', '20% (4)', '0% (0)', '5% (1)', '10% (2)'],
    ]);
    // What a screen reader hears of the table names the same base as the shares: listings with skills.
    const name = 'Weekly share of the backend engineer listings that list skills which name each skill';
    expect(shadowText(el, 'caption')).to.equal(name);
    expect(el.shadowRoot!.querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal(name);
    await expect(el).to.be.accessible();
  });

  it('draws each sparkline on its own scale, from its lowest to its highest share, so its shape shows', async () => {
    const el = await placed('skill-trend', { width: 600 });
    // AWS: lowest 1/20 = 0.05 (W47), highest 7/20 = 0.35 (W48); y = 21 − (share − 0.05) / 0.30 × 18
    // in a 100 × 24 box. W37: 2/15 = 0.1333 → 21 − 0.2778 × 18 = 16. Weeks are 100 / 11 = 9.09 apart.
    const paths = shadowAll(el, '.spark').map((p) => p.getAttribute('d')!);
    const aws = [...paths[0]!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(aws.length).to.equal(12);
    expect(aws[0]).to.deep.equal([0, 16]);
    aws.forEach(([x], i) => expect(x).to.be.closeTo((i * 100) / 11, 0.01));
    expect(aws[11]).to.deep.equal([100, 3]);
    // The latest-week dots, measured on screen (the box is 24 px tall, so 1 unit = 1 px vertically):
    // AWS and SQL end at their highest share (3); Python (0) and CI/CD (0.05) at their lowest (21);
    // Java 0.1 between 0.05 and 2/14 = 0.1429: 21 − (0.05 / 0.0929) × 18 = 11.31.
    const expected = [3, 3, 21, 21, 11.31];
    shadowAll(el, '[part~="sparkline"]').forEach((spark, i) => {
      const box = spark.getBoundingClientRect();
      const dot = spark.querySelector('.spark-dot')!.getBoundingClientRect();
      expect((dot.top + dot.bottom) / 2 - box.top).to.be.closeTo(expected[i]!, 0.5);
      expect((dot.left + dot.right) / 2).to.be.closeTo(box.right, 0.5);
    });
  });

  it('leaves each skill name room with a large page font, switching to two lines a skill in em, not px', async () => {
    // The one-line grid's fixed columns take 19.5em; under 25em each skill takes two lines. At
    // 24 and 32 px (a reader's large default font) a px switch left 420–600 px wide widgets with
    // names 0 px wide.
    for (const fontPx of [16, 24, 32]) {
      for (const widthEm of [17, 20, 24, 25, 26, 30, 40]) {
        const wrapper = sized(widthEm * fontPx);
        wrapper.style.fontSize = `${fontPx}px`;
        const el = attach(wrapper, 'skill-trend');
        el.data = backendBundle();
        await settled(el);
        const names = shadowAll(el, '[part~="label"]') as HTMLElement[];
        expect(names.length, `${fontPx}px, ${widthEm}em`).to.equal(5);
        for (const name of names) {
          const room = name.getBoundingClientRect().width / fontPx;
          // A name has at least 3em, or all it needs (CI/CD is about 2.6em).
          expect(
            room >= 3 || name.scrollWidth <= name.clientWidth + 1,
            `${name.textContent} at ${fontPx}px, ${widthEm}em: ${room}em`,
          ).to.equal(true);
          expect(room, `${name.textContent} at ${fontPx}px, ${widthEm}em`).to.be.greaterThan(1.5);
        }
        wrapper.remove();
      }
    }
  });

  it('formats shares in its locale: de-DE', async () => {
    const el = await mountReady('skill-trend', { locale: 'de-DE' });
    // de-DE puts a (narrow no-break) space before the percent sign.
    expect(rows(el)[0]).to.match(/^AWS 35\s%\s\+3 pts · too few to test$/);
  });

  it('shows `limit` rows', async () => {
    const el = await mountReady('skill-trend', { limit: '3' });
    expect(rows(el)).to.deep.equal(EN_ROWS.slice(0, 3));
    el.setAttribute('limit', 'x');
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(EN_ROWS);
  });

  it('says there is no trend with fewer than two weeks', async () => {
    const bundle = backendBundle();
    bundle.trend = {
      weeks: ['2024-W48'],
      totals: [20],
      skillTotals: [20],
      test: { weeks: 4, confidence: 0.95, minMentions: 30 },
      skills: [
        { name: 'AWS', counts: [7], verdict: 'steady', recent: { mentions: 0, listings: 0 }, earlier: { mentions: 0, listings: 0 } },
      ],
    };
    const el = await mountReady('skill-trend', {}, bundle);
    expect(shadowText(el, '[part~="empty"]')).to.equal('Not enough weeks of backend engineer listings to show a trend.');
    await expect(el).to.be.accessible();
  });

  describe('when the test can judge no skill: too few complete weeks, or too few listings a side', () => {
    /**
     * A 6-week build, like the real one that showed "Python 100% steady": Python's weekly share went
     * from 0% to 100%, but the test needs the last 4 weeks and the 4 before (8), so the builder
     * wrote its default verdict, "steady", and no recent or earlier mentions.
     */
    const sixWeeks = () => {
      const bundle = backendBundle();
      const none = { mentions: 0, listings: 0 };
      bundle.trend = {
        weeks: ['2024-W41', '2024-W42', '2024-W43', '2024-W44', '2024-W45', '2024-W46'],
        totals: [10, 10, 10, 10, 10, 10],
        skillTotals: [10, 10, 10, 10, 10, 10],
        test: { weeks: 4, confidence: 0.95, minMentions: 30 },
        skills: [
          { name: 'Python', counts: [0, 0, 0, 0, 5, 10], verdict: 'steady', recent: none, earlier: none },
          { name: 'SQL', counts: [5, 5, 5, 5, 5, 5], verdict: 'steady', recent: none, earlier: none },
        ],
      };
      return bundle;
    };

    it('shows no verdict or arrow, and says there are too few complete weeks to judge, as the FAQ does', async () => {
      const bundle = sixWeeks();
      const el = await mountReady('skill-trend', {}, bundle);
      // Latest shares: Python 10/10 = 100%, SQL 5/10 = 50%; nothing after them.
      expect(rows(el)).to.deep.equal(['Python 100%', 'SQL 50%']);
      expect(shadowAll(el, '[part~="arrow"]').length).to.equal(0);
      expect(shadowText(el, '[part~="intro"]')).to.equal(
        "Share of the backend engineer listings that list skills which name each one, week by week, and the latest week's share.",
      );
      expect(shadowText(el, '[part~="note"]')).to.equal(
        'Complete weeks 2024-W41 to 2024-W46: too few complete weeks to say whether demand for any skill is changing, which needs the last 4 weeks and the 4 before.',
      );
      // The FAQ on the same page reads the same rule and says the same thing.
      expect(faqEntries(bundle, 'en-US')[3]!.answer).to.match(/too few complete weeks to say whether demand for any skill is changing\.$/);
      await expect(el).to.be.accessible();
    });

    it('judges again from 8 complete weeks (4 a side): the verdicts come back', async () => {
      const bundle = sixWeeks();
      const t = bundle.trend;
      t.weeks = ['2024-W39', '2024-W40', ...t.weeks];
      t.totals = [10, 10, ...t.totals];
      t.skillTotals = [10, 10, ...t.skillTotals];
      // Python: recent W43–W46 = 0 + 0 + 5 + 10 = 15 of 40; earlier W39–W42 = 0 of 40. Under 30
      // mentions a side, so too few to test: 15/40 − 0/40 = +37.5 → "+38 pts" (Intl rounds half up).
      // SQL: 20 of 40 on both sides, no change: "0 pts" (signDisplay exceptZero gives zero no sign).
      t.skills = [
        {
          ...t.skills[0]!,
          counts: [0, 0, ...t.skills[0]!.counts],
          recent: { mentions: 15, listings: 40 },
          earlier: { mentions: 0, listings: 40 },
        },
        {
          ...t.skills[1]!,
          counts: [5, 5, ...t.skills[1]!.counts],
          recent: { mentions: 20, listings: 40 },
          earlier: { mentions: 20, listings: 40 },
        },
      ];
      const el = await mountReady('skill-trend', {}, bundle);
      expect(rows(el)).to.deep.equal(['Python 100% +38 pts · too few to test', 'SQL 50% 0 pts · too few to test']);
      expect(shadowText(el, '[part~="note"]')).to.match(/^Complete weeks 2024-W39 to 2024-W46\. Arrows mark a clear change/);
    });

    it('shows no change or verdict when a side holds fewer listings with skills than a verdict needs mentions, as the FAQ says', async () => {
      // Eight weeks, but the four before the last four hold 1 + 1 + 1 + 0 = 3 listings that list
      // skills (the last four: 4 × 24 = 96). No skill can have 30 mentions among 3, and Python's
      // 3 of 3 (100%) against 48 of 96 (50%) would read "-50 pts".
      const bundle = sixWeeks();
      const t = bundle.trend;
      t.weeks = ['2024-W39', '2024-W40', ...t.weeks];
      t.totals = [1, 1, 1, 0, 24, 24, 24, 24];
      t.skillTotals = [1, 1, 1, 0, 24, 24, 24, 24];
      t.skills = [
        {
          name: 'Python',
          counts: [1, 1, 1, 0, 12, 12, 12, 12],
          verdict: 'steady',
          recent: { mentions: 48, listings: 96 },
          earlier: { mentions: 3, listings: 3 },
        },
      ];
      const el = await mountReady('skill-trend', {}, bundle);
      // Latest share: 12 of 24 = 50%; nothing after it.
      expect(rows(el)).to.deep.equal(['Python 50%']);
      const why =
        'too few listings that list skills to say whether demand for any skill is changing (3 in the 4 weeks before the last 4; at least 30 a side needed)';
      expect(shadowText(el, '[part~="note"]')).to.equal(`Complete weeks 2024-W39 to 2024-W46: ${why}.`);
      expect(faqEntries(bundle, 'en-US')[3]!.answer).to.match(new RegExp(`It covers ${why.replace(/[()]/g, '\\$&')}\\.$`));
    });
  });

  it('keeps short skill names whole in a column 10em wide (a phone with a page font twice the size, a thin sidebar)', async () => {
    // 160 px at 16 px is 10em, as 320 px is at 32 px: the names the fixture has of up to six
    // letters must show in full, and no name may be left less than 4em.
    expectShortNamesWhole(await placed('skill-trend', { width: 160 }));
  });

  it('breaks a line at a week without listings that list skills', async () => {
    const bundle = backendBundle();
    // W47 with no listings: its shares are unknown, so the line breaks there; the four-week change is the bundle's.
    bundle.trend.totals[10] = 0;
    bundle.trend.skillTotals[10] = 0;
    for (const s of bundle.trend.skills) s.counts[10] = 0;
    const el = await mountReady('skill-trend', {}, bundle);
    expect(rows(el)[0]).to.equal('AWS 35% +3 pts · too few to test');
    expect(shadowAll(el, '.spark')[0]!.getAttribute('d')!.match(/M/g)!.length).to.equal(2);
  });
});
