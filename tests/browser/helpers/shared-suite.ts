/**
 * The behaviour every role-hub section shares, run once per tag: states, events, accessibility,
 * heading level, footer, theming hooks and hostile data. Each element's own test file calls
 * `sharedSuite(tag)` and then tests what only that element shows.
 */
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { RoleBundle } from '../../../src/data/bundle/types.js';
import { backendBundle, roleIndex } from '../fixtures/backend-bundle.js';
import { fakeNetwork, never, restoreNetwork } from './network.js';
import { settled, shadowAll } from './render.js';

export interface SharedSuiteOptions {
  /** Extra attributes for every fixture, e.g. `{ by: 'seniority' }`. */
  attrs?: Record<string, string>;
  /** The element reads index.json too. */
  needsIndex?: boolean;
}

type RoleHubTestElement = HTMLElement & { data: unknown; index: unknown; updateComplete: Promise<unknown> };

export async function mount(tag: string, attrs: Record<string, string> = {}, data?: unknown): Promise<RoleHubTestElement> {
  const t = unsafeStatic(tag);
  const el = await fixture<RoleHubTestElement>(staticHtml`<${t}></${t}>`);
  // Attributes first, then data, the order a framework uses.
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  await el.updateComplete;
  return el;
}

// Wrappers are made with fixtureSync: fixture() on a plain element waits for an animation frame,
// which never comes in a hidden page, and the runner keeps one of its two test pages hidden.
export function sharedSuite(tag: string, options: SharedSuiteOptions = {}): void {
  const attrs = options.attrs ?? {};
  const withIndex = (el: RoleHubTestElement) => {
    if (options.needsIndex) el.index = roleIndex();
  };

  describe(`<${tag}> shared behaviour`, () => {
    let errors: string[];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const originalConsoleError = console.error;
    beforeEach(() => {
      errors = [];
      window.addEventListener('error', onError);
      console.error = (...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
        originalConsoleError(...args);
      };
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      console.error = originalConsoleError;
      restoreNetwork();
      expect(errors, 'errors reached the page').to.deep.equal([]);
    });

    it('is registered once and upgrades', () => {
      const ctor = customElements.get(tag);
      expect(ctor).to.be.a('function');
      expect(document.createElement(tag)).to.be.instanceOf(ctor!);
    });

    it('keeps the role slug out of ARIA\'s role attribute', async () => {
      fakeNetwork({ 'backend-engineer.json': () => never(), 'index.json': () => never() });
      const el = await mount(tag, { ...attrs, role: 'backend-engineer', src: '/stats/' });
      expect(el.getAttribute('role')).to.equal(null);
      expect(el.getAttribute('data-role')).to.equal('backend-engineer');
      expect((el as unknown as { role: string }).role).to.equal('backend-engineer');
    });

    it('is accessible when ready', async () => {
      const el = await mount(tag, attrs);
      withIndex(el);
      el.data = backendBundle();
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('stays accessible when a page shows it twice', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      for (let i = 0; i < 2; i++) {
        const el = document.createElement(tag) as RoleHubTestElement;
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        if (options.needsIndex) el.index = roleIndex();
        el.data = backendBundle();
        wrapper.append(el);
        await settled(el);
      }
      await expect(wrapper).to.be.accessible();
    });

    it('shows a loading placeholder, accessible, until the bundle arrives', async () => {
      fakeNetwork({ 'backend-engineer.json': () => never(), 'index.json': () => never() });
      const el = await mount(tag, { ...attrs, role: 'backend-engineer', src: '/stats/' });
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
    });

    it('fetches <src>/<role>.json and fires role-hub-load', async () => {
      const net = fakeNetwork({ '/stats/backend-engineer.json': backendBundle(), '/stats/index.json': roleIndex() });
      const t = unsafeStatic(tag);
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const loaded = oneEvent(wrapper, 'role-hub-load');
      const el = document.createElement(tag) as RoleHubTestElement;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.setAttribute('role', 'backend-engineer');
      el.setAttribute('src', '/stats/');
      wrapper.append(el);
      const event = await loaded;
      expect(event.detail).to.deep.equal({ url: new URL('/stats/backend-engineer.json', location.href).href, role: 'backend-engineer' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(net.count('/stats/backend-engineer.json')).to.equal(1);
      void t;
    });

    it('shows a readable error, fires role-hub-error and stays accessible when the server fails', async () => {
      fakeNetwork({ 'backend-engineer.json': () => new Response('oops', { status: 500 }), 'index.json': roleIndex() });
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'role-hub-error');
      const el = document.createElement(tag) as RoleHubTestElement;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.setAttribute('role', 'backend-engineer');
      el.setAttribute('src', '/stats/');
      wrapper.append(el);
      const event = await failed;
      expect(event.detail.status).to.equal(500);
      expect(event.detail.reason).to.equal('http');
      await settled(el);
      const error = el.shadowRoot!.querySelector('[part~="error"]') as HTMLElement;
      expect(error.innerText).to.contain('could not be loaded');
      await expect(el).to.be.accessible();
    });

    it('says there are no stats for an unknown role (404) and fires role-hub-error', async () => {
      fakeNetwork({ 'index.json': roleIndex() });
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'role-hub-error');
      const el = document.createElement(tag) as RoleHubTestElement;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.setAttribute('role', 'astronaut');
      el.setAttribute('src', '/stats/');
      wrapper.append(el);
      expect((await failed).detail.status).to.equal(404);
      await settled(el);
      const empty = el.shadowRoot!.querySelector('[part~="empty"]') as HTMLElement;
      expect(empty.innerText).to.equal('There are no stats for “astronaut” yet.');
      await expect(el).to.be.accessible();
    });

    it('shows the error state for a bundle of another schema major', async () => {
      const el = await mount(tag, attrs);
      const failed = oneEvent(el, 'role-hub-error');
      el.data = { ...backendBundle(), schemaVersion: '2.0.0' };
      expect((await failed).detail.reason).to.equal('invalid');
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    });

    it('says so when the role has too few listings', async () => {
      const el = await mount(tag, { ...attrs, 'min-listings': '500' });
      withIndex(el);
      el.data = backendBundle();
      await settled(el);
      const empty = el.shadowRoot!.querySelector('[part~="empty"]') as HTMLElement;
      expect(empty.innerText).to.equal('Too few backend engineer listings to show reliable figures (200; at least 500 needed).');
      await expect(el).to.be.accessible();
    });

    it('renders hostile names as inert text', async () => {
      const bundle: RoleBundle = backendBundle();
      const evil = '<img src=x onerror="window.__pwned=1">';
      bundle.role.title = evil;
      bundle.role.fit = evil;
      bundle.role.description = evil;
      bundle.skills[0]!.name = evil;
      bundle.skills[1]!.name = '__proto__';
      bundle.pay!.bySkill[0]!.name = evil;
      bundle.trend.skills[0]!.name = evil;
      const el = await mount(tag, attrs);
      withIndex(el);
      el.data = bundle;
      await settled(el);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows the provenance footer, and hides it with no-footer', async () => {
      const el = await mount(tag, attrs);
      withIndex(el);
      el.data = backendBundle();
      await settled(el);
      const footer = el.shadowRoot!.querySelector('[part~="footer"]') as HTMLElement;
      expect(footer.innerText.replace(/\s+/g, ' ')).to.equal('Based on 200 listings posted Sep 9, 2024 – Nov 29, 2024 · Fixture listings · built Dec 1, 2024');
      el.setAttribute('no-footer', '');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="footer"]')).to.equal(null);
    });

    it('uses the heading level it is given', async () => {
      const el = await mount(tag, { ...attrs, 'heading-level': '4' });
      withIndex(el);
      el.data = backendBundle();
      await settled(el);
      expect(shadowAll(el, 'h4[part~="heading"]').length).to.be.greaterThan(0);
      expect(shadowAll(el, 'h2[part~="heading"]').length).to.equal(0);
    });

    it('draws no background of its own by default and an opaque one with a theme', async () => {
      const el = await mount(tag, attrs);
      withIndex(el);
      el.data = backendBundle();
      await settled(el);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 27, 34)');
    });
  });
}
