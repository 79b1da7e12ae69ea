/**
 * Every styling hook the docs name works from the page: each CSS part in the manifest (which
 * docs/api.md is generated from) is reached by a `::part()` rule, in one of the element's states,
 * and each documented `--role-hub-*` custom property changes what it says it changes.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { AWAITING_DATA } from '../../src/components/shared/bundle-controller.js';
import manifest from '../../custom-elements.json';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { attach, placed, sized } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';
import { deepAll, settled } from './helpers/render.js';

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);

/** Attributes besides the defaults that show more of an element's parts. */
const variants: Record<string, Record<string, string>[]> = {
  'salary-band': [{ by: 'seniority' }],
  'related-roles': [{ 'href-template': '/roles/{role}' }, { pickable: '' }],
};

/** A bundle whose trend has a rising and a falling verdict, the only time <skill-trend> draws arrows. */
function withVerdicts() {
  const bundle = backendBundle();
  bundle.trend.skills[0]!.verdict = 'rising';
  bundle.trend.skills[1]!.verdict = 'falling';
  return bundle;
}

/** The element in every state a reader can meet: ready (with each variant), loading, error and empty. */
async function everyState(tag: string): Promise<Element[]> {
  const shown: Element[] = [];
  for (const attrs of [{}, ...(variants[tag] ?? [])])
    shown.push(await placed(tag, { width: 800, attrs, data: withVerdicts(), index: roleIndex() }));
  shown.push(await placed(tag, { width: 800, data: { not: 'a bundle' } }));
  shown.push(await placed(tag, { width: 800, data: null, attrs: {} }));
  fakeNetwork({ 'backend-engineer.json': () => never() });
  const loading = attach(sized(800), tag, { role: 'backend-engineer', src: '/stats/' });
  await loading.updateComplete;
  shown.push(loading);
  return shown;
}

const OUTLINE = 'rgb(1, 2, 3)';

describe('every documented CSS part can be styled from the page', () => {
  afterEach(() => restoreNetwork());
  for (const d of declarations) {
    for (const part of d.cssParts ?? []) {
      it(`${d.tagName}::part(${part.name})`, async () => {
        const style = document.createElement('style');
        style.textContent = `${d.tagName}::part(${part.name}) { outline: 3px solid ${OUTLINE} !important; }`;
        document.head.append(style);
        try {
          const hosts = await everyState(d.tagName!);
          const nodes = hosts.flatMap((h) => [...h.shadowRoot!.querySelectorAll(`[part~="${part.name}"]`)]);
          expect(nodes.length, `no [part~="${part.name}"] in any state`).to.be.greaterThan(0);
          for (const node of nodes)
            expect(getComputedStyle(node).outlineColor, `${node.localName}.${node.getAttribute('class')}`).to.equal(OUTLINE);
        } finally {
          style.remove();
        }
      });
    }
  }
});

/** Where each documented custom property shows: an element, a node in it, and the computed style it sets. */
const effects: Record<
  string,
  { tag: string; attrs?: Record<string, string>; selector: string; property: string; value: string; expected: string }
> = {
  '--role-hub-accent': { tag: 'skill-ranking', selector: '.fill', property: 'fill', value: 'rgb(1, 2, 3)', expected: 'rgb(1, 2, 3)' },
  '--role-hub-text': { tag: 'skill-ranking', selector: '.root', property: 'color', value: 'rgb(4, 5, 6)', expected: 'rgb(4, 5, 6)' },
  '--role-hub-muted': {
    tag: 'skill-ranking',
    selector: '[part~="intro"]',
    property: 'color',
    value: 'rgb(7, 8, 9)',
    expected: 'rgb(7, 8, 9)',
  },
  '--role-hub-surface': {
    tag: 'skill-ranking',
    selector: '.root',
    property: 'background-color',
    value: 'rgb(10, 11, 12)',
    expected: 'rgb(10, 11, 12)',
  },
  '--role-hub-border': {
    tag: 'salary-band',
    selector: '[part~="grid"]',
    property: 'stroke',
    value: 'rgb(13, 14, 15)',
    expected: 'rgb(13, 14, 15)',
  },
  '--role-hub-track': {
    tag: 'seniority-breakdown',
    selector: '.track',
    property: 'fill',
    value: 'rgb(16, 17, 18)',
    expected: 'rgb(16, 17, 18)',
  },
  '--role-hub-positive': {
    tag: 'skill-pay',
    selector: '.delta.up',
    property: 'color',
    value: 'rgb(19, 20, 21)',
    expected: 'rgb(19, 20, 21)',
  },
  '--role-hub-negative': {
    tag: 'skill-pay',
    selector: '.delta.down',
    property: 'color',
    value: 'rgb(22, 23, 24)',
    expected: 'rgb(22, 23, 24)',
  },
  '--role-hub-font': { tag: 'skill-ranking', selector: '.root', property: 'font-family', value: 'Courier', expected: 'Courier' },
  '--role-hub-font-size': { tag: 'skill-ranking', selector: '[part~="heading"]', property: 'font-size', value: '20px', expected: '25px' },
  '--role-hub-radius': { tag: 'related-roles', selector: '.card', property: 'border-radius', value: '3px', expected: '3px' },
  '--role-hub-spacing': {
    tag: 'skill-ranking',
    attrs: { theme: 'light' },
    selector: '.root',
    property: 'padding-top',
    value: '10px',
    expected: '10px',
  },
};

describe('every documented custom property changes what the docs say', () => {
  const documented = [...new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)))].sort();

  it('has an effect to check for each documented property, and no more', () => {
    expect(Object.keys(effects).sort()).to.deep.equal(documented);
  });

  for (const [name, e] of Object.entries(effects)) {
    it(`${name} on <${e.tag}>`, async () => {
      const el = await placed(e.tag, { width: 800, attrs: e.attrs, data: backendBundle(), index: roleIndex() });
      const nodes = deepAll(el.shadowRoot!).filter((n) => n.matches(e.selector));
      expect(nodes.length, e.selector).to.be.greaterThan(0);
      const before = getComputedStyle(nodes[0]!).getPropertyValue(e.property);
      (el as HTMLElement).style.setProperty(name, e.value);
      await settled(el);
      expect(before, 'the default differs from the value set').to.not.equal(e.expected);
      for (const node of nodes) expect(getComputedStyle(node).getPropertyValue(e.property)).to.equal(e.expected);
    });
  }

  it('the page font size carries through, and --role-hub-font-size overrides it', async () => {
    const wrapper = sized(800);
    wrapper.style.fontSize = '20px';
    const el = attach(wrapper, 'salary-band');
    (el as unknown as { data: unknown }).data = backendBundle();
    await settled(el as never);
    const size = (sel: string) => getComputedStyle(el.shadowRoot!.querySelector(sel)!).fontSize;
    expect(size('.root')).to.equal('20px');
    expect(size('[part~="heading"]')).to.equal('25px');
    el.style.setProperty('--role-hub-font-size', '14px');
    expect(size('.root')).to.equal('14px');
  });

  it('a relative --role-hub-font-size applies once in <role-hub>, not again in each of its sections', async () => {
    const wrapper = sized(800);
    wrapper.style.fontSize = '16px';
    wrapper.style.setProperty('--role-hub-font-size', '1.25em');
    const hub = attach(wrapper, 'role-hub');
    (hub as unknown as { data: unknown }).data = backendBundle();
    await settled(hub as never);
    const root = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontSize;
    // 16 px × 1.25 = 20 px, in the hub and in every section alike.
    expect(root(hub)).to.equal('20px');
    const sections = [...hub.shadowRoot!.querySelectorAll('skill-ranking, salary-band, career-path')];
    expect(sections.length).to.be.greaterThan(0);
    for (const section of sections) expect(root(section), section.localName).to.equal('20px');
  });
  it('a relative --role-hub-font-size lays a widget out as the same size in pixels does', async () => {
    // 1.25em, 125% and 1.25rem of a 16 px page are all 20 px: every row, note and placeholder takes
    // the same room as with 20px. Rows once took 1.5 × the value again inside the card, where the
    // em was already applied (37.5 px rows at 1.25em), and 125% became a share of a height.
    const tags = [
      'skill-ranking',
      'role-glance',
      'skill-trend',
      'career-path',
      'salary-band',
      'skill-pay',
      'seniority-breakdown',
      'role-faq',
    ];
    const heights = async (value: string, loading: boolean) => {
      const wrapper = sized(440);
      wrapper.style.fontSize = '16px';
      wrapper.style.setProperty('--role-hub-font-size', value);
      const els = tags.map((tag) => attach(wrapper, tag) as HTMLElement & { data: unknown });
      for (const el of els) el.data = loading ? AWAITING_DATA : backendBundle();
      // A loading widget stays loading: its first update is its placeholder.
      await Promise.all(
        els.map((el) => (loading ? (el as unknown as { updateComplete: Promise<unknown> }).updateComplete : settled(el as never))),
      );
      const measured = els.map((el) => `${el.localName} ${el.getBoundingClientRect().height.toFixed(1)}`);
      wrapper.remove();
      return measured;
    };
    for (const loading of [false, true]) {
      const px = await heights('20px', loading);
      for (const value of ['1.25em', '125%', '1.25rem'])
        expect(await heights(value, loading), `${value}${loading ? ', loading' : ''}`).to.deep.equal(px);
    }
  });
});

describe('theme="auto" follows the page’s colour scheme as the page changes it', () => {
  // The card's surface in each scheme (theme.styles.ts): #ffffff light, #161b22 dark.
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(22, 27, 34)';
  const surface = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
  /**
   * The surface once it is `expected`, or whatever it still is after two seconds. A hidden page
   * draws no frames, so no transition runs in it (nor would one for a reader, until the tab is
   * shown): while the test runner has put another test's page in front, this one is brought back.
   */
  async function becomes(el: Element, expected: string): Promise<string> {
    for (let i = 0; i < 100 && surface(el) !== expected; i++) {
      if (document.visibilityState === 'hidden') await executeServerCommand('bring-to-front');
      await new Promise((r) => setTimeout(r, 20));
    }
    return surface(el);
  }
  const autoBand = () => placed('salary-band', { width: 600, attrs: { theme: 'auto' }, data: backendBundle() });

  it('a color-scheme an ancestor declares, then changes, then drops', async () => {
    const el = await autoBand();
    // The test browser prefers light, so an undeclared page gives a light card.
    expect(surface(el)).to.equal(LIGHT);
    const wrapper = el.parentElement!;
    wrapper.style.colorScheme = 'dark';
    expect(await becomes(el, DARK)).to.equal(DARK);
    wrapper.style.colorScheme = 'light';
    expect(await becomes(el, LIGHT)).to.equal(LIGHT);
    wrapper.style.colorScheme = 'dark';
    expect(await becomes(el, DARK)).to.equal(DARK);
    wrapper.style.colorScheme = '';
    expect(await becomes(el, LIGHT)).to.equal(LIGHT);
  });

  it('a <meta name="color-scheme"> the page adds and removes', async () => {
    const el = await autoBand();
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    try {
      document.head.append(meta);
      expect(await becomes(el, DARK)).to.equal(DARK);
    } finally {
      meta.remove();
    }
    expect(await becomes(el, LIGHT)).to.equal(LIGHT);
  });

  it('a change made while it was hidden, once it is shown again', async () => {
    const el = await autoBand();
    const wrapper = el.parentElement!;
    wrapper.style.display = 'none';
    wrapper.style.colorScheme = 'dark';
    await new Promise((r) => setTimeout(r, 50));
    wrapper.style.display = '';
    expect(await becomes(el, DARK)).to.equal(DARK);
    el.hidden = true;
    wrapper.style.colorScheme = 'light';
    await new Promise((r) => setTimeout(r, 50));
    el.hidden = false;
    expect(await becomes(el, LIGHT)).to.equal(LIGHT);
  });

  it('for a reader who asks for reduced motion, whose page stops transitions', async () => {
    // The probe's 1ms colour transition is how the change is heard; it is no motion a reader sees.
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const el = await autoBand();
      el.parentElement!.style.colorScheme = 'dark';
      expect(await becomes(el, DARK)).to.equal(DARK);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('the scheme of the ancestor it is moved under', async () => {
    const el = await autoBand();
    const dark = sized(600);
    dark.style.colorScheme = 'dark';
    dark.append(el);
    expect(await becomes(el, DARK)).to.equal(DARK);
  });
});
