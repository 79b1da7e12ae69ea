import { expect } from '@open-wc/testing';
import '../../src/components/role-glance/define.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { mountReady } from './helpers/mount.js';
import { settled, shadowTexts } from './helpers/render.js';
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

  it('says no usable yearly salary was found when the bundle has no pay, not that no listing states pay', async () => {
    const bundle = backendBundle();
    // Pay null means no usable yearly salary; listings may still state pay per hour or month.
    bundle.pay = null;
    const el = await mountReady('role-glance', {}, bundle);
    expect(facts(el)[2]).to.equal('No backend engineer listing in this data states a usable yearly salary.');
  });

  it('gives no median from fewer yearly salaries than a level needs, and says how many there are', async () => {
    const bundle = backendBundle();
    bundle.pay!.minSeniorityN = 161;
    const el = await mountReady('role-glance', {}, bundle);
    expect(facts(el)[2]).to.equal(
      'Too few backend engineer listings state a yearly salary to give a pay figure (160; at least 161 needed).',
    );
    // Basis "all": salaries of every period count, so the sentence asks for a salary of any kind.
    bundle.pay!.basis = 'all';
    bundle.pay!.annualised = null;
    el.data = { ...bundle };
    await settled(el);
    expect(facts(el)[2]).to.equal('Too few backend engineer listings state a salary to give a pay figure (160; at least 161 needed).');
  });

  it('names a tie for the most-requested skill instead of calling one skill the single most-requested', async () => {
    const bundle = backendBundle();
    // AWS down to SQL's 22: both in 22 of 200 listings = 11%. The bundle orders ties by name.
    bundle.skills[0]!.count = 22;
    const el = await mountReady('role-glance', {}, bundle);
    expect(facts(el)[1]).to.equal(
      'Built from 200 backend engineer listings — AWS and SQL are tied as the most-requested skills, each in 11% (22 of 200) of those that list skills.',
    );
    // Python up to 22 as well: three named.
    bundle.skills[2]!.count = 22;
    el.data = { ...bundle };
    await settled(el);
    expect(facts(el)[1]).to.equal(
      'Built from 200 backend engineer listings — AWS, SQL and Python are tied as the most-requested skills, each in 11% (22 of 200) of those that list skills.',
    );
    // AWS, SQL and Python down to CI/CD's and Java's 16 (16 of 200 = 8%): five tied, two named.
    for (const i of [0, 1, 2]) bundle.skills[i]!.count = 16;
    el.data = { ...bundle };
    await settled(el);
    expect(facts(el)[1]).to.equal(
      'Built from 200 backend engineer listings — AWS, SQL and others are tied as the most-requested skills, each in 8% (16 of 200) of those that list skills.',
    );
  });
});
