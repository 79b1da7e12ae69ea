/**
 * One URL fetched and parsed as JSON within one overall deadline, with retries for failures that
 * may pass (network, timeout, HTTP 429 and 5xx): after a server's `Retry-After` when it fits
 * before the deadline, else with jittered exponential backoff. Every failure is a LoadError;
 * nothing else escapes.
 */
import { loaderConfig } from './config.js';
import { abortedError, LoadError, timeoutError } from './load-error.js';

export interface FetchedJson {
  json: unknown;
  status: number;
}

const retryable = (error: LoadError) =>
  error.reason === 'network' || error.reason === 'timeout' || (error.status !== null && (error.status >= 500 || error.status === 429));

/**
 * The wait before retry number `retry` (0 for the first): "equal jitter", half the capped
 * exponential delay plus a random share of the other half, so callers that failed together do
 * not all come back at the same moment.
 */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const { baseDelayMs, maxDelayMs } = loaderConfig;
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return cap / 2 + (random() * cap) / 2;
}

/** A `Retry-After` header as a wait in ms: seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || !value.trim()) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The response to one request, checked and parsed; any failure other than a LoadError means the network failed. */
async function read(url: string, signal: AbortSignal, refresh: boolean): Promise<FetchedJson> {
  const response = await loaderConfig.fetch(url, {
    signal,
    // A refresh asks the HTTP cache to check with the server rather than reuse its copy.
    cache: refresh ? 'no-cache' : 'default',
    headers: { accept: 'application/json' },
  });
  const { status } = response;
  if (!response.ok) throw new LoadError(url, 'http', `${url} answered HTTP ${status}`, status, false, retryAfter(response.headers.get('retry-after')));
  const body = await response.text();
  try {
    return { json: JSON.parse(body) as unknown, status };
  } catch {
    throw new LoadError(url, 'invalid', `${url} is not a stats file: it is not JSON`, status, true);
  }
}

/**
 * One request with its own timeout. Whichever comes first settles it: the answer, the timeout or
 * the caller's abort. Settling on the timer or the abort does not wait for the fetch, so even a
 * fetch that ignores its signal cannot hold the caller; the request is aborted all the same.
 */
function attempt(url: string, signal: AbortSignal, refresh: boolean, timeoutMs: number): Promise<FetchedJson> {
  const request = new AbortController();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const stop = (error: LoadError) => {
      done();
      reject(error);
      request.abort();
    };
    const onAbort = () => stop(abortedError(url));
    const timer = setTimeout(() => stop(timeoutError(url, loaderConfig.timeoutMs)), timeoutMs);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    read(url, request.signal, refresh).then(
      (json) => (done(), resolve(json)),
      (error) => (done(), reject(error instanceof LoadError ? error : new LoadError(url, 'network', `Could not reach ${url}`))),
    );
  });
}

function pause(ms: number, signal: AbortSignal, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(url));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Fetches `url` as JSON within the deadline, retrying what may pass; rejects with a LoadError only. */
export async function fetchJson(url: string, signal: AbortSignal, refresh: boolean): Promise<FetchedJson> {
  const deadline = Date.now() + loaderConfig.timeoutMs;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(url, signal, refresh, Math.max(0, deadline - Date.now()));
    } catch (error) {
      const failure = error as LoadError;
      if (retry >= loaderConfig.retries || !retryable(failure) || signal.aborted) throw failure;
      // The server's own wait when it gave one; it is kept only if an answer can still come in time.
      const wait = failure.retryAfterMs ?? backoffDelay(retry);
      if (Date.now() + wait >= deadline) throw failure;
      await pause(wait, signal, url);
    }
  }
}
