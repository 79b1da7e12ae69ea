/**
 * A host page whose old scripts add enumerable keys to Object.prototype (some that match bundle
 * fields) and enumerable methods to Array.prototype, before any widget renders: every element
 * still renders the fixture's figures. (Polluting `value` or `get` breaks Lit's own property
 * definitions, which role-hub does not fork: that is documented as unsupported.)
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { fold, settled, textOf } from './helpers/render.js';

const OBJECT_KEYS = ['median', 'skills', 'listings', 'pay', 'toJSON', 'n', 'count', 'name', 'weeks'];
const ARRAY_KEYS = ['unique', 'last', 'sum'];

function pollute(): () => void {
  for (const key of OBJECT_KEYS) {
    Object.defineProperty(Object.prototype, key, {
      value: key === 'toJSON' ? () => 'polluted' : 'polluted',
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  for (const key of ARRAY_KEYS)
    Object.defineProperty(Array.prototype, key, { value: () => 'polluted', enumerable: true, configurable: true, writable: true });
  return () => {
    for (const key of OBJECT_KEYS) Reflect.deleteProperty(Object.prototype, key);
    for (const key of ARRAY_KEYS) Reflect.deleteProperty(Array.prototype, key);
  };
}

describe('a polluted host page', () => {
  it('leaves every element rendering the fixture figures when Object.prototype and Array.prototype carry enumerable keys', async () => {
    // The bundle as a server sends it: parsed JSON, after the pollution.
    const text = JSON.stringify(backendBundle());
    const index = JSON.stringify(roleIndex());
    const clean = pollute();
    let hubText: string;
    let broken = '';
    let jsonLd: string;
    try {
      const hub = fixtureSync(html`<role-hub emit-schema .data=${JSON.parse(text)} .index=${JSON.parse(index)}></role-hub>`);
      await settled(hub);
      const sections = [...hub.shadowRoot!.querySelectorAll('[part~="section"]')];
      for (const s of sections) {
        const state = s.shadowRoot!.querySelector('[part~="error"], [part~="empty"], [part~="loading"]');
        if (state) broken += `<${s.localName}>: ${textOf(state)} `;
      }
      hubText = fold(sections.map((s) => textOf(s.shadowRoot!)).join(' '));
      jsonLd = hub.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    } finally {
      clean();
    }
    expect(broken).to.equal('');
    expect(hubText).to.contain('AWS is the single most-requested skill, in 15% (30 of 200) of those that list skills');
    expect(hubText).to.contain('Backend Engineer salary: $124,671 median');
    expect(hubText).not.to.contain('polluted');
    // The FAQ's JSON-LD is the FAQ, not the polluted toJSON's answer.
    expect(JSON.parse(jsonLd)['@type']).to.equal('FAQPage');
    expect(jsonLd).not.to.contain('polluted');
  });
});
