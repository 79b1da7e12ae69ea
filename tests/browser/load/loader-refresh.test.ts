import { expect } from '@open-wc/testing';
import { loadBundle, LoadError } from '../../../src/data/load/loader.js';
import { validBundle } from '../bundle/fixture.js';
import { fakeFetch, rejectionOf, resetLoader, resetLoaderAndWatchLeaks, settle, type Reply } from './fake-fetch.js';

const URL_A = 'https://stats.example.com/stats/backend-engineer.json';

/** The fixture with another listing count, to tell a newer version apart. */
function newer() {
  const bundle = validBundle();
  bundle.listings = 401;
  return bundle;
}

describe('loadBundle(url, { refresh: true })', () => {
  resetLoaderAndWatchLeaks();

  it('loadBundle(url, { refresh: true }) fetches again, bypassing the HTTP cache, and later callers get the new data', async () => {
    const server = fakeFetch((_url, attempt) => ({ body: attempt === 1 ? validBundle() : newer() }));
    expect((await loadBundle(URL_A)).data.listings).to.equal(400);
    const refreshed = await loadBundle(URL_A, { refresh: true });
    expect([refreshed.data.listings, refreshed.stale]).to.deep.equal([401, undefined]);
    expect((await loadBundle(URL_A)).data.listings).to.equal(401);
    expect(server.calls.map((c) => c.init!.cache)).to.deep.equal(['default', 'no-cache']);
  });

  it('loadBundle(url, { refresh: true }) keeps the last good data, marked stale, when the refresh fails', async () => {
    const failures: Reply[] = [
      { status: 500, body: '' },
      'network-error',
      { body: '<html>' },
      { body: { ...validBundle(), schemaVersion: '9.0.0' } },
      { status: 404, body: '' },
    ];
    for (const failure of failures) {
      resetLoader();
      fakeFetch((_url, attempt) => (attempt === 1 ? { body: validBundle() } : failure));
      const good = await loadBundle(URL_A);
      const refreshed = await loadBundle(URL_A, { refresh: true });
      expect(refreshed.data, JSON.stringify(failure)).to.equal(good.data);
      expect(refreshed.stale).to.be.instanceOf(LoadError);
      // The last good data is still what plain callers get.
      expect((await loadBundle(URL_A)).data).to.equal(good.data);
    }
  });

  it('loadBundle(url, { refresh: true }) says why the refresh failed in stale', async () => {
    fakeFetch((_url, attempt) => (attempt === 1 ? { body: validBundle() } : { status: 404, body: '' }));
    await loadBundle(URL_A);
    const { stale } = await loadBundle(URL_A, { refresh: true });
    expect([stale?.reason, stale?.status, stale?.url]).to.deep.equal(['http', 404, URL_A]);
  });

  it('loadBundle(url, { refresh: true }) rejects when it fails and there is no good data yet', async () => {
    fakeFetch(() => ({ status: 404, body: '' }));
    expect((await rejectionOf(loadBundle(URL_A, { refresh: true }))).status).to.equal(404);
  });

  it('loadBundle(url, { refresh: true }) shares one request between refreshes asked at once', async () => {
    const server = fakeFetch((_url, attempt) => ({ body: attempt === 1 ? validBundle() : newer() }));
    await loadBundle(URL_A);
    const results = await Promise.all([1, 2, 3].map(() => loadBundle(URL_A, { refresh: true })));
    expect(results.map((r) => r.data.listings)).to.deep.equal([401, 401, 401]);
    expect(server.calls.length).to.equal(2);
  });

  it('loadBundle(url) answers from the cache while a refresh is in flight', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const server = fakeFetch(async (_url, attempt) => {
      if (attempt === 2) await held;
      return { body: attempt === 1 ? validBundle() : newer() };
    });
    await loadBundle(URL_A);
    const refreshing = loadBundle(URL_A, { refresh: true });
    expect((await loadBundle(URL_A)).data.listings, 'the cached copy, at once').to.equal(400);
    release();
    expect((await refreshing).data.listings).to.equal(401);
    expect(server.calls.length).to.equal(2);
  });

  it('loadBundle(url, { refresh: true }) with an aborted signal rejects for that caller and keeps the cache', async () => {
    const server = fakeFetch((_url, attempt) => (attempt === 1 ? { body: validBundle() } : 'hang'));
    const good = await loadBundle(URL_A);
    const caller = new AbortController();
    const refreshing = loadBundle(URL_A, { refresh: true, signal: caller.signal });
    await settle(5);
    caller.abort();
    expect((await rejectionOf(refreshing)).reason).to.equal('aborted');
    expect(server.calls[1]!.init!.signal!.aborted, 'the refresh request stopped').to.equal(true);
    expect((await loadBundle(URL_A)).data).to.equal(good.data);
    expect(server.calls.length).to.equal(2);
  });
});
