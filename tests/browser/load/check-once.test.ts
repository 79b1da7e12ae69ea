import { expect } from '@open-wc/testing';
import { bundleCheck, skillsCheck, type Validation } from '../../../src/data/bundle/validate.js';
import { checkOnce } from '../../../src/data/load/check-once.js';
import { validBundle } from '../bundle/fixture.js';

/** `check`, counting its runs. */
function counting<T>(check: (json: unknown) => Validation<T>) {
  const counted = Object.assign((json: unknown) => (counted.runs++, check(json)), { runs: 0 });
  return counted;
}

describe('checkOnce(check, value) runs each check once per object', () => {
  it('checkOnce(check, value) answers a second ask of the same pair from memory, valid or not', () => {
    const check = counting(bundleCheck({ skills: skillsCheck }));
    const good = validBundle();
    const bad = { ...validBundle(), listings: -1 };
    const first = checkOnce(check, good);
    expect(checkOnce(check, good)).to.equal(first);
    expect(first).to.deep.equal({ ok: true, value: good });
    expect(checkOnce(check, bad)).to.deep.equal({ ok: false, reason: 'listings is out of range' });
    expect(checkOnce(check, bad)).to.deep.equal({ ok: false, reason: 'listings is out of range' });
    expect(check.runs).to.equal(2);
  });

  it('checkOnce(check, value) keeps the results of different checks on one object apart', () => {
    const a = counting(bundleCheck({ skills: skillsCheck }));
    const b = counting(bundleCheck({}));
    const bundle = { ...validBundle(), skills: 'none' };
    expect(checkOnce(a, bundle).ok).to.equal(false);
    expect(checkOnce(b, bundle).ok).to.equal(true);
    expect([a.runs, b.runs]).to.deep.equal([1, 1]);
  });

  it('checkOnce(check, value) runs the check every time on a value that is not an object', () => {
    const check = counting(bundleCheck({}));
    expect(checkOnce(check, 'x').ok).to.equal(false);
    expect(checkOnce(check, 'x').ok).to.equal(false);
    expect(check.runs).to.equal(2);
  });
});
