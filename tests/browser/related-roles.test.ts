import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/related-roles/define.js';
import { pickRelated } from '../../src/components/related-roles/pick-related.js';
import { roleHref } from '../../src/components/related-roles/role-href.js';
import type { RoleIndex } from '../../src/data/bundle/types.js';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { settled, shadowAll } from './helpers/render.js';
import { mount, sharedSuite } from './helpers/shared-suite.js';

sharedSuite('related-roles', { needsIndex: true });

type Related = HTMLElementTagNameMap['related-roles'];

/** Mounts <related-roles> with attributes, then the fixture bundle and an index. */
async function related(attrs: Record<string, string> = {}, index: RoleIndex | null = roleIndex()): Promise<Related> {
  const el = (await mount('related-roles', attrs)) as unknown as Related;
  el.index = index;
  el.data = backendBundle();
  await settled(el);
  return el;
}

const items = (el: Element) => shadowAll(el, '[part~="item"]').map((li) => li.innerText.replace(/\s+/g, ' ').trim());

describe('<related-roles>', () => {
  afterEach(() => {
    restoreNetwork();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('lists the related roles first, then the rest by listing count, never the current role', async () => {
    const el = await related();
    // related: frontend, full-stack, devops (in that order); then the only other role left, data-engineer.
    // Backend Engineer is the current role and is left out. Pay from the index, in USD, en-US.
    expect(items(el)).to.deep.equal([
      'Frontend Engineer $110,000 median · 150 listings',
      'Full-Stack Engineer $118,000 median · 120 listings',
      'DevOps Engineer $130,000 median · 90 listings',
      'Data Engineer Pay not disclosed · 80 listings',
    ]);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Explore other career paths');
  });

  it('puts the bundle\'s related roles before busier ones', async () => {
    const el = (await mount('related-roles')) as unknown as Related;
    const bundle = backendBundle();
    // data-engineer has the fewest listings (80) but is named as related; the rest follow by count:
    // frontend 150, full-stack 120, devops 90. Unknown and self slugs are skipped.
    bundle.role.related = ['data-engineer', 'astronaut', 'backend-engineer'];
    el.index = roleIndex();
    el.data = bundle;
    await settled(el);
    expect(items(el).map((t) => t.split(' $')[0]!.split(' Pay')[0])).to.deep.equal([
      'Data Engineer',
      'Frontend Engineer',
      'Full-Stack Engineer',
      'DevOps Engineer',
    ]);
  });

  it('shows at most `limit` roles', async () => {
    const el = await related({ limit: '2' });
    expect(items(el)).to.deep.equal(['Frontend Engineer $110,000 median · 150 listings', 'Full-Stack Engineer $118,000 median · 120 listings']);
  });

  it('formats pay and counts in its locale', async () => {
    const index = roleIndex();
    index.roles.find((r) => r.slug === 'devops-engineer')!.listings = 1500;
    const el = await related({ locale: 'de-DE' }, index);
    // de-DE: "." groups thousands and the dollar sign follows the amount. devops now has 1,500
    // listings, so it sorts after the related roles still (related order is fixed) and reads "1.500".
    expect(items(el)).to.deep.equal([
      'Frontend Engineer 110.000 $ median · 150 listings',
      'Full-Stack Engineer 118.000 $ median · 120 listings',
      'DevOps Engineer 130.000 $ median · 1.500 listings',
      'Data Engineer Pay not disclosed · 80 listings',
    ]);
  });

  it('says "1 listing" for a single listing', async () => {
    const index = roleIndex();
    index.roles.find((r) => r.slug === 'data-engineer')!.listings = 1;
    const el = await related({}, index);
    expect(items(el)[3]).to.equal('Data Engineer Pay not disclosed · 1 listing');
  });

  it('renders buttons without href-template, which fire role-hub-select on click', async () => {
    const el = await related();
    expect(shadowAll(el, 'a').length).to.equal(0);
    const buttons = shadowAll(el, 'button[part~="button"]');
    expect(buttons.length).to.equal(4);
    const picked = oneEvent(el, 'role-hub-select');
    buttons[1]!.click();
    const event = await picked;
    expect(event.detail).to.deep.equal({ kind: 'role', value: 'full-stack-engineer' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fires role-hub-select from the keyboard (Enter on a focused button)', async () => {
    const el = await related();
    const picked = oneEvent(el, 'role-hub-select');
    shadowAll(el, 'button')[2]!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail).to.deep.equal({ kind: 'role', value: 'devops-engineer' });
  });

  it('builds links from href-template, encoding the slug', async () => {
    const el = await related({ 'href-template': '#/careers/{slug}?from=hub' });
    const links = shadowAll(el, 'a[part~="link"]') as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#/careers/frontend-engineer?from=hub',
      '#/careers/full-stack-engineer?from=hub',
      '#/careers/devops-engineer?from=hub',
      '#/careers/data-engineer?from=hub',
    ]);
    expect(shadowAll(el, 'button').length).to.equal(0);
    expect(roleHref('/careers/{slug}', 'a b/c')).to.equal('/careers/a%20b%2Fc');
  });

  it('follows a link after role-hub-select unless a listener cancels it', async () => {
    const el = await related({ 'href-template': '#/careers/{slug}' });
    const links = shadowAll(el, 'a') as HTMLAnchorElement[];

    const picked = oneEvent(el, 'role-hub-select');
    links[0]!.click();
    expect((await picked).detail).to.deep.equal({ kind: 'role', value: 'frontend-engineer' });
    expect(location.hash).to.equal('#/careers/frontend-engineer');

    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('role-hub-select', cancel);
    const pickedAgain = oneEvent(el, 'role-hub-select');
    links[3]!.click();
    const event = await pickedAgain;
    expect(event.detail.value).to.equal('data-engineer');
    expect(event.defaultPrevented).to.equal(true);
    expect(location.hash, 'a cancelled pick does not navigate').to.equal('#/careers/frontend-engineer');
    el.removeEventListener('role-hub-select', cancel);
  });

  it('fires role-hub-select from the keyboard (Enter on a focused link)', async () => {
    const el = await related({ 'href-template': '#/careers/{slug}' });
    el.addEventListener('role-hub-select', (e) => e.preventDefault());
    const picked = oneEvent(el, 'role-hub-select');
    (shadowAll(el, 'a')[1] as HTMLAnchorElement).focus();
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail).to.deep.equal({ kind: 'role', value: 'full-stack-engineer' });
    expect(location.hash).to.equal('');
  });

  for (const template of ['javascript:alert(1)//{slug}', ' JaVa\tScRiPt:alert(1)//{slug}', 'data:text/html,{slug}', '{slug}:x']) {
    it(`never renders a link for the href-template ${JSON.stringify(template)}`, async () => {
      const el = await related({ 'href-template': template });
      const all = [...el.shadowRoot!.querySelectorAll('*'), ...document.querySelectorAll('*')];
      expect(shadowAll(el, 'a').length).to.equal(0);
      expect(all.filter((n) => /^\s*javascript:/i.test(n.getAttribute('href') ?? '')).length).to.equal(0);
      // The roles are still there, as buttons that fire role-hub-select.
      expect(shadowAll(el, 'button').length).to.equal(4);
    });
  }

  it('renders hostile index titles as inert text', async () => {
    const index = roleIndex();
    const evil = '<img src=x onerror="window.__pwnedRelated=1">';
    index.roles[1]!.title = evil; // data-engineer
    index.roles[2]!.title = '__proto__'; // devops-engineer
    const el = await related({}, index);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(items(el)).to.deep.equal([
      'Frontend Engineer $110,000 median · 150 listings',
      'Full-Stack Engineer $118,000 median · 120 listings',
      '__proto__ $130,000 median · 90 listings',
      `${evil} Pay not disclosed · 80 listings`,
    ]);
    expect((window as unknown as { __pwnedRelated?: number }).__pwnedRelated).to.equal(undefined);
  });

  it('says so when the index has no other role', async () => {
    const index = roleIndex();
    index.roles = index.roles.filter((r) => r.slug === 'backend-engineer');
    const el = await related({}, index);
    expect((el.shadowRoot!.querySelector('[part~="empty"]') as HTMLElement).innerText).to.equal('There are no other roles to compare with yet.');
    await expect(el).to.be.accessible();
  });

  it('says so when given a bundle but no index', async () => {
    const el = await related({}, null);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
  });

  it('loads index.json beside the bundle, once', async () => {
    const net = fakeNetwork({ '/stats/backend-engineer.json': backendBundle(), '/stats/index.json': roleIndex() });
    const wrapper = fixtureSync<HTMLDivElement>(html`<div>
      <related-roles role="backend-engineer" src="/stats/"></related-roles>
      <related-roles role="backend-engineer" src="/stats/"></related-roles>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('related-roles')];
    await settled(a!);
    await settled(b!);
    expect(items(a!).length).to.equal(4);
    expect(items(b!).length).to.equal(4);
    expect(net.count('/stats/index.json')).to.equal(1);
    expect(net.count('/stats/backend-engineer.json')).to.equal(1);
  });

  it('keeps its height from loading to ready when the index fills `limit`', async () => {
    fakeNetwork({ 'backend-engineer.json': () => never(), 'index.json': () => never() });
    const wrapper = document.createElement('div');
    wrapper.style.width = '600px';
    document.body.append(wrapper);
    const el = document.createElement('related-roles');
    // The fixture index has exactly 4 other roles. With fewer roles than `limit` the ready list is
    // shorter than the placeholder, which cannot know the index size in advance.
    for (const [k, v] of Object.entries({ limit: '4', 'no-footer': '', role: 'backend-engineer', src: '/stats/' })) el.setAttribute(k, v);
    wrapper.append(el);
    await el.updateComplete;
    const loading = el.getBoundingClientRect().height;
    el.index = roleIndex();
    el.data = backendBundle();
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(loading);
    wrapper.remove();
  });

  it('fits 280 px without overflowing', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '280px';
    document.body.append(wrapper);
    const el = document.createElement('related-roles');
    el.setAttribute('href-template', '/careers/{slug}');
    wrapper.append(el);
    const index = roleIndex();
    index.roles[4]!.title = 'Full-Stack Engineer With An Uncommonly Long Role Title That Will Not Fit';
    el.index = index;
    el.data = backendBundle();
    await settled(el);
    const base = el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const item of shadowAll(el, '[part~="item"]')) expect(item.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    // The long title is cut visually, but all of it is still there to read.
    expect(items(el)[1]).to.contain('Uncommonly Long Role Title That Will Not Fit');
    wrapper.remove();
  });

  it('pickRelated(index, current, related, limit) skips the current role and unknown slugs', () => {
    const picked = pickRelated(roleIndex(), 'frontend-engineer', ['frontend-engineer', 'nope', 'data-engineer', 'data-engineer'], 10);
    // data-engineer first (related), then by listings: backend 200, full-stack 120, devops 90.
    expect(picked.map((r) => r.slug)).to.deep.equal(['data-engineer', 'backend-engineer', 'full-stack-engineer', 'devops-engineer']);
    expect(pickRelated(null, 'x', [], 6)).to.deep.equal([]);
  });
});
