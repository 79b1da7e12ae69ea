/**
 * One slug rule: the same table the builder's roles check and the validator are tested with
 * (tests/node/rules/limits.test.ts) fed to an element's `role`: a slug the rule accepts is
 * fetched, one it refuses is named as unknown without a request.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/role-glance/define.js';
import { MAX_SLUG } from '../../src/data/bundle/limits.js';
import { attach, sized } from './helpers/mount.js';
import { fakeNetwork, restoreNetwork } from './helpers/network.js';
import { settled, shadowText } from './helpers/render.js';

const SLUGS: Array<[string, boolean]> = [
  ['data-analyst', true],
  ['a1', true],
  ['united-states', true],
  ['data_analyst', false],
  ['-data', false],
  ['data-', false],
  ['data--analyst', false],
  ['Data-Analyst', false],
  ['x'.repeat(MAX_SLUG + 1), false],
];

describe('the slug rule in the elements', () => {
  afterEach(() => restoreNetwork());

  for (const [slug, ok] of SLUGS) {
    it(`role="${slug.length > 20 ? `${slug.slice(0, 12)}… (${slug.length})` : slug}" is ${ok ? 'fetched' : 'refused without a request'}`, async () => {
      const net = fakeNetwork({});
      const el = attach(sized(), 'role-glance', { role: slug, src: '/stats/' });
      await settled(el);
      const text = shadowText(el, '[part~="empty"]');
      if (ok) {
        expect(net.calls.some((u) => u.endsWith(`/stats/${slug}.json`))).to.equal(true);
        expect(text).to.equal(`There are no stats for “${slug}” yet.`);
      } else {
        expect(net.calls).to.deep.equal([]);
        expect(text).to.equal(`“${slug}” is not a role name role-hub knows.`);
      }
    });
  }
});
