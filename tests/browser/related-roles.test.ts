import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/related-roles/define.js';
import { pickRelated } from '../../src/components/related-roles/pick-related.js';
import { roleHref } from '../../src/components/related-roles/role-href.js';
import type { RoleIndex } from '../../src/data/bundle/types.js';
import { backendBundle, pooledMarket, roleIndex } from './fixtures/backend-bundle.js';
import { expectNoSidewaysOverflow } from './helpers/layout.js';
import { mountReady, placed } from './helpers/mount.js';
import { fakeNetwork, restoreNetwork } from './helpers/network.js';
import { settled, shadowAll, shadowTexts } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

sharedSuite('related-roles', {
  needsIndex: true,
  // The fixture index has exactly 4 other roles. With fewer roles than `limit` the ready list is
  // shorter than the placeholder, which cannot know the index size in advance.
  stableHeight: [{ width: 600, attrs: { limit: '4' }, shows: '[part~="item"]', count: 4 }],
  // Without href-template every role is a button, in the order worked out in the first test below.
  select: {
    kind: 'role',
    buttons: 'button[part~="button"]',
    values: ['frontend-engineer', 'full-stack-engineer', 'devops-engineer', 'data-engineer'],
  },
});

type Related = HTMLElementTagNameMap['related-roles'];

/** <related-roles> with attributes, then an index and the fixture bundle, rendered. */
const related = async (attrs: Record<string, string> = {}, index: RoleIndex | null = roleIndex()) =>
  (await mountReady('related-roles', attrs, backendBundle(), index)) as unknown as Related;

const items = (el: Element) => shadowTexts(el, '[part~="item"]');

describe('<related-roles>', () => {
  afterEach(() => {
    restoreNetwork();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('lists the related roles first, then the rest by listing count, never the current role', async () => {
    const el = await related();
    // related: frontend, full-stack, devops (in that order); then the only other role left, data-engineer.
    // Backend Engineer is the current role and is left out. Pay from the index, in USD, en-US; every
    // fixture role's default market is "all", so each card says "… listings in all markets".
    expect(items(el)).to.deep.equal([
      'Frontend Engineer 150 listings in all markets $110,000 median of 60 salaries',
      'Full-Stack Engineer 120 listings in all markets $118,000 median of 48 salaries',
      'DevOps Engineer 90 listings in all markets $130,000 median of 36 salaries',
      'Data Engineer 80 listings in all markets No salary figure',
    ]);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Explore other career paths');
  });

  it("puts the bundle's related roles before busier ones", async () => {
    const bundle = backendBundle();
    // data-engineer has the fewest listings (80) but is named as related; the rest follow by count:
    // frontend 150, full-stack 120, devops 90. Unknown and self slugs are skipped.
    bundle.role.related = ['data-engineer', 'astronaut', 'backend-engineer'];
    const el = await mountReady('related-roles', {}, bundle, roleIndex());
    expect(shadowTexts(el, '[part~="label"]')).to.deep.equal([
      'Data Engineer',
      'Frontend Engineer',
      'Full-Stack Engineer',
      'DevOps Engineer',
    ]);
  });

  it("names the market each card's figures describe, not the page's, and calls the median a salary median", async () => {
    // The all-markets page of data-analyst (pooled): the index gives every other role's figures for
    // its default market. Data Scientist's is the United States (6,316 listings, median $144,000
    // over the salaries stated, not over the 6,316 listings); a UK-only role is named by its UK
    // entry; a role whose default is "all" says so. The page's own market is never implied.
    const bundle = backendBundle();
    bundle.role.slug = 'data-analyst';
    bundle.role.related = ['data-scientist', 'uk-role', 'data-engineer'];
    bundle.market = pooledMarket();
    const index: RoleIndex = {
      schemaVersion: '2.1.0',
      generatedAt: '2025-01-01T00:00:00.000Z',
      roles: [
        {
          slug: 'data-scientist',
          title: 'Data Scientist',
          market: 'united-states',
          markets: [
            { key: 'all', name: 'All markets', listings: 9000 },
            { key: 'united-states', name: 'United States', listings: 6316 },
            { key: 'united-kingdom', name: 'United Kingdom', listings: 1200 },
          ],
          listings: 6316,
          medianPay: 144000,
          currency: 'USD',
          salaries: 2526,
          basis: 'year',
        },
        {
          slug: 'uk-role',
          title: 'UK Role',
          market: 'united-kingdom',
          markets: [
            { key: 'all', name: 'All markets', listings: 130 },
            { key: 'united-kingdom', name: 'United Kingdom', listings: 120 },
          ],
          listings: 120,
          medianPay: 60000,
          currency: 'GBP',
          salaries: 48,
          basis: 'year',
        },
        ...roleIndex().roles.filter((r) => r.slug === 'data-engineer'),
      ],
    };
    const el = await mountReady('related-roles', { limit: '3' }, bundle, index);
    expect(items(el)).to.deep.equal([
      'Data Scientist 6,316 listings in the United States $144,000 median of 2,526 salaries',
      'UK Role 120 listings in the United Kingdom £60,000 median of 48 salaries',
      'Data Engineer 80 listings in all markets No salary figure',
    ]);
    expect(shadowTexts(el, '[part~="market"]')).to.deep.equal([
      '6,316 listings in the United States',
      '120 listings in the United Kingdom',
      '80 listings in all markets',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows at most `limit` roles', async () => {
    const el = await related({ limit: '2' });
    expect(items(el)).to.deep.equal([
      'Frontend Engineer 150 listings in all markets $110,000 median of 60 salaries',
      'Full-Stack Engineer 120 listings in all markets $118,000 median of 48 salaries',
    ]);
  });

  it('formats pay and counts in its locale', async () => {
    const index = roleIndex();
    index.roles.find((r) => r.slug === 'devops-engineer')!.listings = 1500;
    const el = await related({ locale: 'de-DE' }, index);
    // de-DE: "." groups thousands and the dollar sign follows the amount. devops now has 1,500
    // listings, so it sorts after the related roles still (related order is fixed) and reads "1.500".
    expect(items(el)).to.deep.equal([
      'Frontend Engineer 150 listings in all markets 110.000 $ median of 60 salaries',
      'Full-Stack Engineer 120 listings in all markets 118.000 $ median of 48 salaries',
      'DevOps Engineer 1.500 listings in all markets 130.000 $ median of 36 salaries',
      'Data Engineer 80 listings in all markets No salary figure',
    ]);
  });

  it('names the salaries a median rests on, annualised ones with pay basis "all"', async () => {
    const index = roleIndex();
    for (const role of index.roles) role.basis = 'all';
    index.roles.find((r) => r.slug === 'full-stack-engineer')!.salaries = 1;
    const el = await related({ limit: '2' }, index);
    expect(items(el)).to.deep.equal([
      'Frontend Engineer 150 listings in all markets $110,000 median of 60 annualised salaries',
      'Full-Stack Engineer 120 listings in all markets $118,000 median of 1 annualised salary',
    ]);
  });

  it('reads an index of schema 2.0, which gives no salary count, and claims none', async () => {
    const index: RoleIndex = { ...roleIndex(), schemaVersion: '2.0.0' };
    const old = JSON.parse(JSON.stringify(index), (key, value) => (key === 'salaries' || key === 'basis' ? undefined : value));
    const el = await related({ limit: '2' }, old);
    expect(items(el)).to.deep.equal([
      'Frontend Engineer 150 listings in all markets $110,000 median salary',
      'Full-Stack Engineer 120 listings in all markets $118,000 median salary',
    ]);
  });

  it('says "1 listing" for a single listing', async () => {
    const index = roleIndex();
    index.roles.find((r) => r.slug === 'data-engineer')!.listings = 1;
    const el = await related({}, index);
    expect(items(el)[3]).to.equal('Data Engineer 1 listing in all markets No salary figure');
  });

  it('renders buttons without href-template when pickable, and text cards when not', async () => {
    const el = await related({ pickable: '' });
    expect(shadowAll(el, 'a').length).to.equal(0);
    expect(shadowAll(el, 'button[part~="button"]').length).to.equal(4);
    const plain = await related();
    expect(shadowAll(plain, 'a, button').length).to.equal(0);
    expect(shadowAll(plain, 'span[part~="card"]').length).to.equal(4);
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
    // A template a framework binds as another type reads as its text, rather than throwing.
    expect(roleHref(42 as unknown as string, 'x')).to.equal('42');
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
      const el = await related({ 'href-template': template, pickable: '' });
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
      'Frontend Engineer 150 listings in all markets $110,000 median of 60 salaries',
      'Full-Stack Engineer 120 listings in all markets $118,000 median of 48 salaries',
      '__proto__ 90 listings in all markets $130,000 median of 36 salaries',
      `${evil} 80 listings in all markets No salary figure`,
    ]);
    expect((window as unknown as { __pwnedRelated?: number }).__pwnedRelated).to.equal(undefined);
  });

  it('says so when the index has no other role', async () => {
    const index = roleIndex();
    index.roles = index.roles.filter((r) => r.slug === 'backend-engineer');
    const el = await related({}, index);
    expect((el.shadowRoot!.querySelector('[part~="empty"]') as HTMLElement).innerText).to.equal(
      'There are no other roles to compare with yet.',
    );
    await expect(el).to.be.accessible();
  });

  it('says so when given a bundle but no index', async () => {
    const el = await related({}, null);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
  });

  it('loads index.json beside the bundle, once', async () => {
    const net = fakeNetwork({ '/stats/backend-engineer.json': backendBundle(), '/stats/index.json': roleIndex() });
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div>
        <related-roles role="backend-engineer" src="/stats/"></related-roles>
        <related-roles role="backend-engineer" src="/stats/"></related-roles>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('related-roles')];
    await settled(a!);
    await settled(b!);
    expect(items(a!).length).to.equal(4);
    expect(items(b!).length).to.equal(4);
    expect(net.count('/stats/index.json')).to.equal(1);
    expect(net.count('/stats/backend-engineer.json')).to.equal(1);
  });

  it('fires only role-hub-error, naming index.json, when the index fails: what it shows is that error', async () => {
    for (const answer of [() => new Response('oops', { status: 500 }), () => new Response('<html>', { status: 200 })]) {
      fakeNetwork({ '/stats/backend-engineer.json': backendBundle(), '/stats/index.json': answer });
      const events: string[] = [];
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      for (const type of ['role-hub-load', 'role-hub-error']) {
        wrapper.addEventListener(type, (e) =>
          events.push(`${type} ${(e as CustomEvent<{ url: string }>).detail.url.replace(/^.*\/stats\//, '')}`),
        );
      }
      const el = document.createElement('related-roles');
      el.setAttribute('role', 'backend-engineer');
      el.setAttribute('src', '/stats/');
      const failed = oneEvent(wrapper, 'role-hub-error');
      wrapper.append(el);
      await failed;
      await settled(el);
      expect(shadowTexts(el, '[part~="error"]')).to.deep.equal(['The list of other roles could not be loaded.']);
      expect(events).to.deep.equal(['role-hub-error index.json']);
    }
  });

  it('fits 280 px without overflowing', async () => {
    const index = roleIndex();
    index.roles[4]!.title = 'Full-Stack Engineer With An Uncommonly Long Role Title That Will Not Fit';
    const el = await placed('related-roles', { width: 280, attrs: { 'href-template': '/careers/{slug}' }, index });
    expectNoSidewaysOverflow(el);
    const right = el.parentElement!.getBoundingClientRect().right;
    for (const item of shadowAll(el, '[part~="item"]')) expect(item.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    // The long title is cut visually, but all of it is still there to read.
    expect(items(el)[1]).to.contain('Uncommonly Long Role Title That Will Not Fit');
  });

  it('pickRelated(index, current, related, limit) skips the current role and unknown slugs', () => {
    const picked = pickRelated(roleIndex(), 'frontend-engineer', ['frontend-engineer', 'nope', 'data-engineer', 'data-engineer'], 10);
    // data-engineer first (related), then by listings: backend 200, full-stack 120, devops 90.
    expect(picked.map((r) => r.slug)).to.deep.equal(['data-engineer', 'backend-engineer', 'full-stack-engineer', 'devops-engineer']);
    expect(pickRelated(null, 'x', [], 6)).to.deep.equal([]);
  });
});
