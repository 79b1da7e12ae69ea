/**
 * Work once: a bundle object is checked at most once per kind of check, however many elements show
 * it and however often they update. The bundle is watched through a proxy that counts reads of
 * `schemaVersion`: every check reads it once, and no element shows it, so its reads are the checks.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/role-hub/define.js';
import { HUB_SECTIONS } from '../../src/components/role-hub/sections.js';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { attach, give, sized, type RoleHubTestElement } from './helpers/mount.js';
import { fakeNetwork, restoreNetwork } from './helpers/network.js';
import { deepAll, settled } from './helpers/render.js';

/** `bundle` behind a proxy that counts the checks run on it. */
function watched<T extends object>(bundle: T): { data: T; checks: () => number } {
  let reads = 0;
  const data = new Proxy(bundle, {
    get(target, key, receiver) {
      if (key === 'schemaVersion') reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { data, checks: () => reads };
}

/** Every element in `els` and their sections settled, none showing an error. */
async function allReady(els: RoleHubTestElement[]): Promise<void> {
  for (const el of els) await settled(el);
  for (const el of els) {
    for (const node of [el, ...deepAll(el.shadowRoot!)].filter((n) => n.shadowRoot)) {
      expect(node.shadowRoot!.querySelector('[part~="error"]'), `<${node.localName}> shows no error`).to.equal(null);
    }
  }
}

const ten = (tag: string, attrs: Record<string, string> = {}) => {
  const page = sized();
  return Array.from({ length: 10 }, () => attach(page, tag, attrs));
};

describe('a bundle is checked once per kind of check', () => {
  afterEach(() => restoreNetwork());

  it('ten <skill-ranking> given one bundle check it once, and not again when they update', async () => {
    const bundle = watched(backendBundle());
    const els = ten('skill-ranking');
    for (const el of els) give(el, bundle.data, undefined);
    await allReady(els);
    expect(bundle.checks()).to.equal(1);
    for (const el of els) expect(el.shadowRoot!.querySelectorAll('[part~="row"]').length).to.be.greaterThan(0);

    // Updates that reload (role, timeout, other data, then the same bundle again) or only re-render (locale).
    for (const el of els) {
      el.setAttribute('locale', 'de-DE');
      el.setAttribute('role', 'backend-engineer');
      el.setAttribute('timeout', '5');
      el.data = backendBundle();
    }
    for (const el of els) await el.updateComplete;
    for (const el of els) el.data = bundle.data;
    await allReady(els);
    expect(bundle.checks()).to.equal(1);
  });

  it('<role-hub> checks its bundle once per section kind, and a second hub or a new index re-checks nothing', async () => {
    const bundle = watched(backendBundle());
    const [hub] = ten('role-hub').slice(0, 1);
    give(hub!, bundle.data, roleIndex());
    await allReady([hub!]);
    const first = bundle.checks();
    // The hub and its sections, one element class each, so at most one check per class.
    expect(first).to.be.within(1, HUB_SECTIONS.length + 1);

    hub!.setAttribute('locale', 'de-DE');
    hub!.index = roleIndex(); // a new index object: the hub and every section load again
    await allReady([hub!]);
    hub!.data = backendBundle();
    await allReady([hub!]);
    hub!.data = bundle.data; // the same bundle given again
    await allReady([hub!]);
    const second = attach(sized(), 'role-hub');
    give(second, bundle.data, roleIndex());
    await allReady([second]);
    expect(bundle.checks()).to.equal(first);
  });

  it('ten widgets of two kinds on one URL: one request, one parse, the envelope checked once and each kind once', async () => {
    const net = fakeNetwork({ '/stats/backend-engineer.json': backendBundle() });
    const parse = JSON.parse;
    let parses = 0;
    let checks = () => 0;
    // Every bundle the loader parses is watched (the index is not requested by these kinds).
    JSON.parse = (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      const value = parse(text, reviver);
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'schemaVersion')) return value;
      parses++;
      const bundle = watched(value as object);
      checks = bundle.checks;
      return bundle.data;
    };
    try {
      const attrs = { role: 'backend-engineer', src: '/stats/' };
      const els = [...ten('skill-ranking', attrs).slice(0, 5), ...ten('salary-band', attrs).slice(0, 5)];
      await allReady(els);
      for (const el of els) el.setAttribute('timeout', '5'); // each loads again, from the loader's cache
      for (const el of els) await el.updateComplete;
      await allReady(els);
      expect(net.count('/stats/backend-engineer.json')).to.equal(1);
      expect(parses).to.equal(1);
      // The loader's envelope check, then one check per kind.
      expect(checks()).to.equal(3);
    } finally {
      JSON.parse = parse;
    }
  });
});
