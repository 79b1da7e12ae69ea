import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/skill-ranking/define.js';
import { clampLimit } from '../../src/components/skill-ranking/skill-ranking.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { settled, shadowAll, shadowText } from './helpers/render.js';
import { mount, sharedSuite } from './helpers/shared-suite.js';

sharedSuite('skill-ranking');

/** Each row as a reader sees it: rank, skill name and share, white space folded. */
function rows(el: Element): string[][] {
  const text = (node: Element | null) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
  return shadowAll(el, '[part~="row"]').map((row) => [
    text(row.querySelector('[part~="rank"]')),
    text(row.querySelector('[part~="label"]')),
    text(row.querySelector('[part~="value"]')),
  ]);
}

/** A sized wrapper, so layout can be measured at a given width. */
function sized(width: number): HTMLDivElement {
  // fixtureSync: fixture() on a plain div waits for an animation frame, which a hidden test page never gets.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  return wrapper;
}

describe('<skill-ranking>', () => {
  afterEach(() => restoreNetwork());

  it('reads the heading and the intro with the role noun', async () => {
    const el = await mount('skill-ranking', {}, backendBundle());
    await settled(el);
    expect(shadowText(el, '[part~="heading"]')).to.equal('The skills employers ask for most');
    expect(shadowText(el, '[part~="intro"]')).to.equal(
      'Ranked by how often each skill appears across active backend engineer listings. Learn these first.',
    );
  });

  it('ranks the top 8 skills with their share of listings as whole percentages', async () => {
    const el = await mount('skill-ranking', {}, backendBundle());
    await settled(el);
    // 200 listings, so share = count / 200:
    // AWS 30 → 15%, SQL 22 → 11%, Python 18 → 9%, CI/CD 16 → 8%, Java 16 → 8%,
    // PostgreSQL 14 → 7%, TypeScript 14 → 7%, Docker 12 → 6%. Go (8 → 4%) is ninth, so it is cut.
    expect(rows(el)).to.deep.equal([
      ['1', 'AWS', '15%'],
      ['2', 'SQL', '11%'],
      ['3', 'Python', '9%'],
      ['4', 'CI/CD', '8%'],
      ['5', 'Java', '8%'],
      ['6', 'PostgreSQL', '7%'],
      ['7', 'TypeScript', '7%'],
      ['8', 'Docker', '6%'],
    ]);
    expect(shadowAll(el, 'ol[part~="list"] > li').length).to.equal(8);
  });

  it('draws each bar on [0, top share], so the top skill fills the width', async () => {
    const el = await mount('skill-ranking', {}, backendBundle());
    await settled(el);
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
    const el = await mount('skill-ranking', { locale: 'de-DE' }, backendBundle());
    await settled(el);
    // German puts a (no-break) space before the percent sign: 30/200 → "15 %".
    const shares = rows(el).map((r) => r[2]);
    expect(shares).to.deep.equal(['15 %', '11 %', '9 %', '8 %', '8 %', '7 %', '7 %', '6 %']);
  });

  it('shows as many rows as its limit attribute or property asks for', async () => {
    const el = await mount('skill-ranking', { limit: '3' }, backendBundle());
    await settled(el);
    expect(rows(el).map((r) => r[1])).to.deep.equal(['AWS', 'SQL', 'Python']);
    (el as unknown as { limit: number }).limit = 10;
    await el.updateComplete;
    // Ninth and tenth: Go 8 → 4%, Kubernetes 6 → 3%.
    expect(rows(el).slice(8)).to.deep.equal([
      ['9', 'Go', '4%'],
      ['10', 'Kubernetes', '3%'],
    ]);
  });

  it('clamps limit to 1–30 and falls back to 8 when it is not a number', async () => {
    const el = await mount('skill-ranking', { limit: '0' }, backendBundle());
    await settled(el);
    expect(rows(el).length).to.equal(1);
    el.setAttribute('limit', '99');
    await el.updateComplete;
    // Clamped to 30, but the fixture has only 11 skills.
    expect(rows(el).length).to.equal(11);
    el.setAttribute('limit', 'many');
    await el.updateComplete;
    expect(rows(el).length).to.equal(8);
    expect([clampLimit(2.6), clampLimit(-4), clampLimit(31), clampLimit(null), clampLimit(Number.NaN)]).to.deep.equal([3, 1, 30, 8, 8]);
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
    const el = await mount('skill-ranking', {}, bundle);
    await settled(el);
    expect(shadowText(el, '[part~="empty"]')).to.equal('No skills were found in these backend engineer listings yet.');
    expect(shadowAll(el, '[part~="row"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('fires role-hub-select with the skill when a name is clicked', async () => {
    const el = await mount('skill-ranking', {}, backendBundle());
    await settled(el);
    const button = shadowAll(el, 'button[part~="label"]')[1]!;
    const picked = oneEvent(document, 'role-hub-select');
    button.click();
    const event = await picked;
    expect(event.detail).to.deep.equal({ kind: 'skill', value: 'SQL' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fires role-hub-select from the keyboard (Tab to a name, Enter)', async () => {
    const el = await mount('skill-ranking', {}, backendBundle());
    await settled(el);
    const first = shadowAll(el, 'button[part~="label"]')[0]!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('SQL');
    const picked = oneEvent(el, 'role-hub-select');
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail).to.deep.equal({ kind: 'skill', value: 'SQL' });
  });

  it('fits 280 px without overflow, truncating a long name on one line but keeping it whole', async () => {
    const wrapper = sized(280);
    const bundle = backendBundle();
    bundle.skills[0]!.name = 'Amazon Web Services Elastic Kubernetes Service';
    const el = document.createElement('skill-ranking');
    wrapper.append(el);
    el.data = bundle;
    await settled(el);
    const base = el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const name = shadowAll(el, 'button[part~="label"]')[0]!;
    expect(name.textContent).to.equal('Amazon Web Services Elastic Kubernetes Service');
    const rowsOf = shadowAll(el, '[part~="row"]');
    // Every row is one line tall, the long one too.
    expect(rowsOf[0]!.getBoundingClientRect().height).to.equal(rowsOf[1]!.getBoundingClientRect().height);
    shadowAll(el, '[part~="row"]').forEach((row) => expect(row.scrollWidth).to.be.at.most(row.clientWidth));
  });

  for (const limit of ['8', '3']) {
    it(`keeps the same height from loading to ready at 600 px (limit ${limit})`, async () => {
      fakeNetwork({ 'backend-engineer.json': () => never() });
      const wrapper = sized(600);
      const el = document.createElement('skill-ranking');
      el.setAttribute('limit', limit);
      el.setAttribute('role', 'backend-engineer');
      el.setAttribute('src', '/stats/');
      wrapper.append(el);
      await el.updateComplete;
      const loading = el.getBoundingClientRect().height;
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
      el.data = backendBundle();
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part~="list"]')).to.exist;
      expect(el.getBoundingClientRect().height).to.equal(loading);
    });
  }
});
