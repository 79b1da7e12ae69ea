/**
 * Test doubles for the network: the loader's fetch is swapped for a function the test controls,
 * so tests can count requests, hold a response forever (loading state) or fail on purpose.
 */
import { clearLoaderCache, loaderConfig } from '../../../src/data/load/loader.js';

const realFetch = loaderConfig.fetch;
const defaults = { ...loaderConfig };

export interface FakeNetwork {
  /** URLs requested, in order. */
  calls: string[];
  /** How many requests were made for a URL ending with `suffix`. */
  count(suffix: string): number;
}

type Responder = (url: string) => Response | Promise<Response>;

/** Serves each URL from `routes` (matched by suffix); anything else is a 404. */
export function fakeNetwork(routes: Record<string, unknown | Responder>): FakeNetwork {
  clearLoaderCache();
  const calls: string[] = [];
  Object.assign(loaderConfig, { timeoutMs: 2000, retries: 0, baseDelayMs: 1, maxDelayMs: 2 });
  loaderConfig.fetch = (async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    const key = Object.keys(routes).find((suffix) => url.endsWith(suffix));
    if (key === undefined) return new Response('Not found', { status: 404 });
    const route = routes[key];
    if (typeof route === 'function') return (route as Responder)(url);
    return new Response(JSON.stringify(route), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, count: (suffix) => calls.filter((u) => u.endsWith(suffix)).length };
}

/** A response that never arrives, for the loading state. */
export function never(): Promise<Response> {
  return new Promise(() => {});
}

export function restoreNetwork(): void {
  clearLoaderCache();
  Object.assign(loaderConfig, defaults);
  loaderConfig.fetch = realFetch;
}
