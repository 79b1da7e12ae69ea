/** Why a stats file could not be used. Elements show it and report it in `role-hub-error`. */
export type LoadErrorReason = 'network' | 'timeout' | 'http' | 'invalid' | 'aborted';

/**
 * The one error vocabulary of `role-hub-error`'s `code`: what went wrong, in words a host page can
 * switch on. `network`, `timeout`, `offline`: the file did not arrive; `http-4xx`, `http-5xx`: the
 * server answered with an error; `not-json`, `schema`: it arrived but is not a usable bundle;
 * `role-mismatch`: it holds another role (or market); `unsafe-url`: the stats folder is not a web address;
 * `invalid-name`: the role or market is not a name a bundle can have, so nothing was fetched.
 */
export const ERROR_CODES = [
  'network',
  'timeout',
  'http-4xx',
  'http-5xx',
  'not-json',
  'schema',
  'role-mismatch',
  'unsafe-url',
  'offline',
  'invalid-name',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A stats file that could not be loaded, with a message a person can read
 * ("https://example.com/stats/x.json answered HTTP 404").
 */
export class LoadError extends Error {
  /** The absolute URL that was asked for. */
  readonly url: string;
  /** The HTTP status when the server answered, else null. */
  readonly status: number | null;
  readonly reason: LoadErrorReason;

  /** Set when the file arrived but was not JSON, so `code` can tell it from a schema failure. */
  readonly notJson: boolean;
  /** The wait a server asked for with `Retry-After`, in ms, or null. */
  readonly retryAfterMs: number | null;

  constructor(url: string, reason: LoadErrorReason, message: string, status: number | null = null, notJson = false, retryAfterMs: number | null = null) {
    super(message);
    this.name = 'LoadError';
    this.url = url;
    this.reason = reason;
    this.status = status;
    this.notJson = notJson;
    this.retryAfterMs = retryAfterMs;
  }

  /** This failure in the error vocabulary (`aborted` has no code: nobody is waiting to hear it). */
  get code(): ErrorCode {
    // Another status that is not OK (a 304 to a request that asked for no cache check, a 3xx with
    // nowhere to go) is neither code: no server error, no missing file, just no bundle.
    if (this.reason === 'http') {
      const status = this.status ?? 0;
      if (status >= 500) return 'http-5xx';
      if (status >= 400) return 'http-4xx';
    }
    if (this.reason === 'invalid') return this.notJson ? 'not-json' : 'schema';
    if (this.reason === 'timeout') return 'timeout';
    // A failed request while the browser says it is offline is the reader's connection, not the server.
    return typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'network';
  }
}

/** The error every caller gets when its own signal aborts. */
export const abortedError = (url: string) => new LoadError(url, 'aborted', `Loading ${url} was cancelled`);

/** The error for a file that was read but failed the validator, with the validator's reason. */
export const unusableError = (url: string, reason: string, status: number | null = null) =>
  new LoadError(url, 'invalid', `${url} is not a usable stats file: ${reason}`, status);

/** A file that did not arrive within `ms`: the loader's deadline, or an element's own. */
export function timeoutError(url: string, ms: number): LoadError {
  return new LoadError(url, 'timeout', `${url} did not answer within ${ms / 1000} s`);
}
