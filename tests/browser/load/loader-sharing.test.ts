import { expect } from '@open-wc/testing';
import { bundleCheck, payCheck, trendCheck } from '../../../src/data/bundle/validate.js';
import { LoadError, loadBundle, loadIndex, loadRoleBundle, loaderConfig } from '../../../src/data/load/loader.js';
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

describe("loadRoleBundle(url, check) checks each caller's sections on one shared request", () => {
  resetLoaderAndWatchLeaks();

  it('loadRoleBundle(url, check) makes one request for callers that check different sections', async () => {
    const server = fakeFetch(() => ({ body: validBundle() }));
    const [pay, trend, all] = await Promise.all([
      loadRoleBundle(URL_A, bundleCheck({ pay: payCheck })),
      loadRoleBundle(URL_A, bundleCheck({ trend: trendCheck })),
      loadBundle(URL_A),
    ]);
    expect(server.calls.length).to.equal(1);
    expect(pay.data.pay!.median).to.equal(validBundle().pay!.median);
    expect(trend.data.trend.weeks).to.deep.equal(validBundle().trend.weeks);
    expect(all.data).to.deep.equal(validBundle());
  });

  it('loadRoleBundle(url, check) refuses a broken section only to the callers that read it', async () => {
    const broken = validBundle();
    broken.trend.totals.pop();
    fakeFetch(() => ({ body: broken }));
    const [pay, trend] = await Promise.allSettled([
      loadRoleBundle(URL_A, bundleCheck({ pay: payCheck })),
      loadRoleBundle(URL_A, bundleCheck({ trend: trendCheck })),
    ]);
    expect(pay.status).to.equal('fulfilled');
    expect(trend.status).to.equal('rejected');
    const error = (trend as PromiseRejectedResult).reason as LoadError;
    expect(error).to.be.instanceOf(LoadError);
    expect(error.reason).to.equal('invalid');
    expect(error.message).to.equal(`${URL_A} is not a usable stats file: trend.totals does not have one value per week (12)`);
  });

  it('loadRoleBundle(url, check) refuses a broken envelope to every caller, with the HTTP status', async () => {
    fakeFetch(() => ({ body: { ...validBundle(), listings: -1 } }));
    const [pay, trend] = await Promise.allSettled([
      loadRoleBundle(URL_A, bundleCheck({ pay: payCheck })),
      loadRoleBundle(URL_A, bundleCheck({ trend: trendCheck })),
    ]);
    for (const result of [pay, trend]) {
      const error = (result as PromiseRejectedResult).reason as LoadError;
      expect(error.reason).to.equal('invalid');
      expect(error.status).to.equal(200);
      expect(error.message).to.contain('listings is out of range');
    }
  });
});
