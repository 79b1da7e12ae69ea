/**
 * One URL fetched and parsed as JSON, with a timeout per attempt and retries with jittered
 * exponential backoff for failures that may pass (network, timeout, HTTP 429 and 5xx). Every
 * failure is a LoadError; nothing else escapes.
 */
import { loaderConfig } from './config.js';
import { abortedError, LoadError } from './load-error.js';

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

/** The response to one request, checked and parsed; any failure other than a LoadError means the network failed. */
async function read(url: string, signal: AbortSignal, refresh: boolean): Promise<FetchedJson> {
  const response = await loaderConfig.fetch(url, {
    signal,
    // A refresh asks the HTTP cache to check with the server rather than reuse its copy.
    cache: refresh ? 'no-cache' : 'default',
    headers: { accept: 'application/json' },
  });
  const { status } = response;
  if (!response.ok) throw new LoadError(url, 'http', `${url} answered HTTP ${status}`, status);
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
function attempt(url: string, signal: AbortSignal, refresh: boolean): Promise<FetchedJson> {
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
    const timer = setTimeout(
      () => stop(new LoadError(url, 'timeout', `${url} did not answer within ${loaderConfig.timeoutMs / 1000} s`)),
      loaderConfig.timeoutMs,
    );
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    read(url, request.signal, refresh)
      .then(resolve, (error) => reject(error instanceof LoadError ? error : new LoadError(url, 'network', `Could not reach ${url}`)))
      .finally(done);
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

/** Fetches `url` as JSON, retrying what may pass; rejects with a LoadError only. */
export async function fetchJson(url: string, signal: AbortSignal, refresh: boolean): Promise<FetchedJson> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(url, signal, refresh);
    } catch (error) {
      const failure = error as LoadError;
      if (retry >= loaderConfig.retries || !retryable(failure) || signal.aborted) throw failure;
      await pause(backoffDelay(retry), signal, url);
    }
  }
}
