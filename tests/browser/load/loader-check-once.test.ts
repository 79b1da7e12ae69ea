import { expect } from '@open-wc/testing';
import { bundleCheck, skillsCheck, validateIndex, type Validation } from '../../../src/data/bundle/validate.js';
import { LoadError, loadJson, loadRoleBundle } from '../../../src/data/load/loader.js';
import { validBundle, validIndex } from '../bundle/fixture.js';
import { fakeFetch, rejectionOf, resetLoaderAndWatchLeaks } from './fake-fetch.js';

const URL_A = 'https://stats.example.com/stats/backend-engineer.json';
const INDEX = 'https://stats.example.com/stats/index.json';

/** `check`, counting its runs. */
function counting<T>(check: (json: unknown) => Validation<T>) {
  const counted = Object.assign((json: unknown) => (counted.runs++, check(json)), { runs: 0 });
  return counted;
}

describe('loadRoleBundle(url, check) checks a fetched bundle once per check', () => {
  resetLoaderAndWatchLeaks();

  it('loadRoleBundle(url, check) runs check once for ten callers at once and ten later', async () => {
    const server = fakeFetch(() => ({ body: validBundle() }));
    const check = counting(bundleCheck({ skills: skillsCheck }));
    const now = await Promise.all(Array.from({ length: 10 }, () => loadRoleBundle(URL_A, check)));
    const later = [];
    for (let i = 0; i < 10; i++) later.push(await loadRoleBundle(URL_A, check));
    expect(server.calls.length).to.equal(1);
    expect(check.runs).to.equal(1);
    for (const loaded of [...now, ...later]) expect(loaded.data).to.equal(now[0]!.data);
  });

  it('loadRoleBundle(url, check) checks a refreshed bundle again, once', async () => {
    fakeFetch(() => ({ body: validBundle() }));
    const check = counting(bundleCheck({ skills: skillsCheck }));
    await loadRoleBundle(URL_A, check);
    await Promise.all([loadRoleBundle(URL_A, check, { refresh: true }), loadRoleBundle(URL_A, check, { refresh: true })]);
    await loadRoleBundle(URL_A, check);
    expect(check.runs).to.equal(2);
  });
});

describe("loadJson(kind, validate, url) checks what it shares with each caller's validator", () => {
  resetLoaderAndWatchLeaks();

  it('loadJson(kind, validate, url) refuses data cached by a laxer validator to a stricter caller', async () => {
    const server = fakeFetch(() => ({ body: { ...validIndex(), roles: 'none' } }));
    const anyObject = (json: unknown): Validation<unknown> => ({ ok: true, value: json });
    await loadJson('index', anyObject, INDEX);
    const error = await rejectionOf(loadJson('index', validateIndex, INDEX));
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).reason).to.equal('invalid');
    expect((error as LoadError).message).to.contain('roles is not a list');
    expect(server.calls.length).to.equal(1);
  });
});
