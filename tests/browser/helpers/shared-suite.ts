/**
 * The behaviour every role-hub section shares, run once per tag: states, events, accessibility,
 * heading level, footer, theming hooks, hostile data, the page language and a 280 px column; and,
 * by option, what most sections share with small variations: the height kept from loading to
 * ready, and role-hub-select from buttons. Each element's own test file calls
 * `sharedSuite(tag, options)` and then tests what only that element shows.
 */
import { aTimeout, expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import type { RoleBundle } from '../../../src/data/bundle/types.js';
import type { RoleHubSelectDetail } from '../../../src/components/shared/events.js';
import { backendBundle, pooledMarket, roleIndex } from '../fixtures/backend-bundle.js';
import { expectNoSidewaysOverflow } from './layout.js';
import { attach, give, mount, mountReady, placed, sized, type RoleHubTestElement } from './mount.js';
import { fakeNetwork, never, restoreNetwork } from './network.js';
import { deepActiveElement, deepAll, deepText, settled, shadowAll, updated } from './render.js';

/** One loading-to-ready height check. */
export interface StableHeightCase {
  width: number;
  /** Attributes for this check on top of the suite's, e.g. `{ 'no-footer': '' }`. */
  attrs?: Record<string, string>;
  /** What the ready state shows, so the check knows the data arrived, e.g. '[part~="row"]'. */
  shows: string;
  /** How many nodes `shows` matches when ready; at least one when left out. */
  count?: number;
}

export interface SharedSuiteOptions {
  /** Extra attributes for every fixture, e.g. `{ by: 'seniority' }`. */
  attrs?: Record<string, string>;
  /** The element reads index.json too. */
  needsIndex?: boolean;
  /** Loading and ready heights must match in each of these cases (the skeleton mirrors the ready layout). */
  stableHeight?: StableHeightCase[];
  /** Nodes besides the base and the rows that must not overflow sideways at 280 px, e.g. '[part~="change"]'. */
  narrowParts?: string;
  /** The buttons that fire role-hub-select with the fixture, and the value each one picks, in order. */
  select?: {
    kind: RoleHubSelectDetail['kind'];
    /** A shadow-root selector, or a function for buttons deeper down (a hub's sections). */
    buttons: string | ((el: RoleHubTestElement) => HTMLElement[]);
    values: string[];
  };
}

const attrsLabel = (attrs: Record<string, string>) =>
  Object.keys(attrs).length === 0
    ? ''
    : ` (${Object.entries(attrs)
        .map(([k, v]) => (v ? `${k}="${v}"` : k))
        .join(' ')})`;

// Wrappers are made with fixtureSync (through sized()): fixture() on a plain element waits for an
// animation frame, which never comes in a hidden page, and the runner keeps one of its two test
// pages hidden.
export function sharedSuite(tag: string, options: SharedSuiteOptions = {}): void {
  const attrs = options.attrs ?? {};
  /** The fixture index for elements that read one, else not set. */
  const index = () => (options.needsIndex ? roleIndex() : undefined);
  /** The element, ready with the fixture (or `data`) and the suite's attributes plus `extra`. */
  const ready = (extra: Record<string, string> = {}, data: unknown = backendBundle()) =>
    mountReady(tag, { ...attrs, ...extra }, data, index());
  /** The element in a wrapper, asking the fake network for the role's bundle from /stats/. */
  const fetching = (role = 'backend-engineer', wrapper = sized()) => attach(wrapper, tag, { ...attrs, role, src: '/stats/' });

  describe(`<${tag}> shared behaviour${attrsLabel(attrs)}`, () => {
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

    it("keeps the role slug out of ARIA's role attribute", async () => {
      fakeNetwork({ 'backend-engineer.json': () => never(), 'index.json': () => never() });
      const el = await mount(tag, { ...attrs, role: 'backend-engineer', src: '/stats/' });
      expect(el.getAttribute('role')).to.equal(null);
      expect(el.getAttribute('data-role')).to.equal('backend-engineer');
      expect((el as unknown as { role: string }).role).to.equal('backend-engineer');
    });

    it('is accessible when ready', async () => {
      await expect(await ready()).to.be.accessible();
    });

    it('stays accessible when a page shows it twice', async () => {
      const wrapper = sized();
      for (let i = 0; i < 2; i++) {
        const el = attach(wrapper, tag, attrs);
        give(el, backendBundle(), index());
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
      const wrapper = sized();
      const loaded = oneEvent(wrapper, 'role-hub-load');
      fetching('backend-engineer', wrapper);
      const event = await loaded;
      expect(event.detail).to.deep.equal({ url: new URL('/stats/backend-engineer.json', location.href).href, role: 'backend-engineer' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(net.count('/stats/backend-engineer.json')).to.equal(1);
    });

    it('shows a readable error, fires role-hub-error and stays accessible when the server fails', async () => {
      fakeNetwork({ 'backend-engineer.json': () => new Response('oops', { status: 500 }), 'index.json': roleIndex() });
      const wrapper = sized();
      const failed = oneEvent(wrapper, 'role-hub-error');
      const el = fetching('backend-engineer', wrapper);
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
      const wrapper = sized();
      const failed = oneEvent(wrapper, 'role-hub-error');
      const el = fetching('astronaut', wrapper);
      expect((await failed).detail.status).to.equal(404);
      await settled(el);
      const empty = el.shadowRoot!.querySelector('[part~="empty"]') as HTMLElement;
      expect(empty.innerText).to.match(/^There are no stats for “astronaut” at http:\/\/\S+\/stats\/astronaut\.json\.$/);
      await expect(el).to.be.accessible();
    });

    it('fetches <src>/<role>.<market>.json for a market, and names the market in its footer', async () => {
      const bundle = { ...backendBundle(), market: { key: 'united-states', name: 'United States', pooled: false, mix: [] } };
      const net = fakeNetwork({ '/stats/backend-engineer.united-states.json': bundle, '/stats/index.json': roleIndex() });
      const wrapper = sized();
      const loaded = oneEvent(wrapper, 'role-hub-load');
      const el = attach(wrapper, tag, { ...attrs, role: 'backend-engineer', market: 'united-states', src: '/stats/' });
      expect((await loaded).detail.url).to.match(/\/stats\/backend-engineer\.united-states\.json$/);
      await settled(el);
      expect(net.count('backend-engineer.json')).to.equal(0);
      const footer = el.shadowRoot!.querySelector('[part~="footer"]') as HTMLElement | null;
      if (footer) expect(footer.innerText.replace(/\s+/g, ' ')).to.match(/^Based on 200 listings in the United States posted /);
    });

    it('says which markets the role has when asked for one it lacks (404), and fires role-hub-error', async () => {
      const index = roleIndex();
      index.roles[0]!.markets = [
        { key: 'all', name: 'All markets', listings: 300 },
        { key: 'united-states', name: 'United States', listings: 200 },
      ];
      fakeNetwork({ '/stats/index.json': index });
      const wrapper = sized();
      const failed = oneEvent(wrapper, 'role-hub-error');
      const el = attach(wrapper, tag, { ...attrs, role: 'backend-engineer', market: 'france', src: '/stats/' });
      expect((await failed).detail.status).to.equal(404);
      await settled(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="empty"]'), 'the empty state', { timeout: 3000 });
      const empty = el.shadowRoot!.querySelector('[part~="empty"]') as HTMLElement;
      expect(empty.innerText).to.match(
        /^There are no stats for “backend-engineer” in the market “france” at http:\/\/\S+\/stats\/backend-engineer\.france\.json\. It has: All markets \(all\), United States \(united-states\)\.$/,
      );
      await expect(el).to.be.accessible();
    });

    it('gives a copy of itself (cloneNode, innerHTML) the same role, which loads and shows the same', async () => {
      fakeNetwork({ '/stats/backend-engineer.json': backendBundle(), '/stats/index.json': roleIndex() });
      const wrapper = sized();
      const loaded = oneEvent(wrapper, 'role-hub-load');
      const el = fetching('backend-engineer', wrapper);
      await loaded;
      await settled(el);
      for (const copy of [el.cloneNode(true) as RoleHubTestElement, copyByHtml(el)]) {
        const copied = oneEvent(copy, 'role-hub-load');
        wrapper.append(copy);
        expect((await copied).detail.role).to.equal('backend-engineer');
        await settled(copy);
        expect(deepText(copy)).to.equal(deepText(el));
        copy.remove();
      }
    });

    it('moved to another parent while loading or once drawn, fetches once and fires role-hub-load once', async () => {
      let answer: (r: Response) => void = () => {};
      const net = fakeNetwork({
        '/stats/backend-engineer.json': () => new Promise<Response>((resolve) => (answer = resolve)),
        '/stats/index.json': roleIndex(),
      });
      const [first, second] = [sized(), sized()];
      const loads: string[] = [];
      for (const parent of [first, second])
        parent.addEventListener('role-hub-load', (e) => loads.push((e as CustomEvent<{ role: string }>).detail.role));
      const el = fetching('backend-engineer', first);
      await el.updateComplete;
      await aTimeout(0);
      second.append(el);
      answer(new Response(JSON.stringify(backendBundle()), { status: 200 }));
      await waitUntil(() => loads.length > 0, 'the load event', { timeout: 3000 });
      await settled(el);
      const drawn = deepText(el);
      first.append(el);
      await settled(el);
      await aTimeout(50);
      expect(loads).to.deep.equal(['backend-engineer']);
      expect(net.count('/stats/backend-engineer.json')).to.equal(1);
      expect(deepText(el)).to.equal(drawn);
    });

    it('fires role-hub-error (invalid-name) and fetches nothing for a role or market no bundle can have', async () => {
      for (const [role, market, said] of [
        ['Backend Engineer', '', '“Backend Engineer” is not a role name role-hub knows.'],
        ['backend-engineer', 'United States', '“United States” is not a market name role-hub knows.'],
      ] as const) {
        const net = fakeNetwork({});
        const wrapper = sized();
        const failed = oneEvent(wrapper, 'role-hub-error');
        const el = attach(wrapper, tag, { ...attrs, role, src: '/stats/', ...(market ? { market } : {}) });
        const { detail } = await failed;
        expect([detail.code, detail.url, detail.role, detail.message]).to.deep.equal(['invalid-name', null, role, said]);
        await settled(el);
        expect((el.shadowRoot!.querySelector('[part~="empty"]') as HTMLElement).innerText).to.equal(said);
        expect(net.calls).to.deep.equal([]);
      }
    });

    it('takes the default minimum of listings (10) again when min-listings is removed, as a framework does for null', async () => {
      const el = await ready({ 'min-listings': '500' });
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
      el.removeAttribute('min-listings');
      await settled(el);
      expect((el as RoleHubTestElement & { minListings: unknown }).minListings).to.equal(10);
      expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.equal(null);
    });

    it('shows the error state for a bundle of another schema major', async () => {
      const el = await mount(tag, attrs);
      const failed = oneEvent(el, 'role-hub-error');
      el.data = { ...backendBundle(), schemaVersion: '3.0.0' };
      expect((await failed).detail.reason).to.equal('invalid');
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.exist;
    });

    it('says so when the role has too few listings', async () => {
      const el = await ready({ 'min-listings': '500' });
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
      const el = await ready({}, bundle);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('says the all-markets view pools pay when its listings come from several markets', async () => {
      const bundle = backendBundle();
      bundle.market = pooledMarket();
      const el = await ready({}, bundle);
      const footer = el.shadowRoot!.querySelector('[part~="footer"]') as HTMLElement;
      expect(footer.innerText.replace(/\s+/g, ' ')).to.equal(
        'Based on 200 listings from all markets (pay pooled) posted Sep 9, 2024 – Nov 29, 2024 · Fixture listings · built Dec 1, 2024',
      );
    });

    it('shows the provenance footer, and hides it with no-footer', async () => {
      const el = await ready();
      const footer = el.shadowRoot!.querySelector('[part~="footer"]') as HTMLElement;
      expect(footer.innerText.replace(/\s+/g, ' ')).to.equal(
        'Based on 200 listings posted Sep 9, 2024 – Nov 29, 2024 · Fixture listings · built Dec 1, 2024',
      );
      el.setAttribute('no-footer', '');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="footer"]')).to.equal(null);
    });

    it('uses the heading level it is given', async () => {
      const el = await ready({ 'heading-level': '4' });
      expect(shadowAll(el, 'h4[part~="heading"]').length).to.be.greaterThan(0);
      expect(shadowAll(el, 'h2[part~="heading"]').length).to.equal(0);
    });

    it('draws no background of its own by default and an opaque one with a theme', async () => {
      const el = await ready();
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 27, 34)');
    });

    it('takes the page language when it has no locale of its own', async () => {
      const english = deepText(await ready());
      const german = deepText(await ready({ locale: 'de-DE' }));
      expect(german, 'de-DE formats some figure differently from en-US').not.to.equal(english);
      const page = fixtureSync<HTMLDivElement>(html`<div lang="de-DE"></div>`);
      const el = attach(page, tag, attrs);
      give(el, backendBundle(), index());
      await settled(el);
      expect(deepText(el)).to.equal(german);
    });

    it('marks its English copy as English on a page in another language, for screen readers', async () => {
      const page = fixtureSync<HTMLDivElement>(html`<div lang="fr-FR"></div>`);
      const el = attach(page, tag, attrs);
      give(el, backendBundle(), index());
      await settled(el);
      const unmarked = textLanguages(el).filter(([, lang]) => lang !== 'en');
      expect(unmarked, 'text whose nearest lang is not "en"').to.deep.equal([]);
      expect(deepText(el), 'figures still in the page language').to.equal(deepText(await ready({ locale: 'fr-FR' })));
    });

    it('gives a screen reader its words apart, as they are shown: no two run together in a name or a text', async () => {
      // Chromium leaves out of the accessibility tree a text node of white space alone that comes
      // before a comment, and Lit marks each value with one: "1 listings</span> ${market}" then
      // reads "1 listingsin the United States". Every word the tree gives must be a word shown.
      const el = await placed(tag, { width: 600, attrs: { ...attrs, 'href-template': '/careers/{slug}' }, index: index() });
      // The whole page's tree: the widget is all the fixture shows, and a snapshot rooted at a host
      // element gives its first named node alone.
      const tree = (await a11ySnapshot({})) as unknown as AxNode;
      const shown = new Set([...deepText(el).split(' '), ...deepLabels(el).flatMap((l) => l.split(/\s+/))]);
      const runTogether = axNames(tree)
        .flatMap((name) => name.split(/\s+/))
        .filter((word) => word && !shown.has(word));
      expect([...new Set(runTogether)], 'words in the accessibility tree that the widget does not show').to.deep.equal([]);
      // The tree gives text apart from link and button names node by node, so the cause itself is
      // looked for too: a space alone between two pieces of inline text, before a comment.
      expect(droppedSpaces(el), 'spaces the accessibility tree leaves out, with the text around them').to.deep.equal([]);
    });

    it('fits a 280 px column without sideways overflow, its disclosures closed and open', async () => {
      const el = await placed(tag, { width: 280, attrs, index: index() });
      const parts = ['[part~="row"]', options.narrowParts].filter(Boolean).join(', ');
      expectNoSidewaysOverflow(el, parts);
      expect(el.getBoundingClientRect().width).to.equal(280);
      for (const details of shadowAll(el, 'details') as HTMLDetailsElement[]) details.open = true;
      await aTimeout(0);
      expectNoSidewaysOverflow(el, parts);
      expect(el.getBoundingClientRect().width).to.equal(280);
    });

    for (const { width, attrs: caseAttrs = {}, shows, count } of options.stableHeight ?? []) {
      it(`keeps the same height from loading to ready at ${width} px${attrsLabel(caseAttrs)}`, async () => {
        fakeNetwork({ 'backend-engineer.json': () => never(), 'index.json': () => never() });
        const el = attach(sized(width), tag, { ...attrs, ...caseAttrs, role: 'backend-engineer', src: '/stats/' });
        await updated(el);
        expect(el.shadowRoot!.querySelector('[part~="loading"]'), 'the loading placeholder').to.exist;
        const loading = el.getBoundingClientRect().height;
        give(el, backendBundle(), index());
        await settled(el);
        expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
        const shown = shadowAll(el, shows).length;
        if (count === undefined) expect(shown, shows).to.be.greaterThan(0);
        else expect(shown, shows).to.equal(count);
        expect(el.getBoundingClientRect().height).to.equal(loading);
      });
    }

    if (options.select) {
      const { kind, buttons, values } = options.select;
      const buttonsOf = (el: RoleHubTestElement) => (typeof buttons === 'string' ? shadowAll(el, buttons) : buttons(el));

      it('shows the names as text without pickable: no button, so no tab stop that does nothing', async () => {
        const el = await placed(tag, { attrs, index: index() });
        const inside = deepAll(el.shadowRoot!);
        expect(inside.filter((node) => node.matches('button')).length, 'no button').to.equal(0);
        // Still shown: every skill name, or a card per role.
        if (kind === 'skill') for (const value of values) expect(deepText(el), value).to.include(value);
        else expect(inside.filter((node) => node.matches('[part~="card"]')).length, 'role cards').to.equal(values.length);
      });

      it(`fires role-hub-select with the ${kind} when each button is clicked`, async () => {
        const el = await placed(tag, { attrs: { ...attrs, pickable: '' }, index: index() });
        const all = buttonsOf(el);
        expect(all.length).to.equal(values.length);
        for (const [i, button] of all.entries()) {
          // Heard outside the element: the event bubbles out of its shadow root.
          const picked = oneEvent(el.parentElement!, 'role-hub-select');
          button.click();
          const event = await picked;
          expect(event.detail).to.deep.equal({ kind, value: values[i] });
          expect(event.bubbles && event.composed).to.equal(true);
        }
      });

      it('fires role-hub-select from the keyboard (Tab to a button, Enter)', async () => {
        const el = await placed(tag, { attrs: { ...attrs, pickable: '' }, index: index() });
        const all = buttonsOf(el);
        all[0]!.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement()).to.equal(all[1]);
        const tabbed = oneEvent(el.parentElement!, 'role-hub-select');
        await sendKeys({ press: 'Enter' });
        expect((await tabbed).detail).to.deep.equal({ kind, value: values[1] });
        for (const [i, button] of all.entries()) {
          button.focus();
          const picked = oneEvent(el.parentElement!, 'role-hub-select');
          await sendKeys({ press: 'Enter' });
          expect((await picked).detail).to.deep.equal({ kind, value: values[i] });
        }
      });
    }
  });
}

/** Each visible text of `el` (through shadow roots) with the `lang` nearest to it in the composed tree. */
function textLanguages(el: Element): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node instanceof Text && node.data.trim()) found.push([node.data.trim(), composedLang(node)]);
    // Drawings hold no words (and are hidden from the tree).
    if (node instanceof SVGElement) return;
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(el);
  return found;
}

function composedLang(node: Node): string {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

/** A copy of `el` made from its HTML, as a page cache or a framework that re-parses markup makes one. */
function copyByHtml(el: Element): RoleHubTestElement {
  const holder = document.createElement('div');
  holder.innerHTML = el.outerHTML;
  return holder.firstElementChild as RoleHubTestElement;
}

interface AxNode {
  name?: string;
  children?: AxNode[];
}

/** Every name in an accessibility snapshot (a text's name is the text). */
function axNames(node: AxNode): string[] {
  return [...(node.name ? [node.name] : []), ...(node.children ?? []).flatMap(axNames)];
}

/** The aria-label of every element of `el`, through shadow roots: names a screen reader gets that are not shown as text. */
function deepLabels(el: Element): string[] {
  const labels: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.hasAttribute('aria-label')) labels.push(node.getAttribute('aria-label')!);
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(el);
  return labels;
}

/**
 * Each text node of white space alone, inside `el`'s shadow roots, that stands before a comment
 * between two pieces of inline content: Chromium's accessibility tree leaves it out, joining the
 * words around it. Given as "before|after".
 */
function droppedSpaces(el: Element): string[] {
  const inline = (node: Node | null): boolean =>
    node instanceof Text
      ? node.data.trim() !== ''
      : node instanceof HTMLElement && getComputedStyle(node).display.startsWith('inline') && node.textContent!.trim() !== '';
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Text && node.data.trim() === '' && node.nextSibling instanceof Comment) {
      let next: Node | null = node.nextSibling;
      while (next instanceof Comment || (next instanceof Text && next.data === '')) next = next.nextSibling;
      if (inline(node.previousSibling) && inline(next))
        found.push(`${node.previousSibling!.textContent!.slice(-20)}|${next!.textContent!.slice(0, 20)}`);
    }
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(el);
  return found;
}
