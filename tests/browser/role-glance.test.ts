import { expect } from '@open-wc/testing';
import '../../src/components/role-glance/define.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { mountReady } from './helpers/mount.js';
import { shadowTexts } from './helpers/render.js';
import { sharedSuite } from './helpers/shared-suite.js';

// The facts' placeholders keep the room the sentences take as they wrap, down to 280 px.
sharedSuite('role-glance', {
  stableHeight: [
    { width: 600, shows: '[part~="item"]', count: 3 },
    { width: 400, shows: '[part~="item"]', count: 3 },
    { width: 280, shows: '[part~="item"]', count: 3 },
  ],
});

describe('<role-glance>', () => {
  const facts = (el: Element) => shadowTexts(el, '[part~="item"]');

  it('states the fit, the listing count with the top skill, and the median pay', async () => {
    const el = await mountReady('role-glance');
    // AWS is in 30 of 200 listings = 15%; the median pay is stored as 124,671 over 160 salaried listings.
    expect(facts(el)).to.deep.equal([
      'A fit if you like systems design, clean APIs and solving problems behind the scenes.',
      'Built from 200 backend engineer listings — AWS is the single most-requested skill, in 15% (30 of 200) of those that list skills.',
      'Median backend engineer pay is $124,671 across 160 yearly salaries stated in these listings.',
    ]);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('At a glance');
  });

  it('formats numbers in its locale', async () => {
    const el = await mountReady('role-glance', { locale: 'de-DE' });
    expect(facts(el)[2]).to.equal('Median backend engineer pay is 124.671 $ across 160 yearly salaries stated in these listings.');
  });

  it('says pay is not disclosed when the bundle has no pay', async () => {
    const bundle = backendBundle();
    bundle.pay = null;
    const el = await mountReady('role-glance', {}, bundle);
    expect(facts(el)[2]).to.equal('No backend engineer listing in this data discloses pay yet.');
  });
});
