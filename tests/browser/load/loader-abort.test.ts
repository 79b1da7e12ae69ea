import { expect } from '@open-wc/testing';
import { clearLoaderCache, loadBundle, loaderConfig } from '../../../src/data/load/loader.js';
import { validBundle } from '../bundle/fixture.js';
import { fakeFetch, rejectionOf, resetLoaderAndWatchLeaks, settle, type Reply } from './fake-fetch.js';

const URL_A = 'https://stats.example.com/stats/backend-engineer.json';

/** A reply the test releases by hand, so requests stay in flight as long as it needs. */
function gate() {
  let open!: (reply: Reply) => void;
  const reply = new Promise<Reply>((resolve) => (open = resolve));
  return { reply, open };
}

describe('loadBundle(url, { signal })', () => {
  resetLoaderAndWatchLeaks();

  it('loadBundle(url, { signal }) rejects at once with "aborted" for a signal already aborted, without a request', async () => {
    const server = fakeFetch(() => ({ body: validBundle() }));
    const error = await rejectionOf(loadBundle(URL_A, { signal: AbortSignal.abort() }));
    expect([error.reason, error.url, error.status]).to.deep.equal(['aborted', URL_A, null]);
    expect(server.calls.length).to.equal(0);
  });

  it('loadBundle(url, { signal }) aborts the request when its only caller aborts', async () => {
    const server = fakeFetch(() => 'hang');
    const caller = new AbortController();
    const pending = loadBundle(URL_A, { signal: caller.signal });
    await settle(5);
    caller.abort();
    const error = await rejectionOf(pending);
    expect(error.reason).to.equal('aborted');
    expect(error.message).to.equal(`Loading ${URL_A} was cancelled`);
    expect(server.calls[0]!.init!.signal!.aborted).to.equal(true);
  });

  // The caller that stays waits with a signal of its own, or with none.
  for (const [who, stayingOptions] of [
    ['callers still waiting', () => ({ signal: new AbortController().signal })],
    ['a caller without a signal', () => undefined],
  ] as const) {
    it(`loadBundle(url, { signal }) keeps the request for ${who} when one aborts`, async () => {
      const { reply, open } = gate();
      const server = fakeFetch(() => reply);
      const leaving = new AbortController();
      const left = loadBundle(URL_A, { signal: leaving.signal });
      const stayed = loadBundle(URL_A, stayingOptions());
      await settle(5);
      leaving.abort();
      expect((await rejectionOf(left)).reason).to.equal('aborted');
      expect(server.calls[0]!.init!.signal!.aborted).to.equal(false);
      open({ body: validBundle() });
      expect((await stayed).data.listings).to.equal(400);
      expect(server.calls.length).to.equal(1);
    });
  }

  it('loadBundle(url, { signal }) aborts the shared request once every caller has aborted, and a new caller starts afresh', async () => {
    const server = fakeFetch((_url, attempt) => (attempt === 1 ? 'hang' : { body: validBundle() }));
    const callers = [new AbortController(), new AbortController(), new AbortController()];
    const pending = callers.map((c) => loadBundle(URL_A, { signal: c.signal }));
    await settle(5);
    callers[0]!.abort();
    callers[1]!.abort();
    expect(server.calls[0]!.init!.signal!.aborted, 'one caller still waits').to.equal(false);
    callers[2]!.abort();
    expect(server.calls[0]!.init!.signal!.aborted, 'nobody waits').to.equal(true);
    for (const p of pending) expect((await rejectionOf(p)).reason).to.equal('aborted');
    // Straight after: not joined to the aborted request.
    const { data } = await loadBundle(URL_A);
    expect(data.listings).to.equal(400);
    expect(server.calls.length).to.equal(2);
  });

  it('loadBundle(url, { signal }) stops retrying when aborted during the wait between attempts', async () => {
    // A deadline long enough for the 5–10 s backoff, so the loader does wait, and the abort ends it.
    Object.assign(loaderConfig, { timeoutMs: 60_000, baseDelayMs: 10_000, maxDelayMs: 10_000 });
    const server = fakeFetch(() => ({ status: 503, body: '' }));
    const caller = new AbortController();
    const pending = loadBundle(URL_A, { signal: caller.signal });
    await settle(20);
    expect(server.calls.length).to.equal(1);
    const t0 = performance.now();
    caller.abort();
    expect((await rejectionOf(pending)).reason).to.equal('aborted');
    expect(performance.now() - t0, 'did not sit out the 5-10 s backoff').to.be.below(1000);
    await settle(20);
    expect(server.calls.length).to.equal(1);
  });

  it('loadBundle(url, { signal }) ignores an abort that comes after the data arrived', async () => {
    fakeFetch(() => ({ body: validBundle() }));
    const caller = new AbortController();
    const loaded = await loadBundle(URL_A, { signal: caller.signal });
    caller.abort();
    expect(loaded.data.listings).to.equal(400);
    expect((await loadBundle(URL_A)).data).to.equal(loaded.data);
  });

  it('clearLoaderCache() forgets cached data and stops requests in flight', async () => {
    const server = fakeFetch((_url, attempt) => (attempt === 2 ? 'hang' : { body: validBundle() }));
    await loadBundle(URL_A);
    clearLoaderCache();
    const pending = loadBundle(URL_A);
    await settle(5);
    expect(server.calls.length, 'the cache was forgotten').to.equal(2);
    clearLoaderCache();
    expect((await rejectionOf(pending)).reason).to.equal('aborted');
    expect(server.calls[1]!.init!.signal!.aborted).to.equal(true);
  });
});
