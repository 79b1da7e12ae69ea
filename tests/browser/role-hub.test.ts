import { ContextConsumer } from '@lit/context';
import { aTimeout, expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import '../../src/components/role-hub/define.js';
import { hubContext } from '../../src/components/shared/hub-context.js';
import { HUB_SECTIONS } from '../../src/components/role-hub/role-hub.js';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { expectNoSidewaysOverflow } from './helpers/layout.js';
import { attach, mountReady, placed, sized } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { deepAll, fold, settled, textOf, updated } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

type Hub = HTMLElementTagNameMap['role-hub'];
type Section = HTMLElement & { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot };

const sections = (hub: Element) => [...hub.shadowRoot!.querySelectorAll('[part~="section"]')] as Section[];
const section = (hub: Element, tag: string) => hub.shadowRoot!.querySelector(tag) as Section;

sharedSuite('role-hub', {
  needsIndex: true,
  // While loading, the hub shows every section's own placeholder and keeps the description's lines.
  // (Narrower, <related-roles> lists its roles one per line, and the fixture index has fewer roles
  // than its placeholder reserves: see tests/browser/related-roles.test.ts.)
  stableHeight: [{ width: 800, shows: '[part~="section"]', count: HUB_SECTIONS.length }],
  // role-hub-select from a section gets through the hub: the related roles' buttons, in the order
  // tests/browser/related-roles.test.ts works out.
  select: {
    kind: 'role',
    buttons: (hub) => [...section(hub, 'related-roles').shadowRoot.querySelectorAll('button')],
    values: ['frontend-engineer', 'full-stack-engineer', 'devops-engineer', 'data-engineer'],
  },
});

/** The hub with attributes, then an index and the fixture bundle, every section rendered. */
const hubWith = async (attrs: Record<string, string> = {}, index: unknown = roleIndex()) =>
  (await mountReady('role-hub', attrs, backendBundle(), index)) as unknown as Hub;

describe('<role-hub>', () => {
  afterEach(() => restoreNetwork());

  it("renders every section of its table, the reference page's nine in its order, from one request per URL", async () => {
    const net = fakeNetwork({ '/stats/backend-engineer.json': backendBundle(), '/stats/index.json': roleIndex() });
    const hub = fixtureSync<Hub>(html`<role-hub role="backend-engineer" src="/stats/"></role-hub>`);
    await settled(hub);
    expect(sections(hub).map((s) => s.localName)).to.deep.equal([...HUB_SECTIONS]);
    // The reference page's sections keep its order; a section added to the table may go anywhere.
    const reference = [
      'role-glance',
      'skill-ranking',
      'career-path',
      'skill-pay',
      'seniority-breakdown',
      'salary-band',
      'skill-trend',
      'related-roles',
      'role-faq',
    ];
    expect(HUB_SECTIONS.filter((tag) => reference.includes(tag))).to.deep.equal(reference);
    // The hub fetched once per URL; the sections fetched nothing (they were handed the data).
    expect(net.count('/stats/backend-engineer.json')).to.equal(1);
    expect(net.count('/stats/index.json')).to.equal(1);
    expect(net.calls.length).to.equal(2);
    for (const s of sections(hub)) {
      expect(customElements.get(s.localName), `<${s.localName}> is registered`).to.be.a('function');
      expect(s.shadowRoot.querySelector('[part~="loading"], [part~="error"]'), `<${s.localName}> is ready`).to.equal(null);
    }
  });

  it('shares one context value: the bundle, index, market, locale, theme, the next heading level and pickable', async () => {
    const hub = await hubWith({
      role: 'backend-engineer',
      theme: 'dark',
      market: 'united-states',
      locale: 'de-DE',
      'heading-level': '3',
      'min-listings': '5',
      pickable: '',
    });
    // Any element inside the hub can read it, as every section does.
    const probe = document.createElement('hub-context-probe') as ContextProbe;
    hub.shadowRoot!.querySelector('[part~="sections"]')!.append(probe);
    const shared = probe.hub.value!;
    expect(shared.data).to.deep.equal(backendBundle());
    expect(shared.index).to.deep.equal(roleIndex());
    expect({ ...shared, data: null, index: null }).to.deep.equal({
      role: 'backend-engineer',
      data: null,
      index: null,
      market: 'united-states',
      locale: 'de-DE',
      theme: 'dark',
      headingLevel: 4,
      minListings: 5,
      pickable: true,
    });
    // An update that changes nothing shares the same object again; a change, a new one.
    hub.requestUpdate();
    await hub.updateComplete;
    expect(probe.hub.value).to.equal(shared);
    hub.setAttribute('locale', 'fr-FR');
    await hub.updateComplete;
    expect(probe.hub.value!.locale).to.equal('fr-FR');
    probe.remove();
  });

  it("keeps a section's own attribute over the hub's setting", async () => {
    const hub = await hubWith({ locale: 'de-DE' });
    const glance = section(hub, 'role-glance');
    glance.setAttribute('locale', 'en-US');
    glance.setAttribute('heading-level', '5');
    hub.setAttribute('locale', 'fr-FR');
    await hub.updateComplete;
    await settled(hub);
    expect(textOf(glance.shadowRoot)).to.contain('across 160 yearly salaries');
    expect(textOf(glance.shadowRoot)).to.contain('$124,671');
    expect(glance.shadowRoot.querySelector('h5[part~="heading"]')).to.exist;
    expect(textOf(section(hub, 'skill-pay').shadowRoot)).to.not.match(/\$\d/);
    expect(section(hub, 'skill-pay').shadowRoot.querySelector('h3[part~="heading"]')).to.exist;
  });

  it('keeps its section elements in place when the bundle arrives: the loading ones render it', async () => {
    fakeNetwork({ 'backend-engineer.json': () => never(), 'index.json': () => never() });
    const hub = attach(sized(800), 'role-hub', { role: 'backend-engineer', src: '/stats/' }) as unknown as Hub;
    await updated(hub);
    const loading = sections(hub);
    expect(loading.length).to.equal(HUB_SECTIONS.length);
    for (const s of loading) {
      expect(s.shadowRoot.querySelector('[part~="loading"]'), `<${s.localName}> shows its placeholder`).to.exist;
      expect(s.closest('[aria-hidden="true"]'), `<${s.localName}> is hidden from screen readers while loading`).to.exist;
    }
    const roots = loading.map((s) => s.shadowRoot);
    const places = loading.map((s) => [s.parentNode, s.nextSibling]);
    hub.index = roleIndex();
    hub.data = backendBundle();
    await settled(hub);
    const shown = sections(hub);
    expect(shown.length).to.equal(HUB_SECTIONS.length);
    shown.forEach((s, i) => {
      expect(s, `<${s.localName}> is the element that was loading`).to.equal(loading[i]);
      expect(s.shadowRoot, `<${s.localName}> kept its shadow root`).to.equal(roots[i]);
      expect(s.parentNode, `<${s.localName}> was not moved`).to.equal(places[i]![0]);
      expect(s.nextSibling, `<${s.localName}> was not moved`).to.equal(places[i]![1]);
      expect(s.closest('[aria-hidden="true"]'), `<${s.localName}> is read out once ready`).to.equal(null);
      expect(s.shadowRoot.querySelector('[part~="loading"]'), `<${s.localName}> is ready`).to.equal(null);
    });
    expect(textOf(section(hub, 'role-glance').shadowRoot)).to.contain('$124,671');
  });

  it('fails apart: a missing index costs only "other career paths", with an error event naming index.json', async () => {
    fakeNetwork({ '/stats/backend-engineer.json': backendBundle() });
    const errors: string[] = [];
    const hub = fixtureSync<Hub>(
      html`<role-hub role="backend-engineer" src="/stats/" @role-hub-error=${(e: CustomEvent) => errors.push(e.detail.url)}></role-hub>`,
    );
    await settled(hub);
    for (const s of sections(hub)) {
      const error = s.shadowRoot.querySelector('[part~="error"]');
      if (s.localName === 'related-roles') expect(fold(textOf(error!))).to.equal('The list of other roles could not be loaded.');
      else
        expect(s.shadowRoot.querySelector('[part~="loading"], [part~="error"], [part~="empty"]'), `<${s.localName}> is ready`).to.equal(
          null,
        );
    }
    expect(errors.some((url) => url.endsWith('/stats/index.json'))).to.equal(true);
  });

  it('while loading, shows every section in its own loading state, and only the hub asks the network', async () => {
    const network = fakeNetwork({ 'backend-engineer.json': () => never(), 'index.json': () => never() });
    const errors: Event[] = [];
    const wrapper = sized(800);
    wrapper.addEventListener('role-hub-error', (e) => errors.push(e));
    const hub = attach(wrapper, 'role-hub', { role: 'backend-engineer', src: '/stats/' });
    await updated(hub);
    const shown = sections(hub);
    expect(shown.map((s) => s.localName)).to.deep.equal([...HUB_SECTIONS]);
    for (const s of shown) expect(s.shadowRoot.querySelector('[part~="loading"]'), `<${s.localName}> placeholder`).to.exist;
    expect(hub.shadowRoot!.querySelector('[part~="loading"]')!.getAttribute('aria-hidden')).to.equal('true');
    await aTimeout(50);
    expect(network.calls.length).to.equal(2);
    expect(errors).to.have.length(0);
  });

  it("shows the role title and description, one footer, and the sections' headings one level down", async () => {
    const hub = await hubWith();
    const root = hub.shadowRoot!;
    expect(fold(root.querySelector('h2[part~="heading"]')!.textContent)).to.equal('How to become a Backend Engineer');
    expect(textOf(root.querySelector('[part~="intro"]'))).to.equal(
      'Backend engineers build the services, APIs and data layers that power applications — focused on correctness, performance and scale.',
    );
    expect(textOf(root.querySelector('[part~="footer"]'))).to.equal(
      'Based on 200 listings posted Sep 9, 2024 – Nov 29, 2024 · Fixture listings · built Dec 1, 2024',
    );
    for (const s of sections(hub)) {
      expect(s.shadowRoot.querySelector('[part~="footer"]'), `<${s.localName}> has no footer`).to.equal(null);
      expect(s.shadowRoot.querySelector('h3[part~="heading"]'), `<${s.localName}> heading is an h3`).to.exist;
      expect(s.shadowRoot.querySelector('h2'), `<${s.localName}> has no h2`).to.equal(null);
      expect(s.hasAttribute('theme'), `<${s.localName}> has no theme`).to.equal(false);
    }
    const headingOf = (tag: string) => fold(section(hub, tag).shadowRoot.querySelector('h3')!.textContent);
    expect(headingOf('role-glance')).to.equal('At a glance');
    expect(headingOf('related-roles')).to.equal('Explore other career paths');
    expect(headingOf('role-faq')).to.equal('Backend Engineer career FAQ');
  });

  it('names the market its figures describe, and the mix when pay is pooled', async () => {
    const line = async (market: unknown) => {
      const el = await mountReady('role-hub', {}, { ...backendBundle(), market }, roleIndex());
      return fold(textOf(el.shadowRoot!.querySelector('[part~="market"]')!));
    };
    expect(await line({ key: 'all', name: 'All markets', pooled: false, mix: [] })).to.equal('Listings from all markets in the data.');
    expect(await line({ key: 'united-states', name: 'United States', pooled: false, mix: [] })).to.equal('Listings in the United States.');
    // Five groups: the first three by name, the last two summed (20 + 10).
    const mix = [
      { key: 'united-states', name: 'United States', listings: 100 },
      { key: 'united-kingdom', name: 'United Kingdom', listings: 40 },
      { key: 'india', name: 'India', listings: 30 },
      { key: 'canada', name: 'Canada', listings: 20 },
      { key: '', name: 'Other markets', listings: 10 },
    ];
    expect(await line({ key: 'all', name: 'All markets', pooled: true, mix })).to.equal(
      'Listings from all markets, pay pooled across them: United States 100 · United Kingdom 40 · India 30 · other markets 30.',
    );
    // "Other markets" ranked second by size is still summed last, with Canada (50 + 20): never
    // named twice.
    const big = [mix[0], { key: '', name: 'Other markets', listings: 50 }, mix[1], mix[2], mix[3]];
    expect(await line({ key: 'all', name: 'All markets', pooled: true, mix: big })).to.equal(
      'Listings from all markets, pay pooled across them: United States 100 · United Kingdom 40 · India 30 · other markets 70.',
    );
    // Pooled, but every market too small for a bundle of its own: no mix to name.
    expect(await line({ key: 'all', name: 'All markets', pooled: true, mix: [] })).to.equal(
      'Listings from all markets in the data, pay pooled across them.',
    );
  });

  it('puts the sections one level below its own heading-level', async () => {
    const hub = await hubWith({ 'heading-level': '1' });
    expect(hub.shadowRoot!.querySelector('h1')).to.exist;
    for (const s of sections(hub)) expect(s.shadowRoot.querySelector('h2[part~="heading"]'), s.localName).to.exist;
  });

  it('takes the default level, h2, from an empty or removed heading-level, never an h1 the page did not ask for', async () => {
    // Lit reads an empty attribute as 0 and a removed one as null; frameworks drop an undefined one.
    const hub = await hubWith({ 'heading-level': '' });
    const levels = () => [hub, ...sections(hub)].map((el) => el.shadowRoot!.querySelector('[part~="heading"]')!.localName);
    expect(levels()).to.deep.equal(['h2', ...sections(hub).map(() => 'h3')]);
    hub.setAttribute('heading-level', '1');
    await settled(hub);
    expect(levels()[0]).to.equal('h1');
    hub.removeAttribute('heading-level');
    await settled(hub);
    await Promise.all(sections(hub).map((s) => settled(s)));
    expect(levels()).to.deep.equal(['h2', ...sections(hub).map(() => 'h3')]);
  });

  it('fires one role-hub-load for the whole page', async () => {
    fakeNetwork({ '/stats/backend-engineer.json': backendBundle(), '/stats/index.json': roleIndex() });
    const wrapper = sized();
    const loads: CustomEvent[] = [];
    wrapper.addEventListener('role-hub-load', (e) => loads.push(e));
    const hub = attach(wrapper, 'role-hub', { role: 'backend-engineer', src: '/stats/' });
    await settled(hub);
    await aTimeout(50);
    expect(loads.length).to.equal(1);
    expect(loads[0]!.target).to.equal(hub);
    expect(loads[0]!.detail).to.deep.equal({ url: new URL('/stats/backend-engineer.json', location.href).href, role: 'backend-engineer' });
  });

  it('lets role-hub-error from a section through', async () => {
    const hub = await placed('role-hub');
    const failed = oneEvent(hub.parentElement!, 'role-hub-error');
    const detail = { url: null, status: null, reason: 'invalid', message: 'test' };
    section(hub, 'salary-band').dispatchEvent(new CustomEvent('role-hub-error', { detail, bubbles: true, composed: true }));
    expect((await failed).detail).to.deep.equal(detail);
  });

  it('passes href-template to related-roles', async () => {
    const hub = await hubWith({ 'href-template': '/careers/{slug}' });
    const links = [...section(hub, 'related-roles').shadowRoot.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/careers/frontend-engineer',
      '/careers/full-stack-engineer',
      '/careers/devops-engineer',
      '/careers/data-engineer',
    ]);
  });

  it('never renders a javascript: href-template as a link, anywhere', async () => {
    const hub = await hubWith({ 'href-template': 'javascript:alert(1)//{slug}', pickable: '' });
    const all = deepAll(hub.shadowRoot!);
    expect(all.filter((n) => n.localName === 'a' && /^\s*javascript:/i.test(n.getAttribute('href') ?? ''))).to.deep.equal([]);
    expect(all.filter((n) => /javascript:/i.test(n.getAttribute('href') ?? '')).length).to.equal(0);
    expect(section(hub, 'related-roles').shadowRoot.querySelectorAll('button').length).to.equal(4);
  });

  it('puts the FAQ JSON-LD in its own light DOM with emit-schema, where crawlers read the page', async () => {
    const hub = await hubWith({ 'emit-schema': '' });
    const faq = section(hub, 'role-faq');
    const script = hub.querySelector(':scope > script[type="application/ld+json"]');
    expect(script).to.exist;
    expect((JSON.parse(script!.textContent!) as { mainEntity: unknown[] }).mainEntity.length).to.equal(4);
    expect(faq.querySelector('script'), 'nothing inside the shadow root').to.equal(null);
    hub.removeAttribute('emit-schema');
    await hub.updateComplete;
    await faq.updateComplete;
    expect(hub.querySelector('script')).to.equal(null);
  });

  it('renders hostile index titles and role names as inert text', async () => {
    const index = roleIndex();
    const evil = '<img src=x onerror="window.__pwnedHub=1">';
    index.roles[1]!.title = evil;
    index.roles[2]!.title = '__proto__';
    const bundle = backendBundle();
    bundle.role.title = evil;
    bundle.role.description = evil;
    const hub = await mountReady('role-hub', {}, bundle, index);
    expect(deepAll(hub.shadowRoot!).filter((n) => n.localName === 'img')).to.deep.equal([]);
    expect(hub.querySelector('img')).to.equal(null);
    expect(fold(hub.shadowRoot!.querySelector('h2')!.textContent)).to.equal(`How to become a ${evil}`);
    expect(fold(section(hub, 'related-roles').shadowRoot.textContent)).to.contain(`${evil} 80 listings in all markets No salary figure`);
    expect(fold(section(hub, 'related-roles').shadowRoot.textContent)).to.contain(
      '__proto__ 90 listings in all markets $130,000 median of 36 salaries',
    );
    expect((window as unknown as { __pwnedHub?: number }).__pwnedHub).to.equal(undefined);
  });

  it('formats every section in its locale', async () => {
    const hub = await hubWith({ locale: 'de-DE' });
    const glance = textOf(section(hub, 'role-glance').shadowRoot.querySelector('[part~="list"]'));
    expect(glance).to.contain('Median backend engineer pay is 124.671 $ across 160 yearly salaries');
    const firstRole = textOf(section(hub, 'related-roles').shadowRoot.querySelector('[part~="item"]'));
    expect(firstRole).to.equal('Frontend Engineer 150 listings in all markets 110.000 $ median of 60 salaries');
    // Every section takes the hub's locale through the hub context, and no figure reads as en-US.
    for (const s of sections(hub)) {
      expect((s as Section & { locale: string | null }).locale, s.localName).to.equal('de-DE');
      expect(textOf(s.shadowRoot), s.localName).to.not.match(/\d,\d{3}\b/);
    }
  });

  it("hands its colours down: sections draw no background and use the hub's theme colours", async () => {
    const hub = await hubWith({ theme: 'dark', 'href-template': '/careers/{slug}' });
    const hubBase = hub.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(hubBase).backgroundColor).to.equal('rgb(22, 27, 34)');
    for (const s of sections(hub)) {
      const base = s.shadowRoot.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).backgroundColor, s.localName).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(base).color, s.localName).to.equal('rgb(230, 237, 243)');
    }
    // The dark theme's accent (#8ab4ff) reaches the related roles' link titles.
    const title = section(hub, 'related-roles').shadowRoot.querySelector('a [part~="label"]')!;
    expect(getComputedStyle(title).color).to.equal('rgb(138, 180, 255)');
  });

  it("shows the related roles' empty message when given a bundle but no index", async () => {
    const hub = await hubWith({}, null);
    expect(section(hub, 'related-roles').shadowRoot.querySelector('[part~="empty"]')).to.exist;
    expect(section(hub, 'role-glance').shadowRoot.querySelector('[part~="list"]')).to.exist;
  });

  it('fits 280 px without overflowing, sections included', async () => {
    const hub = await placed('role-hub', { width: 280, attrs: { 'href-template': '/careers/{slug}' }, index: roleIndex() });
    expectNoSidewaysOverflow(hub);
    const right = hub.parentElement!.getBoundingClientRect().right;
    for (const s of sections(hub)) {
      expectNoSidewaysOverflow(s);
      expect(s.getBoundingClientRect().right, s.localName).to.be.at.most(right + 0.5);
    }
  });
});

/** Reads the hub context like a section does, for the test that checks what it holds. */
class ContextProbe extends ReactiveElement {
  readonly hub = new ContextConsumer(this, { context: hubContext, subscribe: true });
}
customElements.define('hub-context-probe', ContextProbe);
