import { expect } from '@open-wc/testing';
import '../../src/components/skill-ranking/define.js';
import { clampLimit } from '../../src/components/skill-ranking/skill-ranking.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { expectNoSidewaysOverflow, expectShortNamesWhole } from './helpers/layout.js';
import { mount, mountReady, placed } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { fold, partTexts, shadowAll, shadowText, textOf } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

sharedSuite('skill-ranking', {
  stableHeight: [
    { width: 600, attrs: { limit: '8' }, shows: '[part~="row"]', count: 8 },
    { width: 600, attrs: { limit: '3' }, shows: '[part~="row"]', count: 3 },
    // On a phone: the counts (200) are shorter than their loading stand-ins, and take one line less.
    { width: 300, shows: '[part~="row"]', count: 8 },
    { width: 320, shows: '[part~="row"]', count: 8 },
  ],
  // Every skill name is a button, in rank order (worked out in the ranking test below).
  select: {
    kind: 'skill',
    buttons: 'button[part~="label"]',
    values: ['AWS', 'SQL', 'Python', 'CI/CD', 'Java', 'PostgreSQL', 'TypeScript', 'Docker'],
  },
});

/** Each row as a reader sees it: rank, skill name and share. */
const rows = (el: Element) => partTexts(el, '[part~="row"]', ['rank', 'label', 'value']);

describe('<skill-ranking>', () => {
  afterEach(() => restoreNetwork());

  it('reads the heading and the intro with the role noun', async () => {
    const el = await mountReady('skill-ranking');
    expect(shadowText(el, '[part~="heading"]')).to.equal('The skills employers ask for most');
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'Ranked by the share of backend engineer listings that name each skill, among those that list skills. Learn these first.',
    );
  });

  it('ranks the top 8 skills with their share of listings as whole percentages', async () => {
    const el = await mountReady('skill-ranking');
    // All 200 listings list skills (skillListings), so share = count / 200:
    // AWS 30 → 15%, SQL 22 → 11%, Python 18 → 9%, CI/CD 16 → 8%, Java 16 → 8%,
    // PostgreSQL 14 → 7%, TypeScript 14 → 7%, Docker 12 → 6%. Go (8 → 4%) is ninth, so it is cut.
    // Equal counts share a rank (CI/CD and Java 16, PostgreSQL and TypeScript 14), and the next
    // skill's rank counts the skills above it: 1, 2, 3, 4, 4, 6, 6, 8.
    expect(rows(el)).to.deep.equal([
      ['1', 'AWS', '15%'],
      ['2', 'SQL', '11%'],
      ['3', 'Python', '9%'],
      ['4', 'CI/CD', '8%'],
      ['4', 'Java', '8%'],
      ['6', 'PostgreSQL', '7%'],
      ['6', 'TypeScript', '7%'],
      ['8', 'Docker', '6%'],
    ]);
    expect(shadowAll(el, '[part~="list"] > li').length).to.equal(8);
  });

  it('lets a screen reader hear each rank, ties included, with no list position that orders the tied', async () => {
    const el = await mountReady('skill-ranking');
    // CI/CD and Java share rank 4: an ordered list would announce them as items 4 and 5 of 8.
    expect(shadowAll(el, '[part~="list"]')[0]!.localName).to.equal('ul');
    for (const rank of shadowAll(el, '[part~="rank"]')) expect(rank.closest('[aria-hidden="true"]') === null, 'read out').to.equal(true);
    expect(fold(textOf(shadowAll(el, '[part~="row"]')[4]!))).to.equal('4 Java 8% (16 listings)');
  });

  it('says what the shares are of, reads each count out, and divides by the listings that list skills', async () => {
    const bundle = backendBundle();
    // 160 of the 200 listings list skills: AWS 30 / 160 = 18.75% → 19%.
    bundle.skillListings = 160;
    const el = await mountReady('skill-ranking', {}, bundle);
    expect(shadowText(el, '[part~="note"]')).to.equal('Shares of the 160 listings that list skills, of 200 in all.');
    expect(rows(el)[0]).to.deep.equal(['1', 'AWS', '19%']);
    expect(fold(textOf(shadowAll(el, '[part~="row"]')[0]!))).to.equal('1 AWS 19% (30 listings)');
  });

  it('draws each bar on [0, top share], so the top skill fills the width', async () => {
    const el = await mountReady('skill-ranking');
    const widths = shadowAll(el, '[part~="bar"] rect').map((r) => Number.parseFloat(r.getAttribute('width')!));
    // Width = share / top share = count / 30 (AWS): 30/30 = 100, 22/30 = 73.333, 18/30 = 60,
    // 16/30 = 53.333 (twice), 14/30 = 46.667 (twice), 12/30 = 40.
    const expected = [100, 73.333, 60, 53.333, 53.333, 46.667, 46.667, 40];
    expect(widths.length).to.equal(expected.length);
    widths.forEach((w, i) => expect(w).to.be.closeTo(expected[i]!, 0.001));
    // The bars are pictures of the printed percentages, so they stay out of the accessibility tree.
    shadowAll(el, '[part~="bar"]').forEach((svg) => expect(svg.getAttribute('aria-hidden')).to.equal('true'));
  });

  it('formats percentages in its locale', async () => {
    const el = await mountReady('skill-ranking', { locale: 'de-DE' });
    // German puts a (no-break) space before the percent sign: 30/200 → "15 %".
    const shares = rows(el).map((r) => r[2]);
    expect(shares).to.deep.equal(['15 %', '11 %', '9 %', '8 %', '8 %', '7 %', '7 %', '6 %']);
  });

  it('shows as many rows as its limit attribute or property asks for', async () => {
    const el = await mountReady('skill-ranking', { limit: '3' });
    expect(rows(el).map((r) => r[1])).to.deep.equal(['AWS', 'SQL', 'Python']);
    (el as unknown as { limit: number }).limit = 10;
    await el.updateComplete;
    // Ninth and tenth: Go 8 → 4%, Kubernetes 6 → 3%.
    expect(rows(el).slice(8)).to.deep.equal([
      ['9', 'Go', '4%'],
      ['10', 'Kubernetes', '3%'],
    ]);
  });

  it('caps limit at 30 and falls back to 8 when it is not a number or under 1', async () => {
    const el = await mountReady('skill-ranking', { limit: '0' });
    expect(rows(el).length).to.equal(8);
    el.setAttribute('limit', '1');
    await el.updateComplete;
    expect(rows(el).length).to.equal(1);
    el.setAttribute('limit', '99');
    await el.updateComplete;
    // Clamped to 30, but the fixture has only 11 skills.
    expect(rows(el).length).to.equal(11);
    el.setAttribute('limit', 'many');
    await el.updateComplete;
    expect(rows(el).length).to.equal(8);
    // Under 1 is no row count: 0 is how Vue clears a bound number.
    expect([clampLimit(2.6), clampLimit(-4), clampLimit(0), clampLimit(31), clampLimit(null), clampLimit(Number.NaN)]).to.deep.equal([
      3, 8, 8, 30, 8, 8,
    ]);
  });

  it('reserves `limit` skeleton rows while loading, at most 30', async () => {
    fakeNetwork({ 'backend-engineer.json': () => never() });
    const el = await mount('skill-ranking', { role: 'backend-engineer', src: '/stats/', limit: '5' });
    expect(shadowAll(el, '[part~="loading"] li').length).to.equal(5);
    el.setAttribute('limit', '99');
    await el.updateComplete;
    expect(shadowAll(el, '[part~="loading"] li').length).to.equal(30);
  });

  it('says so when the bundle has no skills', async () => {
    const bundle = backendBundle();
    bundle.skills = [];
    bundle.trend.skills = [];
    const el = await mountReady('skill-ranking', {}, bundle);
    expect(shadowText(el, '[part~="empty"]')).to.equal('No skills were found in these backend engineer listings.');
    expect(shadowAll(el, '[part~="row"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps short skill names whole in a column 10em wide (a phone with a page font twice the size, a thin sidebar)', async () => {
    // 160 px at 16 px is 10em, as 320 px is at 32 px: the names the fixture has of up to six
    // letters must show in full, and no name may be left less than 4em.
    expectShortNamesWhole(await placed('skill-ranking', { width: 160 }));
  });

  it('fits 280 px without overflow, truncating a long name on one line but keeping it whole, as text or as a button', async () => {
    const bundle = backendBundle();
    bundle.skills[0]!.name = 'Amazon Web Services Elastic Kubernetes Service';
    for (const attrs of [{}, { pickable: '' }] as Record<string, string>[]) {
      const el = await placed('skill-ranking', { width: 280, data: bundle, attrs });
      expectNoSidewaysOverflow(el, '[part~="row"]');
      const name = shadowAll(el, '[part~="label"]')[0]!;
      expect(name.localName).to.equal('pickable' in attrs ? 'button' : 'span');
      expect(name.textContent).to.equal('Amazon Web Services Elastic Kubernetes Service');
      const rowsOf = shadowAll(el, '[part~="row"]');
      // Every row is one line tall, the long one too.
      expect(rowsOf[0]!.getBoundingClientRect().height).to.equal(rowsOf[1]!.getBoundingClientRect().height);
    }
  });
});
