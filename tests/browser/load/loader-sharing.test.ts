import { expect } from '@open-wc/testing';
import { loadBundle, loadIndex, loaderConfig } from '../../../src/data/load/loader.js';
import { validBundle, validIndex } from '../bundle/fixture.js';
import { fakeFetch, resetLoaderAndWatchLeaks } from './fake-fetch.js';

const URL_A = 'https://stats.example.com/stats/backend-engineer.json';
const INDEX = 'https://stats.example.com/stats/index.json';

describe('loadBundle(url) shares one request per URL', () => {
  resetLoaderAndWatchLeaks();

  it('loadBundle(url) resolves with the validated bundle and no stale flag', async () => {
    fakeFetch(() => ({ body: validBundle() }));
    const loaded = await loadBundle(URL_A);
    expect(loaded.data).to.deep.equal(validBundle());
    expect(loaded.stale).to.equal(undefined);
  });

  it('loadBundle(url) makes one request for 20 callers asking at once, and all get the same object', async () => {
    const server = fakeFetch(() => ({ body: validBundle() }));
    const results = await Promise.all(Array.from({ length: 20 }, () => loadBundle(URL_A)));
    expect(server.calls.length).to.equal(1);
    for (const r of results) expect(r.data).to.equal(results[0]!.data);
  });

  it('loadBundle(url) answers later callers from the cache without a new request', async () => {
    const server = fakeFetch(() => ({ body: validBundle() }));
    const first = await loadBundle(URL_A);
    const later = await loadBundle(URL_A);
    expect(server.calls.length).to.equal(1);
    expect(later.data).to.equal(first.data);
  });

  it('loadBundle(url) treats relative and absolute spellings of one URL as one URL', async () => {
    const server = fakeFetch(() => ({ body: validBundle() }));
    const absolute = new URL('/stats/x.json', document.baseURI).href;
    await Promise.all([loadBundle('/stats/x.json'), loadBundle(absolute), loadBundle('/stats/./x.json')]);
    expect(server.calls.map((c) => c.url)).to.deep.equal([absolute]);
  });

  it('loadBundle(url) makes one request per distinct URL', async () => {
    const server = fakeFetch(() => ({ body: validBundle() }));
    const other = 'https://stats.example.com/stats/data-engineer.json';
    await Promise.all([loadBundle(URL_A), loadBundle(other), loadBundle(URL_A), loadBundle(other)]);
    expect(server.callsTo(URL_A)).to.equal(1);
    expect(server.callsTo(other)).to.equal(1);
  });

  it('loadIndex(url) resolves with the validated index, shared like bundles', async () => {
    const server = fakeFetch(() => ({ body: validIndex() }));
    const [a, b] = await Promise.all([loadIndex(INDEX), loadIndex(INDEX)]);
    expect(a.data).to.deep.equal(validIndex());
    expect(b.data).to.equal(a.data);
    expect(server.calls.length).to.equal(1);
  });

  it('loadBundle(url) asks for JSON with the ordinary HTTP cache on a first load', async () => {
    const server = fakeFetch(() => ({ body: validBundle() }));
    await loadBundle(URL_A);
    const init = server.calls[0]!.init!;
    expect(new Headers(init.headers).get('accept')).to.equal('application/json');
    expect(init.cache).to.equal('default');
  });

  it('loadBundle(url) makes one real request for 20 callers through the browser fetch', async () => {
    // A blob URL is fetched by Chromium's real fetch; the wrapper only counts.
    const url = URL.createObjectURL(new Blob([JSON.stringify(validBundle())], { type: 'application/json' }));
    let requests = 0;
    loaderConfig.fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    try {
      const results = await Promise.all(Array.from({ length: 20 }, () => loadBundle(url)));
      await loadBundle(url);
      expect(requests).to.equal(1);
      expect(results[19]!.data.role.title).to.equal('Backend Engineer');
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
