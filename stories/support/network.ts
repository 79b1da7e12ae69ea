/**
 * Stories for the network states (loading, a server error, an unknown role) load through `src` like
 * a real page, from a stats "server" that lives in the browser: while such a story is shown, the
 * library's one loader fetches through {@link fakeStatsFetch} (set by the story's `beforeEach`, put
 * back by the cleanup it returns). Nothing leaves the browser, so the static Storybook needs no
 * stats server, and the URL in `src` says what the story's server does.
 *
 * Every network story installs the same fetch and settings, so stories shown together on a docs
 * page cannot disturb each other; the real settings come back when the last one is left.
 */
import { loaderConfig } from '../../src/data/load/loader.js';
import { sampleFile } from './samples.js';

const ORIGIN = 'https://stats.example.invalid';

/** Stats folders of the fake server, one per behaviour. */
export const FAKE_STATS = {
  /** Serves the sample bundles and index.json; any other role is a 404, as on a real server. */
  samples: `${ORIGIN}/samples/`,
  /** Never answers: the loading state, for good. */
  never: `${ORIGIN}/never-answers/`,
  /** Answers HTTP 500 for every bundle (index.json is served, so only the bundle fails). */
  serverError: `${ORIGIN}/server-error/`,
} as const;

/** The longest timer a browser keeps (about 24.8 days); an Infinity timeout would fire at once. */
const NEVER_MS = 2 ** 31 - 1;

function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });
}

/** A sample file as the builder wrote it, or a 404 for a role with no sample. */
function serveSample(name: string): Response {
  try {
    return json(sampleFile(name));
  } catch {
    return new Response('Not Found', { status: 404 });
  }
}

/** Answers the fake server's URLs; anything else goes to `realFetch`. */
export function fakeStatsFetch(realFetch: typeof fetch): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(`${ORIGIN}/`)) return realFetch(input, init);
    const name = url.replace(/^.*\//, '').replace(/\.json$/, '');
    if (url.startsWith(FAKE_STATS.never)) return new Promise<Response>(() => {});
    if (url.startsWith(FAKE_STATS.serverError) && name !== 'index') {
      return Promise.resolve(new Response('Internal Server Error', { status: 500 }));
    }
    return Promise.resolve(serveSample(name));
  }) as typeof fetch;
}

const real = { ...loaderConfig };
let shown = 0;

/**
 * A story `beforeEach`: the loader uses the fake server, with no retries (a failure shows at once)
 * and no timeout (a request that never answers keeps the loading state for good).
 */
export function withFakeStats(): () => void {
  if (shown++ === 0) Object.assign(loaderConfig, { retries: 0, timeoutMs: NEVER_MS, fetch: fakeStatsFetch(real.fetch) });
  return () => {
    if (--shown === 0) Object.assign(loaderConfig, real);
  };
}
