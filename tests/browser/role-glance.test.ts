import { expect } from '@open-wc/testing';
import '../../src/components/role-glance/define.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { settled, shadowAll } from './helpers/render.js';
import { mount, sharedSuite } from './helpers/shared-suite.js';

sharedSuite('role-glance');

describe('<role-glance>', () => {
  const facts = (el: Element) => shadowAll(el, '[part~="item"]').map((li) => li.innerText.replace(/\s+/g, ' ').trim());

  it('states the fit, the listing count with the top skill, and the median pay', async () => {
    const el = await mount('role-glance', {}, backendBundle());
    await settled(el);
    // AWS is in 30 of 200 listings = 15%; the median pay is stored as 124,671 over 160 salaried listings.
    expect(facts(el)).to.deep.equal([
      'A fit if you like systems design, clean APIs and solving problems behind the scenes.',
      'Built from 200 active backend engineer listings — AWS is the single most-requested skill, in 15% of postings.',
      'Median backend engineer pay is $124,671 across 160 listings with disclosed salary ranges.',
    ]);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('At a glance');
  });

  it('formats numbers in its locale', async () => {
    const el = await mount('role-glance', { locale: 'de-DE' }, backendBundle());
    await settled(el);
    expect(facts(el)[2]).to.equal('Median backend engineer pay is 124.671 $ across 160 listings with disclosed salary ranges.');
  });

  it('takes the page language when it has no locale of its own', async () => {
    const host = document.createElement('div');
    host.lang = 'de-DE';
    document.body.append(host);
    const el = document.createElement('role-glance');
    host.append(el);
    el.data = backendBundle();
    await settled(el);
    expect(facts(el)[2]).to.contain('124.671 $');
    host.remove();
  });

  it('says pay is not disclosed when the bundle has no pay', async () => {
    const bundle = backendBundle();
    bundle.pay = null;
    const el = await mount('role-glance', {}, bundle);
    await settled(el);
    expect(facts(el)[2]).to.equal('No backend engineer listing in this data discloses pay yet.');
  });
});
