/**
 * A fake server for loader tests: put in `loaderConfig.fetch`, it answers each request with the
 * reply the test gives for that URL and attempt, and records every call so tests can count them.
 */
import { expect } from '@open-wc/testing';
import { clearLoaderCache, loaderConfig } from '../../../src/data/load/loader.js';

export type Reply =
  | { status?: number; body: unknown; headers?: Record<string, string> } // body: a string is sent as is, anything else as JSON
  | 'network-error' // fetch rejects, like an unreachable host
  | 'hang' // never answers, but stops when its signal aborts (like the real fetch)
  | 'deaf'; // never answers and ignores its signal

export interface Call {
  url: string;
  init: RequestInit | undefined;
}

export interface FakeServer {
  calls: Call[];
  callsTo(url: string): number;
}

/** `reply(url, attempt)` with attempt counted per URL from 1. */
export function fakeFetch(reply: (url: string, attempt: number) => Reply | Promise<Reply>): FakeServer {
  const calls: Call[] = [];
  const callsTo = (url: string) => calls.filter((c) => c.url === url).length;
  loaderConfig.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, init });
    const answer = await reply(url, callsTo(url));
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer === 'deaf') return new Promise<Response>(() => {});
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(body, { status: answer.status ?? 200, headers: { 'content-type': 'application/json', ...answer.headers } });
  };
  return { calls, callsTo };
}

const defaults = { ...loaderConfig };

/** Short timeouts and backoff so every case takes milliseconds; a clean cache. */
export function resetLoader(): void {
  clearLoaderCache();
  Object.assign(loaderConfig, defaults, { timeoutMs: 200, baseDelayMs: 2, maxDelayMs: 10 });
}

/** Counts unhandled rejections and console errors while a test file runs. */
export function watchForLeaks(): { unhandled: unknown[]; consoleErrors: unknown[][]; stop(): void } {
  const unhandled: unknown[] = [];
  const consoleErrors: unknown[][] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => {
    unhandled.push(event.reason);
    event.preventDefault();
  };
  const error = console.error;
  const warn = console.warn;
  console.error = (...args: unknown[]) => void consoleErrors.push(args);
  console.warn = (...args: unknown[]) => void consoleErrors.push(args);
  window.addEventListener('unhandledrejection', onUnhandled);
  return {
    unhandled,
    consoleErrors,
    stop() {
      window.removeEventListener('unhandledrejection', onUnhandled);
      console.error = error;
      console.warn = warn;
    },
  };
}

/** Resolves after the event loop has had `ms` to run (for "nothing else happened" checks). */
export const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/**
 * Call inside a `describe`: every test starts with a clean, fast loader (resetLoader), and fails
 * afterwards if it left an unhandled rejection or wrote to the console.
 */
export function resetLoaderAndWatchLeaks(): void {
  let leaks: ReturnType<typeof watchForLeaks>;
  beforeEach(() => {
    resetLoader();
    leaks = watchForLeaks();
  });
  afterEach(async () => {
    await settle();
    leaks.stop();
    expect(leaks.unhandled, 'unhandled rejections').to.deep.equal([]);
    expect(leaks.consoleErrors, 'console errors').to.deep.equal([]);
  });
}

/** The rejection of `promise`, failing the test if it resolves; typed loosely so tests can read any error's fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
