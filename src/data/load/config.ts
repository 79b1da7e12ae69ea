/**
 * The loader's tunables, one shared object so a page (or a test) can shorten timeouts or put a
 * recording fetch in place before elements start loading.
 */
export const loaderConfig: {
  /**
   * The overall deadline of one load, across every attempt and every wait between them (headers
   * and body included): a reader never watches a placeholder longer than this.
   */
  timeoutMs: number;
  /** Extra attempts after a network error, a timeout, HTTP 429 or HTTP 5xx. */
  retries: number;
  /**
   * The first retry waits about this long; each next one about twice as long, jittered. A server's
   * `Retry-After` (seconds or a date) wins when it fits before the deadline.
   */
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
