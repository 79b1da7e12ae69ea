/**
 * The loading placeholder pulses as one block per widget. A pulse on each skeleton bar looks the
 * same but makes the browser restyle every bar of every widget on every frame: on a page of fifty
 * widgets that cost more than rendering them (see docs/benchmarks.md). This checks the shape that
 * avoids it: while loading, no bar animates on its own and each shadow root runs at most two
 * animations (the hub: its intro lines and its market line; its sections pulse in their own roots).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { documentedTags } from './helpers/elements.js';
import { attach, sized } from './helpers/mount.js';
import { fakeNetwork, never, restoreNetwork } from './helpers/network.js';

/** Every shadow root under `root`'s host, the host's own first. */
function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const nested = [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? shadowRoots(el.shadowRoot) : []));
  return [root, ...nested];
}

/** What an animation runs on, named for a failure message. */
const targetOf = (a: Animation) => {
  const target = (a.effect as KeyframeEffect).target as Element;
  return `${target.localName}.${[...target.classList].join('.')}`;
};

describe('a loading widget pulses as one block, not bar by bar', () => {
  afterEach(() => restoreNetwork());
  for (const tag of documentedTags) {
    it(`<${tag}>`, async () => {
      fakeNetwork({ 'backend-engineer.json': () => never() });
      const el = attach(sized(800), tag, { role: 'backend-engineer', src: '/stats/' });
      await el.updateComplete;
      // The hub's sections render a microtask after it does.
      for (const root of shadowRoots(el.shadowRoot!))
        await (root.host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      let pulses = 0;
      for (const root of shadowRoots(el.shadowRoot!)) {
        const name = `<${root.host.localName}>`;
        expect(root.querySelector('[part~="loading"]'), `${name} is loading`).to.exist;
        const running = root.getAnimations();
        const onBars = running.filter((a) => ((a.effect as KeyframeEffect).target as Element).classList.contains('skeleton'));
        expect(onBars.map(targetOf), `${name}: bars animated one by one`).to.deep.equal([]);
        expect(running.length, `${name}: ${running.map(targetOf).join(', ')}`).to.be.within(1, 2);
        pulses += running.length;
      }
      expect(pulses, 'pulses in all').to.be.greaterThan(0);
    });
  }
});
