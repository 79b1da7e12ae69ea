import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/skill-pay/define.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { settled, shadowAll, shadowText } from './helpers/render.js';
import { mount, sharedSuite } from './helpers/shared-suite.js';

sharedSuite('skill-pay');

const rows = (el: Element) => shadowAll(el, '[part~="row"]').map((li) => li.innerText.replace(/\s+/g, ' ').trim());

// fixtureSync: fixture() on a plain element waits for an animation frame, which never comes in the
// runner's hidden second page.
async function sized(width: number): Promise<HTMLDivElement> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  return wrapper;
}

/*
 * The fixture by hand. Role median 124,671. bySkill sorted by median desc, then name:
 *   Grafana    192,485  n 3   192,485 − 124,671 = +67,814   3 < 10 → low confidence
 *   CI/CD      145,663  n 12  145,663 − 124,671 = +20,992   (ties PostgreSQL; "CI/CD" < "PostgreSQL")
 *   PostgreSQL 145,663  n 11  +20,992
 *   AWS        120,000  n 24  120,000 − 124,671 = −4,671
 *   GCP        114,400  n 5   114,400 − 124,671 = −10,271   low confidence
 *   Go         111,929  n 6   111,929 − 124,671 = −12,742   low confidence
 *   Python     109,989  n 14  −14,682 (7th: cut by the default limit of 6)
 *   SQL        100,000  n 17  −24,671
 * Intl en-US signs a negative difference with a hyphen-minus ("-$4,671").
 */
const EN_ROWS = [
  '1 Grafana $192,485 3 listings · +$67,814 vs. median · low confidence',
  '2 CI/CD $145,663 12 listings · +$20,992 vs. median',
  '3 PostgreSQL $145,663 11 listings · +$20,992 vs. median',
  '4 AWS $120,000 24 listings · -$4,671 vs. median',
  '5 GCP $114,400 5 listings · -$10,271 vs. median · low confidence',
  '6 Go $111,929 6 listings · -$12,742 vs. median · low confidence',
];

describe('<skill-pay>', () => {
  afterEach(() => restoreNetwork());

  it('reads the heading, the intro with the minimum matches, and the note', async () => {
    const el = await mount('skill-pay', {}, backendBundle());
    await settled(el);
    expect(shadowText(el, 'h2')).to.equal('Skills that boost backend engineer pay');
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'Median pay when each skill appears in a backend engineer listing with disclosed salary (minimum 3 matches).',
    );
    expect(shadowText(el, '[part~="note"]')).to.equal('Figures from fewer than 10 listings are marked low confidence.');
  });

  it('lists the top six skills by median with n, the difference from the role median and low confidence', async () => {
    const el = await mount('skill-pay', {}, backendBundle());
    await settled(el);
    expect(rows(el)).to.deep.equal(EN_ROWS);
    expect(shadowAll(el, '[part~="low-confidence"]').length).to.equal(3);
  });

  it('sorts again instead of trusting the bundle order', async () => {
    const bundle = backendBundle();
    bundle.pay!.bySkill.reverse();
    const el = await mount('skill-pay', {}, bundle);
    await settled(el);
    expect(rows(el)).to.deep.equal(EN_ROWS);
  });

  it('formats money in its locale: de-DE', async () => {
    const el = await mount('skill-pay', { locale: 'de-DE' }, backendBundle());
    await settled(el);
    // de-DE puts the currency sign after the number with a space and groups with dots.
    expect(rows(el)[0]).to.equal('1 Grafana 192.485 $ 3 listings · +67.814 $ vs. median · low confidence');
    expect(rows(el)[3]).to.equal('4 AWS 120.000 $ 24 listings · -4.671 $ vs. median');
  });

  it('formats money in its locale: ja-JP', async () => {
    const el = await mount('skill-pay', { locale: 'ja-JP' }, backendBundle());
    await settled(el);
    expect(rows(el)[1]).to.equal('2 CI/CD $145,663 12 listings · +$20,992 vs. median');
  });

  it('shows `limit` rows', async () => {
    const el = await mount('skill-pay', { limit: '7' }, backendBundle());
    await settled(el);
    expect(rows(el)).to.deep.equal([...EN_ROWS, '7 Python $109,989 14 listings · -$14,682 vs. median']);
    el.setAttribute('limit', '2');
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(EN_ROWS.slice(0, 2));
    el.setAttribute('limit', 'lots');
    await el.updateComplete;
    expect(rows(el).length).to.equal(6);
  });

  it('marks low confidence below `low-n`', async () => {
    const el = await mount('skill-pay', { 'low-n': '12' }, backendBundle());
    await settled(el);
    // Below 12: Grafana 3, PostgreSQL 11, GCP 5, Go 6. CI/CD has exactly 12, so it is not marked.
    const marked = shadowAll(el, '[part~="row"]')
      .filter((r) => r.querySelector('[part~="low-confidence"]'))
      .map((r) => r.querySelector('[part~="label"]')!.textContent);
    expect(marked).to.deep.equal(['Grafana', 'PostgreSQL', 'GCP', 'Go']);
    expect(shadowText(el, '[part~="note"]')).to.equal('Figures from fewer than 12 listings are marked low confidence.');
  });

  it('fires role-hub-select when a skill is clicked', async () => {
    const el = await mount('skill-pay', {}, backendBundle());
    await settled(el);
    const button = shadowAll(el, 'button[part~="label"]')[1]!;
    const picked = oneEvent(el, 'role-hub-select');
    button.click();
    const event = await picked;
    expect(event.detail).to.deep.equal({ kind: 'skill', value: 'CI/CD' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fires role-hub-select from the keyboard', async () => {
    const el = await mount('skill-pay', {}, backendBundle());
    await settled(el);
    const buttons = shadowAll(el, 'button[part~="label"]');
    buttons[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[1]);
    const picked = oneEvent(el, 'role-hub-select');
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail).to.deep.equal({ kind: 'skill', value: 'CI/CD' });
  });

  it('says pay is not disclosed when the bundle has no pay', async () => {
    const bundle = backendBundle();
    bundle.pay = null;
    const el = await mount('skill-pay', {}, bundle);
    await settled(el);
    expect(shadowText(el, '[part~="intro"]')).to.equal('Median pay when each skill appears in a backend engineer listing with disclosed salary.');
    expect(shadowText(el, '[part~="empty"]')).to.equal('No backend engineer listing in this data discloses pay yet.');
    await expect(el).to.be.accessible();
  });

  it('says no skill qualifies when bySkill is empty', async () => {
    const bundle = backendBundle();
    bundle.pay!.bySkill = [];
    const el = await mount('skill-pay', {}, bundle);
    await settled(el);
    expect(shadowText(el, '[part~="empty"]')).to.equal('No skill appears in at least 3 backend engineer listings with disclosed pay yet.');
  });

  it('does not overflow at 280 px', async () => {
    const wrapper = await sized(280);
    const el = document.createElement('skill-pay');
    wrapper.append(el);
    el.data = backendBundle();
    await settled(el);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    shadowAll(el, '[part~="row"]').forEach((row) => expect(row.scrollWidth).to.be.at.most(row.clientWidth));
    // The low-confidence mark stays visible (the detail line wraps instead of clipping it).
    const mark = shadowAll(el, '[part~="low-confidence"]')[0]!.getBoundingClientRect();
    expect(mark.right).to.be.at.most(base.getBoundingClientRect().right);
  });

  for (const limit of ['6', '3']) {
    it(`keeps the same height from loading to ready at 600 px (limit ${limit})`, async () => {
      fakeNetwork({ 'backend-engineer.json': () => never() });
      const wrapper = await sized(600);
      const el = document.createElement('skill-pay');
      el.setAttribute('limit', limit);
      el.setAttribute('role', 'backend-engineer');
      el.setAttribute('src', '/stats/');
      wrapper.append(el);
      await el.updateComplete;
      const loading = el.getBoundingClientRect().height;
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
      el.data = backendBundle();
      await settled(el);
      expect(shadowAll(el, '[part~="row"]').length).to.equal(Number(limit));
      expect(el.getBoundingClientRect().height).to.equal(loading);
    });
  }
});

describe('<skill-pay> intro', () => {
  afterEach(() => restoreNetwork());

  // The intro gains "(minimum 3 matches)" with the data; its reserved lines keep it from growing.
  for (const width of [280, 360, 480, 600, 900]) {
    it(`reserves the intro's ready height while loading at ${width} px`, async () => {
      fakeNetwork({ 'backend-engineer.json': () => never() });
      const wrapper = await sized(width);
      const el = document.createElement('skill-pay');
      el.setAttribute('role', 'backend-engineer');
      el.setAttribute('src', '/stats/');
      wrapper.append(el);
      await el.updateComplete;
      const intro = () => el.shadowRoot!.querySelector('[part~="intro"]')!.getBoundingClientRect().height;
      const loading = intro();
      el.data = backendBundle();
      await settled(el);
      expect(intro()).to.equal(loading);
    });
  }
});
