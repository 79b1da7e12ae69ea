/**
 * inMarket(name): English gives "the" to country names that name a kind of state or a group, and
 * to a few plurals and customs; every other country name stands alone. Each expectation below is
 * English usage, not the function's output.
 */
import { expect } from '@open-wc/testing';
import { inMarket } from '../../src/components/shared/in-market.js';

describe('inMarket(name)', () => {
  it('says "in the" for the United States, the United Kingdom, republics, federations, islands and the Netherlands', () => {
    for (const [name, said] of [
      ['United States', 'in the United States'],
      ['United Kingdom', 'in the United Kingdom'],
      ['United Arab Emirates', 'in the United Arab Emirates'],
      ['Czech Republic', 'in the Czech Republic'],
      ['Dominican Republic', 'in the Dominican Republic'],
      ['Russian Federation', 'in the Russian Federation'],
      ['Cayman Islands', 'in the Cayman Islands'],
      ['Netherlands', 'in the Netherlands'],
      ['Philippines', 'in the Philippines'],
      ['The Bahamas', 'in The Bahamas'],
    ])
      expect(inMarket(name!), name).to.equal(said);
  });

  it('says "in" alone for every other country', () => {
    for (const name of ['Germany', 'India', 'Canada', 'Puerto Rico', 'Ireland', 'Sudan', 'Mexico', 'Côte d’Ivoire'])
      expect(inMarket(name)).to.equal(`in ${name}`);
  });
});
