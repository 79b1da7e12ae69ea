/**
 * One slug rule: the same table the builder's roles check and the validator are tested with
 * (tests/node/rules/limits.test.ts) fed to an element's `role`: a slug the rule accepts is
 * fetched, one it refuses is named as unknown without a request.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/role-glance/define.js';
import { SLUG_TABLE } from '../fixtures/slug-table.js';
import { attach, sized } from './helpers/mount.js';
import { fakeNetwork, restoreNetwork } from './helpers/network.js';
import { settled, shadowText } from './helpers/render.js';

describe('the slug rule in the elements', () => {
  afterEach(() => restoreNetwork());

  for (const [slug, ok] of SLUG_TABLE) {
    it(`role="${slug.length > 20 ? `${slug.slice(0, 12)}… (${slug.length})` : slug}" is ${ok ? 'fetched' : 'refused without a request'}`, async () => {
      const net = fakeNetwork({});
      const el = attach(sized(), 'role-glance', { role: slug, src: '/stats/' });
      await settled(el);
      const text = shadowText(el, '[part~="empty"]');
      if (ok) {
        expect(net.calls.some((u) => u.endsWith(`/stats/${slug}.json`))).to.equal(true);
        expect(text).to.equal(`There are no stats for “${slug}” at ${new URL(`/stats/${slug}.json`, location.href).href}.`);
      } else {
        expect(net.calls).to.deep.equal([]);
        expect(text).to.equal(`“${slug}” is not a role name role-hub knows.`);
      }
    });
  }
});
