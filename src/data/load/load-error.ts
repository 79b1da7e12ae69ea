/** Why a stats file could not be used. Elements show it and report it in `role-hub-error`. */
export type LoadErrorReason = 'network' | 'timeout' | 'http' | 'invalid' | 'aborted';

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

  constructor(url: string, reason: LoadErrorReason, message: string, status: number | null = null) {
    super(message);
    this.name = 'LoadError';
    this.url = url;
    this.reason = reason;
    this.status = status;
  }
}

/** The error every caller gets when its own signal aborts. */
export const abortedError = (url: string) => new LoadError(url, 'aborted', `Loading ${url} was cancelled`);

/** The error for a file that was read but failed the validator, with the validator's reason. */
export const unusableError = (url: string, reason: string, status: number | null = null) =>
  new LoadError(url, 'invalid', `${url} is not a usable stats file: ${reason}`, status);
