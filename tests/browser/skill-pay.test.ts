import { expect } from '@open-wc/testing';
import '../../src/components/skill-pay/define.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import tinyBundle from './fixtures/traceability/tiny/data-analyst.json';
import { attach, mountReady, placed, sized } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { settled, shadowAll, shadowText, shadowTexts, updated } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';
import { textBoxes } from './helpers/text-boxes.js';

sharedSuite('skill-pay', {
  stableHeight: [
    { width: 600, attrs: { limit: '6' }, shows: '[part~="row"]', count: 6 },
    { width: 600, attrs: { limit: '3' }, shows: '[part~="row"]', count: 3 },
    // 400 and 280 px are 25em and 17.5em at the default 16px: each detail wraps to a second line
    // ("(157 salaries)", "low confidence"), which the loading rows hold too.
    { width: 400, attrs: { limit: '6' }, shows: '[part~="row"]', count: 6 },
    { width: 280, attrs: { limit: '6' }, shows: '[part~="row"]', count: 6 },
    // 250 px: the intro takes a fourth line once "(at least 3 salaries a skill)" is in; the loading
    // intro holds it with a hidden stand-in.
    { width: 250, attrs: { limit: '6' }, shows: '[part~="row"]', count: 6 },
  ],
  // Every skill name is a button, in the order of EN_ROWS below.
  select: { kind: 'skill', buttons: 'button[part~="label"]', values: ['Grafana', 'CI/CD', 'PostgreSQL', 'AWS', 'GCP', 'Go'] },
});

const rows = (el: Element) => shadowTexts(el, '[part~="row"]');

/*
 * Worked out from the fixture's pay by skill: each median against the median of the salaried
 * listings that do not name the skill (medianWithout, nWithout = 160 − n):
 *   Grafana    192,485  n 3   192,485 − 124,000 = +68,485  (157 without)  low confidence (3 < 10)
 *   CI/CD      145,663  n 12  145,663 − 122,000 = +23,663  (148 without; ties PostgreSQL on median, "CI/CD" < "PostgreSQL")
 *   PostgreSQL 145,663  n 11  145,663 − 123,000 = +22,663  (149 without)
 *   AWS        120,000  n 24  120,000 − 125,000 = −5,000   (136 without)
 *   GCP        114,400  n 5   114,400 − 125,000 = −10,600  (155 without)  low confidence
 *   Go         111,929  n 6   111,929 − 125,000 = −13,071  (154 without)  low confidence
 *   Python     109,989  n 14  109,989 − 126,000 = −16,011  (146 without; 7th: cut by the default limit of 6)
 * CI/CD and PostgreSQL share rank 2 (equal medians); AWS, with three skills above it, is 4th.
 * The low-confidence threshold is the bundle's (pay.lowConfidenceN = 10). Intl en-US signs a
 * negative difference with a hyphen-minus ("-$5,000"). The n without a skill is shown beside its median.
 */
const EN_ROWS = [
  '1 Grafana $192,485 3 salaries · +$68,485 vs. $124,000 without (157 salaries) · low confidence',
  '2 CI/CD $145,663 12 salaries · +$23,663 vs. $122,000 without (148 salaries)',
  '2 PostgreSQL $145,663 11 salaries · +$22,663 vs. $123,000 without (149 salaries)',
  '4 AWS $120,000 24 salaries · -$5,000 vs. $125,000 without (136 salaries)',
  '5 GCP $114,400 5 salaries · -$10,600 vs. $125,000 without (155 salaries) · low confidence',
  '6 Go $111,929 6 salaries · -$13,071 vs. $125,000 without (154 salaries) · low confidence',
];

describe('<skill-pay>', () => {
  afterEach(() => restoreNetwork());

  it('reads the heading (an association, not a cause), the intro with the minimum listings, and the note', async () => {
    const el = await mountReady('skill-pay');
    expect(shadowText(el, 'h2')).to.equal('Median pay by skill in backend engineer listings');
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'Median yearly pay of the backend engineer listings that name each skill, against those that do not (at least 3 salaries a skill).',
    );
    expect(shadowText(el, '[part~="note"]')).to.equal(
      "Figures from fewer than 10 salaries are marked low confidence. A gap is an association, not the skill's effect on pay.",
    );
  });

  it('keeps each row three lines high from loading to ready under 16em, where a marked detail takes a third', async () => {
    // 224 px is 14em at the default 16px. The marked details (Grafana's "3 salaries · +$68,485 vs.
    // $124,000 without (157 salaries) · low confidence", GCP's, Go's) take three lines there; every
    // row keeps three, so no row moves when the figures arrive. (The intro, which gains the minimum
    // listings once the bundle is in, is checked apart.)
    fakeNetwork({ 'backend-engineer.json': () => never() });
    const el = attach(sized(224), 'skill-pay', { limit: '6', role: 'backend-engineer', src: '/stats/' });
    await updated(el);
    const rowHeights = () => shadowAll(el, '.row').map((r) => r.getBoundingClientRect().height);
    const loading = rowHeights();
    expect(loading).to.have.length(6);
    el.data = backendBundle();
    await settled(el);
    expect(shadowAll(el, '[part~="row"]')).to.have.length(6);
    expect(rowHeights()).to.deep.equal(loading);
  });

  it('shows how many listings the median without a skill rests on, not only to screen readers', async () => {
    const el = await placed('skill-pay', { width: 600 });
    // Visible text runs only (the 1 px visually-hidden clip excluded): Grafana's 157 and CI/CD's
    // 148 listings without the skill (160 − 3, 160 − 12) are on screen.
    const seen = textBoxes(el).map((b) => b.text);
    expect(seen).to.include.members(['157 salaries', '148 salaries']);
  });

  it('says the medians are annualised when the bundle pools every pay period', async () => {
    const bundle = backendBundle();
    bundle.pay!.basis = 'all';
    bundle.pay!.annualised = null;
    const el = await mountReady('skill-pay', {}, bundle);
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'Median annualised pay of the backend engineer listings that name each skill, against those that do not (at least 3 salaries a skill).',
    );
  });

  it('never lets `low-n` lower the bundle’s low-confidence threshold', async () => {
    const el = await mountReady('skill-pay', { 'low-n': '5' });
    // The bundle's threshold is 10, so 5 is ignored: Grafana 3, GCP 5 and Go 6 stay marked.
    const marked = () =>
      shadowAll(el, '[part~="row"]')
        .filter((r) => r.querySelector('[part~="low-confidence"]'))
        .map((r) => r.querySelector('[part~="label"]')!.textContent);
    expect(marked()).to.deep.equal(['Grafana', 'GCP', 'Go']);
    expect(shadowText(el, '[part~="note"]')).to.match(/^Figures from fewer than 10 salaries are marked low confidence\./);
    el.setAttribute('low-n', '0');
    await el.updateComplete;
    expect(marked()).to.deep.equal(['Grafana', 'GCP', 'Go']);
  });

  it('takes its low-confidence threshold from the bundle', async () => {
    const bundle = backendBundle();
    bundle.pay!.lowConfidenceN = 6;
    const el = await mountReady('skill-pay', {}, bundle);
    // Below 6: Grafana 3 and GCP 5; Go has exactly 6.
    expect(shadowAll(el, '[part~="low-confidence"]').length).to.equal(2);
    expect(shadowText(el, '[part~="note"]')).to.match(/^Figures from fewer than 6 salaries/);
  });

  it('says a skill named in every salaried listing has nothing to compare with', async () => {
    const bundle = backendBundle();
    bundle.pay!.bySkill[1] = { name: 'CI/CD', n: 160, median: 145663, nWithout: 0, medianWithout: null };
    const el = await mountReady('skill-pay', {}, bundle);
    expect(rows(el)[1]).to.equal('2 CI/CD $145,663 160 salaries · in every salaried listing');
  });

  it('lists the top six skills by median with n, the difference from the listings without each, and low confidence', async () => {
    const el = await mountReady('skill-pay');
    expect(rows(el)).to.deep.equal(EN_ROWS);
    expect(shadowAll(el, '[part~="low-confidence"]').length).to.equal(3);
  });

  it('lets a screen reader hear each rank, the shared 2 included, with no list position that orders the tied', async () => {
    const el = await mountReady('skill-pay');
    expect(shadowAll(el, '[part~="list"]')[0]!.localName).to.equal('ul');
    for (const rank of shadowAll(el, '[part~="rank"]')) expect(rank.closest('[aria-hidden="true"]') === null, 'read out').to.equal(true);
  });

  it('sorts again instead of trusting the bundle order', async () => {
    const bundle = backendBundle();
    bundle.pay!.bySkill.reverse();
    const el = await mountReady('skill-pay', {}, bundle);
    expect(rows(el)).to.deep.equal(EN_ROWS);
  });

  it('formats money in its locale: de-DE', async () => {
    const el = await mountReady('skill-pay', { locale: 'de-DE' });
    // de-DE puts the currency sign after the number with a space and groups with dots.
    expect(rows(el)[0]).to.equal('1 Grafana 192.485 $ 3 salaries · +68.485 $ vs. 124.000 $ without (157 salaries) · low confidence');
    expect(rows(el)[3]).to.equal('4 AWS 120.000 $ 24 salaries · -5.000 $ vs. 125.000 $ without (136 salaries)');
  });

  it('formats money in its locale: ja-JP', async () => {
    const el = await mountReady('skill-pay', { locale: 'ja-JP' });
    expect(rows(el)[1]).to.equal('2 CI/CD $145,663 12 salaries · +$23,663 vs. $122,000 without (148 salaries)');
  });

  it('shows `limit` rows', async () => {
    const el = await mountReady('skill-pay', { limit: '7' });
    expect(rows(el)).to.deep.equal([...EN_ROWS, '7 Python $109,989 14 salaries · -$16,011 vs. $126,000 without (146 salaries)']);
    el.setAttribute('limit', '2');
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(EN_ROWS.slice(0, 2));
    el.setAttribute('limit', 'lots');
    await el.updateComplete;
    expect(rows(el).length).to.equal(6);
  });

  it('marks low confidence when the median without a skill rests on too few listings, however many have it', async () => {
    // A skill named in 152 of the 160 salaried listings: 8 without it, under the bundle's 10.
    const bundle = backendBundle();
    bundle.pay!.bySkill = [{ name: 'SQL', n: 152, median: 130000, nWithout: 8, medianWithout: 90000 }];
    const el = await mountReady('skill-pay', {}, bundle);
    expect(rows(el)).to.deep.equal(['1 SQL $130,000 152 salaries · +$40,000 vs. $90,000 without (8 salaries) · low confidence']);
  });

  it('marks low confidence below `low-n`', async () => {
    const el = await mountReady('skill-pay', { 'low-n': '12' });
    // Below 12: Grafana 3, PostgreSQL 11, GCP 5, Go 6. CI/CD has exactly 12, so it is not marked.
    const marked = shadowAll(el, '[part~="row"]')
      .filter((r) => r.querySelector('[part~="low-confidence"]'))
      .map((r) => r.querySelector('[part~="label"]')!.textContent);
    expect(marked).to.deep.equal(['Grafana', 'PostgreSQL', 'GCP', 'Go']);
    expect(shadowText(el, '[part~="note"]')).to.match(/^Figures from fewer than 12 salaries are marked low confidence\./);
  });

  it('says no usable yearly salary was found when the bundle has no pay, not that no listing states pay', async () => {
    const bundle = backendBundle();
    // Pay null means no usable yearly salary; listings may still state pay per hour or month.
    bundle.pay = null;
    const el = await mountReady('skill-pay', {}, bundle);
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'Median yearly pay of the backend engineer listings that name each skill, against those that do not.',
    );
    expect(shadowText(el, '[part~="empty"]')).to.equal('No backend engineer listing in this data states a usable yearly salary.');
    await expect(el).to.be.accessible();
  });

  it("shows no skill's median when the role has too few salaries for a median of its own", async () => {
    // 5 yearly salaries, under the floor of 10; Python is in 4 of them, SQL in 4 others. A skill in
    // all 5 would show the role's own median, which <salary-band> withholds on the same page.
    const el = await mountReady('skill-pay', { 'min-listings': '1' }, structuredClone(tinyBundle));
    expect(shadowText(el, '[part~="empty"]')).to.equal(
      'Too few data analyst listings state a yearly salary to give a pay figure (5; at least 10 needed).',
    );
    expect(shadowAll(el, '[part~="row"]')).to.have.length(0);
  });

  it('says no skill qualifies when bySkill is empty, naming the salaries it counts', async () => {
    const bundle = backendBundle();
    bundle.pay!.bySkill = [];
    const el = await mountReady('skill-pay', {}, bundle);
    // Basis "year": pay by skill counts yearly salaries only, not every listing with pay.
    expect(shadowText(el, '[part~="empty"]')).to.equal('No skill appears in at least 3 backend engineer listings with yearly salaries.');
    bundle.pay!.basis = 'all';
    el.data = { ...bundle };
    await settled(el);
    expect(shadowText(el, '[part~="empty"]')).to.equal(
      'No skill appears in at least 3 backend engineer listings with annualised salaries.',
    );
  });

  it('keeps the low-confidence mark visible at 280 px, wrapping the detail line instead of clipping it', async () => {
    const el = await placed('skill-pay', { width: 280 });
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    const mark = shadowAll(el, '[part~="low-confidence"]')[0]!.getBoundingClientRect();
    expect(mark.right).to.be.at.most(base.getBoundingClientRect().right);
  });
});

describe('<skill-pay> intro', () => {
  afterEach(() => restoreNetwork());

  // The intro gains "(minimum 3 matches)" with the data; its reserved lines keep it from growing.
  for (const width of [280, 360, 480, 600, 900]) {
    it(`reserves the intro's ready height while loading at ${width} px`, async () => {
      fakeNetwork({ 'backend-engineer.json': () => never() });
      const el = attach(sized(width), 'skill-pay', { role: 'backend-engineer', src: '/stats/' });
      await el.updateComplete;
      const intro = () => el.shadowRoot!.querySelector('[part~="intro"]')!.getBoundingClientRect().height;
      const loading = intro();
      el.data = backendBundle();
      await settled(el);
      expect(intro()).to.equal(loading);
    });
  }
});
