/**
 * The loader's tunables, one shared object so a page (or a test) can shorten timeouts or put a
 * recording fetch in place before elements start loading.
 */
export const loaderConfig: {
  /** Per attempt, headers and body included. */
  timeoutMs: number;
  /** Extra attempts after a network error, a timeout, HTTP 429 or HTTP 5xx. */
  retries: number;
  /** The first retry waits about this long; each next one about twice as long, jittered. */
  baseDelayMs: number;
  maxDelayMs: number;
  fetch: typeof fetch;
} = {
  timeoutMs: 10_000,
  retries: 2,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
  // Looked up at call time, so a fetch replaced on the page later is still the one used.
  fetch: (input, init) => fetch(input, init),
};
