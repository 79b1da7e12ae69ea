import { expect } from '@open-wc/testing';
import '../../src/components/skill-trend/define.js';
import { clearChange, twoProportionZ, Z_CRITICAL } from '../../src/components/shared/chart/noise.js';
import { isoWeekMonday } from '../../src/components/shared/chart/iso-week.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { mountReady, placed } from './helpers/mount.js';
import { openFigures, shadowAll, shadowText, shadowTexts } from './helpers/render.js';
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

describe('twoProportionZ(c1, n1, c2, n2)', () => {
  // Hand computations (see the fixture): both weeks have 20 listings, so SE = √(p(1 − p) · 0.1).
  it('twoProportionZ(1, 20, 7, 20) is +2.37: p = 0.2, SE = √0.016 = 0.12649, 0.30 / 0.12649', () => {
    expect(twoProportionZ(1, 20, 7, 20)).to.be.closeTo(2.3717, 1e-4);
  });
  it('twoProportionZ(5, 20, 0, 20) is −2.39: p = 0.125, SE = √0.0109375 = 0.10458, −0.25 / 0.10458', () => {
    expect(twoProportionZ(5, 20, 0, 20)).to.be.closeTo(-2.3905, 1e-4);
  });
  it('twoProportionZ(2, 20, 4, 20) is +0.89: p = 0.15, SE = √0.01275 = 0.11292, 0.10 / 0.11292', () => {
    expect(twoProportionZ(2, 20, 4, 20)).to.be.closeTo(0.8856, 1e-4);
  });
  it('twoProportionZ(2, 10, 1, 40) uses unequal weeks: p = 3/50, SE = √(0.06 · 0.94 · 0.125) = 0.08396, −0.175 / 0.08396', () => {
    expect(twoProportionZ(2, 10, 1, 40)).to.be.closeTo(-2.0843, 1e-4);
  });
  it('twoProportionZ is 0 when a week has no listings or the pooled share is 0 or 1', () => {
    expect(twoProportionZ(0, 0, 3, 20)).to.equal(0);
    expect(twoProportionZ(0, 20, 0, 20)).to.equal(0);
    expect(twoProportionZ(20, 20, 15, 15)).to.equal(0);
  });
  it('clearChange(c1, n1, c2, n2) calls a change real only at |z| ≥ 1.96', () => {
    expect(Z_CRITICAL).to.equal(1.96);
    // 1/20 → 6/20: p = 0.175, SE = √0.0144375 = 0.12016, z = 0.25 / 0.12016 = 2.08 → a rise.
    expect(clearChange(1, 20, 6, 20)).to.equal(1);
    // 2/20 → 6/20: p = 0.2, SE = 0.12649, z = 0.2 / 0.12649 = 1.58 → noise.
    expect(clearChange(2, 20, 6, 20)).to.equal(0);
    expect(clearChange(6, 20, 1, 20)).to.equal(-1);
  });
});

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
 * The fixture by hand: the last two weeks (W47, W48) both have 20 listings.
 *   AWS     1 → 7: 5% → 35%, +30 points, z = +2.37 → ↑
 *   SQL     2 → 4: 10% → 20%, +10 points, z = +0.89 → no clear change
 *   Python  5 → 0: 25% → 0%, −25 points, z = −2.39 → ↓
 *   CI/CD   2 → 1: 10% → 5%, −5 points, z = −0.60 → no clear change
 *   Java    1 → 2: 5% → 10%, +5 points, z = +0.60 → no clear change
 * Intl en-US signs a negative number with a hyphen-minus.
 */
const EN_ROWS = ['AWS 35% +30 pts ↑', 'SQL 20% +10 pts · no clear change', 'Python 0% -25 pts ↓', 'CI/CD 5% -5 pts · no clear change', 'Java 10% +5 pts · no clear change'];

describe('<skill-trend>', () => {
  it('reads the heading, the intro and the stated noise rule', async () => {
    const el = await mountReady('skill-trend');
    expect(shadowText(el, 'h2')).to.equal('Week-over-week demand for the top skills');
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'Share of backend engineer listings that mention each skill, week by week: the latest week, and its change from the week before in percentage points.',
    );
    expect(shadowText(el, '[part~="note"]')).to.equal(
      'Arrows mark changes larger than week-to-week noise (a two-proportion z-test between the last two weeks, |z| ≥ 1.96: the 5% level).',
    );
  });

  it('shows each skill’s latest share and change, with an arrow only beyond noise', async () => {
    const el = await mountReady('skill-trend');
    expect(rows(el)).to.deep.equal(EN_ROWS);
    const arrows = shadowAll(el, '[part~="arrow"]');
    expect(arrows.map((a) => a.getAttribute('aria-label'))).to.deep.equal(['a clear rise', 'a clear fall']);
    expect(arrows.map((a) => a.closest('[part~="row"]')!.querySelector('[part~="label"]')!.textContent)).to.deep.equal(['AWS', 'Python']);
  });

  it('gives every weekly value in a table', async () => {
    const el = await mountReady('skill-trend');
    // Share = count / that week's total, whole percent, halves rounded up by Intl (2/16 = 12.5% → 13%).
    expect(openFigures(el)).to.deep.equal([
      ['Week of', 'Listings', 'AWS', 'SQL', 'Python', 'CI/CD', 'Java'],
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
    await expect(el).to.be.accessible();
  });

  it('draws each sparkline on one shared scale from 0 to the highest share shown', async () => {
    const el = await placed('skill-trend', { width: 600 });
    // Highest share shown: AWS in W48, 7/20 = 0.35. y = 21 − share / 0.35 × 18 in a 100 × 24 box.
    // AWS W37: 2/15 → 21 − 6.857 = 14.14. Weeks are 100 / 11 = 9.09 apart.
    const paths = shadowAll(el, '.spark').map((p) => p.getAttribute('d')!);
    const aws = [...paths[0]!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(aws.length).to.equal(12);
    expect(aws[0]).to.deep.equal([0, 14.14]);
    aws.forEach(([x], i) => expect(x).to.be.closeTo((i * 100) / 11, 0.01));
    expect(aws[11]).to.deep.equal([100, 3]);
    // The latest-week dots, measured on screen (the box is 24 px tall, so 1 unit = 1 px vertically):
    // AWS 0.35 → 3, SQL 0.2 → 21 − 10.29 = 10.71, Python 0 → 21, CI/CD 0.05 → 18.43, Java 0.1 → 15.86.
    const expected = [3, 10.71, 21, 18.43, 15.86];
    shadowAll(el, '[part~="sparkline"]').forEach((spark, i) => {
      const box = spark.getBoundingClientRect();
      const dot = spark.querySelector('.spark-dot')!.getBoundingClientRect();
      expect((dot.top + dot.bottom) / 2 - box.top).to.be.closeTo(expected[i]!, 0.5);
      expect((dot.left + dot.right) / 2).to.be.closeTo(box.right, 0.5);
    });
  });

  it('formats shares in its locale: de-DE', async () => {
    const el = await mountReady('skill-trend', { locale: 'de-DE' });
    // de-DE puts a (narrow no-break) space before the percent sign.
    expect(rows(el)[0]).to.match(/^AWS 35\s%\s\+30 pts ↑$/);
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
      skills: [{ name: 'AWS', counts: [7], verdict: 'steady', recent: { mentions: 0, listings: 0 }, earlier: { mentions: 0, listings: 0 } }],
    };
    const el = await mountReady('skill-trend', {}, bundle);
    expect(shadowText(el, '[part~="empty"]')).to.equal('Not enough weeks of backend engineer listings to show a trend yet.');
    await expect(el).to.be.accessible();
  });

  it('breaks a line at a week without listings and calls its change unclear', async () => {
    const bundle = backendBundle();
    // W47 with no listings: shares that week are unknown, so the last change cannot be measured.
    bundle.trend.totals[10] = 0;
    bundle.trend.skillTotals[10] = 0;
    for (const s of bundle.trend.skills) s.counts[10] = 0;
    const el = await mountReady('skill-trend', {}, bundle);
    expect(rows(el)[0]).to.equal('AWS 35% no clear change');
    expect(shadowAll(el, '.spark')[0]!.getAttribute('d')!.match(/M/g)!.length).to.equal(2);
  });
});
