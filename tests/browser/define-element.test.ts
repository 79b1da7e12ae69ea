import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/components/shared/define-element.js';

/** A class for `tag` that says it is `version`. */
const versioned = (version: string) =>
  class extends HTMLElement {
    static version = version;
  };

describe('defineElement(tag, ctor)', () => {
  it('defineElement(tag, ctor) registers a tag once and warns once per tag when another version asks again', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('define-test-a', versioned('1.0.0'));
      // The all-in-one asks twice for each section: itself, and through the hub.
      defineElement('define-test-a', versioned('2.0.0'));
      defineElement('define-test-a', versioned('2.0.0'));
      defineElement('define-test-b', versioned('1.0.0'));
      defineElement('define-test-b', versioned('2.0.0'));
    } finally {
      console.warn = warn;
    }
    expect((customElements.get('define-test-a') as unknown as { version: string }).version).to.equal('1.0.0');
    expect(warnings).to.deep.equal([
      'role-hub: <define-test-a> is already defined by version 1.0.0; version 2.0.0 was not registered.',
      'role-hub: <define-test-b> is already defined by version 1.0.0; version 2.0.0 was not registered.',
    ]);
  });
});
