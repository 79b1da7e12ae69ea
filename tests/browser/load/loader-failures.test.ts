import { expect } from '@open-wc/testing';
import { loadBundle, loadIndex, LoadError, loaderConfig } from '../../../src/data/load/loader.js';
import { backoffDelay, retryAfter } from '../../../src/data/load/fetch-json.js';
import { validBundle, validIndex } from '../bundle/fixture.js';
import { fakeFetch, rejectionOf, resetLoaderAndWatchLeaks, type Reply } from './fake-fetch.js';

const URL_A = 'https://stats.example.com/stats/backend-engineer.json';

/** Replies in turn, then the last one for ever. */
const inTurn =
  (...replies: Reply[]) =>
  (_url: string, attempt: number) =>
    replies[Math.min(attempt, replies.length) - 1]!;
const ok: Reply = { body: validBundle() };

describe('loadBundle(url) when things go wrong', () => {
  resetLoaderAndWatchLeaks();

  describe('retries', () => {
    it('loadBundle(url) retries HTTP 503 and resolves when a retry succeeds', async () => {
      const server = fakeFetch(inTurn({ status: 503, body: 'busy' }, { status: 503, body: 'busy' }, ok));
      const { data } = await loadBundle(URL_A);
      expect(data.listings).to.equal(400);
      expect(server.calls.length).to.equal(3);
    });

    it('loadBundle(url) retries HTTP 429', async () => {
      const server = fakeFetch(inTurn({ status: 429, body: '' }, ok));
      await loadBundle(URL_A);
      expect(server.calls.length).to.equal(2);
    });

    it('loadBundle(url) retries a network error', async () => {
      const server = fakeFetch(inTurn('network-error', ok));
      await loadBundle(URL_A);
      expect(server.calls.length).to.equal(2);
    });

    it('loadBundle(url) gives up after 1 + retries attempts with the last HTTP error', async () => {
      const server = fakeFetch(() => ({ status: 500, body: 'oops' }));
      const error = await rejectionOf(loadBundle(URL_A));
      expect(server.calls.length).to.equal(3);
      expect(error).to.be.instanceOf(LoadError);
      expect([error.reason, error.status, error.url]).to.deep.equal(['http', 500, URL_A]);
      expect(error.message).to.equal(`${URL_A} answered HTTP 500`);
    });

    it('loadBundle(url) follows loaderConfig.retries', async () => {
      loaderConfig.retries = 0;
      const server = fakeFetch(() => 'network-error');
      const error = await rejectionOf(loadBundle(URL_A));
      expect([error.reason, error.status, server.calls.length]).to.deep.equal(['network', null, 1]);
    });

    for (const status of [400, 401, 403, 404, 410]) {
      it(`loadBundle(url) does not retry HTTP ${status}`, async () => {
        const server = fakeFetch(() => ({ status, body: 'no' }));
        const error = await rejectionOf(loadBundle(URL_A));
        expect([error.reason, error.status, server.calls.length]).to.deep.equal(['http', status, 1]);
      });
    }

    it('backoffDelay(retry) doubles from baseDelayMs, is capped by maxDelayMs and jitters within the upper half', () => {
      Object.assign(loaderConfig, { baseDelayMs: 100, maxDelayMs: 1000 });
      // cap = min(1000, 100 · 2^retry); delay = cap/2 + random · cap/2
      expect(backoffDelay(0, () => 0)).to.equal(50);
      expect(backoffDelay(0, () => 1)).to.equal(100);
      expect(backoffDelay(1, () => 0.5)).to.equal(150); // cap 200: 100 + 50
      expect(backoffDelay(2, () => 0)).to.equal(200); // cap 400
      expect(backoffDelay(3, () => 1)).to.equal(800); // cap 800
      expect(backoffDelay(4, () => 1)).to.equal(1000); // 1600 capped at 1000
      expect(backoffDelay(30, () => 0)).to.equal(500);
      const spread = new Set(Array.from({ length: 20 }, () => backoffDelay(1)));
      expect(spread.size, 'jittered').to.be.greaterThan(1);
      for (const d of spread) expect(d).to.be.within(100, 200);
    });

    it('loadBundle(url) waits between attempts', async () => {
      Object.assign(loaderConfig, { baseDelayMs: 60, maxDelayMs: 60, retries: 1 });
      const times: number[] = [];
      fakeFetch((_url, attempt) => {
        times.push(performance.now());
        return attempt === 1 ? 'network-error' : ok;
      });
      await loadBundle(URL_A);
      // The one retry waits at least half of min(60, 60·2^0) = 30 ms.
      expect(times[1]! - times[0]!).to.be.at.least(29);
    });
  });

  describe('timeouts', () => {
    it('loadBundle(url) gives up at one overall deadline, retries included, and aborts the request', async () => {
      Object.assign(loaderConfig, { timeoutMs: 30, retries: 2 });
      const server = fakeFetch(() => 'hang');
      const t0 = performance.now();
      const error = await rejectionOf(loadBundle(URL_A));
      // The first attempt uses the whole deadline: no retry can answer in time, so none is made.
      expect([error.reason, error.status, server.calls.length]).to.deep.equal(['timeout', null, 1]);
      expect(error.message).to.equal(`${URL_A} did not answer within 0.03 s`);
      expect(performance.now() - t0, 'not three deadlines').to.be.below(500);
      expect(
        server.calls.every((c) => c.init!.signal!.aborted),
        'the timed-out request aborted',
      ).to.equal(true);
    });

    it("loadBundle(url) waits the server's Retry-After when it fits before the deadline", async () => {
      Object.assign(loaderConfig, { timeoutMs: 3000, retries: 2 });
      const server = fakeFetch(inTurn({ status: 503, body: 'busy', headers: { 'retry-after': '1' } }, ok));
      const t0 = performance.now();
      const { data } = await loadBundle(URL_A);
      expect(data.listings).to.equal(400);
      expect(server.calls.length).to.equal(2);
      // Retry-After: 1 is a second, not the few ms of this suite's backoff.
      expect(performance.now() - t0).to.be.within(950, 2500);
    });

    it('loadBundle(url) fails at once when Retry-After would pass the deadline', async () => {
      Object.assign(loaderConfig, { timeoutMs: 500, retries: 2 });
      const server = fakeFetch(() => ({ status: 503, body: 'busy', headers: { 'retry-after': '5' } }));
      const t0 = performance.now();
      const error = await rejectionOf(loadBundle(URL_A));
      expect([error.reason, error.status, server.calls.length]).to.deep.equal(['http', 503, 1]);
      expect(performance.now() - t0).to.be.below(400);
    });

    it('loadBundle(url) times out even a fetch that ignores its abort signal', async () => {
      Object.assign(loaderConfig, { timeoutMs: 30, retries: 0 });
      fakeFetch(() => 'deaf');
      const error = await rejectionOf(loadBundle(URL_A));
      expect(error.reason).to.equal('timeout');
    });

    it('loadBundle(url) resolves when the attempt after a network failure answers before the deadline', async () => {
      Object.assign(loaderConfig, { timeoutMs: 1000 });
      const server = fakeFetch(inTurn('network-error', ok));
      const { data } = await loadBundle(URL_A);
      expect(data.role.slug).to.equal('backend-engineer');
      expect(server.calls.length).to.equal(2);
    });
  });

  describe('invalid data', () => {
    it('loadBundle(url) refuses an HTML error page served with 200, without retrying', async () => {
      const server = fakeFetch(() => ({ body: '<!doctype html><h1>Oops</h1>' }));
      const error = await rejectionOf(loadBundle(URL_A));
      expect([error.reason, error.status, server.calls.length]).to.deep.equal(['invalid', 200, 1]);
      expect(error.message).to.equal(`${URL_A} is not a stats file: it is not JSON`);
    });

    it('loadBundle(url) refuses a wrong shape with the validator reason in the message', async () => {
      const bundle = validBundle();
      (bundle.skills[3] as { count: number }).count = 2.5;
      const server = fakeFetch(() => ({ body: bundle }));
      const error = await rejectionOf(loadBundle(URL_A));
      expect(error.reason).to.equal('invalid');
      expect(error.message).to.equal(`${URL_A} is not a usable stats file: skills[3].count is not a whole number`);
      expect(server.calls.length).to.equal(1);
    });

    it('loadBundle(url) refuses a bundle of another schema major', async () => {
      fakeFetch(() => ({ body: { ...validBundle(), schemaVersion: '3.0.0' } }));
      const error = await rejectionOf(loadBundle(URL_A));
      expect(error.reason).to.equal('invalid');
      expect(error.message).to.contain('schema 3.0.0 is not supported (this library reads 2.x)');
    });

    it('loadBundle(url) refuses absurd numbers', async () => {
      const bundle = validBundle();
      bundle.pay!.p90 = 1e12;
      fakeFetch(() => ({ body: bundle }));
      const error = await rejectionOf(loadBundle(URL_A));
      expect(error.message).to.contain('pay.p90 is not a plausible amount');
    });

    it('loadIndex(url) refuses a bundle where an index belongs', async () => {
      fakeFetch(() => ({ body: validBundle() }));
      const error = await rejectionOf(loadIndex('https://stats.example.com/stats/index.json'));
      expect(error.reason).to.equal('invalid');
    });

    it('loadBundle(url) refuses JSON null and JSON text that is not an object', async () => {
      for (const [i, body] of ['null', '"hello"', '[1,2]', '42'].entries()) {
        fakeFetch(() => ({ body }));
        const error = await rejectionOf(loadBundle(`${URL_A}?v=${i}`));
        expect(error.reason, body).to.equal('invalid');
      }
    });
  });

  describe('failures are not cached', () => {
    it('loadBundle(url) tries again after a failing URL and then gets the good data', async () => {
      let broken = true;
      const server = fakeFetch(() => (broken ? { status: 404, body: 'missing' } : ok));
      expect((await rejectionOf(loadBundle(URL_A))).status).to.equal(404);
      broken = false;
      const { data, stale } = await loadBundle(URL_A);
      expect(data.listings).to.equal(400);
      expect(stale).to.equal(undefined);
      expect(server.calls.length).to.equal(2);
    });

    it('loadBundle(url) tries again after invalid data', async () => {
      const server = fakeFetch(inTurn({ body: 'not json' }, ok));
      expect((await rejectionOf(loadBundle(URL_A))).reason).to.equal('invalid');
      expect((await loadBundle(URL_A)).data.listings).to.equal(400);
      expect(server.calls.length).to.equal(2);
    });

    it('loadBundle(url) gives every caller waiting on a failed request the same error', async () => {
      const server = fakeFetch(() => ({ status: 404, body: '' }));
      const errors = await Promise.all([1, 2, 3].map(() => rejectionOf(loadBundle(URL_A))));
      expect(server.calls.length).to.equal(1);
      expect(errors[1]).to.equal(errors[0]);
      expect(errors[2]).to.equal(errors[0]);
    });

    it('loadBundle(url) turns a URL that cannot be parsed into a LoadError, not a throw', async () => {
      const server = fakeFetch(() => ok);
      const error = await rejectionOf(loadBundle('http://['));
      expect(error).to.be.instanceOf(LoadError);
      expect(error.reason).to.equal('network');
      expect(server.calls.length).to.equal(0);
    });

    it('loadBundle(url) turns a fetch that throws synchronously into a network LoadError', async () => {
      loaderConfig.retries = 0;
      loaderConfig.fetch = () => {
        throw new TypeError('boom');
      };
      const error = await rejectionOf(loadBundle(URL_A));
      expect([error.reason, error.message]).to.deep.equal(['network', `Could not reach ${URL_A}`]);
    });
  });

  describe('over real HTTP from the test server', () => {
    beforeEach(() => {
      loaderConfig.fetch = (input, init) => fetch(input, init);
    });

    it('loadBundle(url) reports an HTML page served with 200 as invalid', async () => {
      const error = await rejectionOf(loadBundle(new URL('./error-page.html', import.meta.url).href));
      expect([error.reason, error.status]).to.deep.equal(['invalid', 200]);
    });

    it('loadIndex(url) loads a real response', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(validIndex())]));
      try {
        expect((await loadIndex(url)).data.roles.map((r) => r.slug)).to.deep.equal([
          'backend-engineer',
          'frontend-engineer',
          'data-engineer',
        ]);
      } finally {
        URL.revokeObjectURL(url);
      }
    });
  });
});

describe('retryAfter(value, now)', () => {
  it('retryAfter(value, now) reads seconds, or an HTTP date against now, and nothing else', () => {
    expect(retryAfter('1', 0)).to.equal(1000);
    expect(retryAfter(' 120 ', 0)).to.equal(120_000);
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(retryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now)).to.equal(30_000);
    // A date already past means: now.
    expect(retryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).to.equal(0);
    expect(retryAfter(null, 0)).to.equal(null);
    expect(retryAfter('soon', 0)).to.equal(null);
  });
});
