/**
 * The one loader every element shares. Per URL: one network request however many elements ask,
 * at once or later; the parsed JSON kept once it passed the first caller's check (for bundles, the
 * envelope every element reads), and each caller's own check (the sections it shows) run once per
 * parsed file and check, whoever asks (`checkOnce`); the request aborted only when every caller
 * has given up; the last good data kept when a refresh fails. Failures are never cached, so a
 * later call tries again.
 */
import { validateBundle, validateEnvelope, validateIndex, type Validation } from '../bundle/validate.js';
import type { RoleBundle, RoleIndex } from '../bundle/types.js';
import { checkOnce } from './check-once.js';
import { fetchJson } from './fetch-json.js';
import { abortedError, LoadError, unusableError } from './load-error.js';

export { checkOnce } from './check-once.js';
export { loaderConfig } from './config.js';
export { LoadError, timeoutError, type LoadErrorReason } from './load-error.js';
export { resolveStatsBase, isWebFolder, bundleUrl, indexUrl } from './stats-base.js';

export interface LoadOptions {
  /** Abort this caller's wait; the request itself stops once no caller still waits. */
  signal?: AbortSignal;
  /** Fetch again even when good data is cached. */
  refresh?: boolean;
}

export interface Loaded<T> {
  data: T;
  /** Set when a refresh failed and `data` is the last good data. */
  stale?: LoadError;
}

/** The parsed JSON, kept as parsed: each caller's check runs on it through `checkOnce`. */
interface Request {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers still waiting that could abort; at zero the request is aborted. */
  waiting: number;
}

interface Entry {
  /** The last good parsed JSON. */
  data?: unknown;
  request?: Request;
}

/**
 * Shared by every copy of role-hub on the page (a one-file script beside an app's npm copy, each
 * defining some of the tags): one request per URL whichever copy's element asks. The key names the
 * shape of `Entry`; a copy whose entries differ would use another key.
 */
const cache = sharedMap('role-hub loader entries 1');

function sharedMap(key: string): Map<string, Entry> {
  try {
    const global = globalThis as unknown as Record<symbol, Map<string, Entry> | undefined>;
    return (global[Symbol.for(key)] ??= new Map());
  } catch {
    return new Map(); // A page that broke Symbol.for (or froze globalThis) keeps one cache per copy.
  }
}

function start(entry: Entry, url: string, validate: (json: unknown) => Validation<unknown>, refresh: boolean): Request {
  const controller = new AbortController();
  const request: Request = {
    controller,
    waiting: 0,
    promise: fetchJson(url, controller.signal, refresh).then(({ json, status }) => {
      // A file the first caller cannot use is kept for nobody (and refused with its HTTP status).
      const result = checkOnce(validate, json);
      if (!result.ok) throw unusableError(url, result.reason, status);
      return json;
    }),
  };
  // Registered before any caller's handlers, so callers see the entry already updated. A failure
  // leaves no request and no new data behind, so the next caller tries again.
  const settle = (data?: unknown) => {
    if (entry.request !== request) return;
    entry.request = undefined;
    if (data !== undefined) entry.data = data;
  };
  request.promise.then(settle, () => settle());
  return request;
}

/**
 * Loads `url` as JSON checked by `validate`, sharing the request and the result with every other
 * caller of the same `kind` and URL. `loadBundle` and `loadIndex` are this with their validators.
 */
export function loadJson<T>(kind: string, validate: (json: unknown) => Validation<T>, url: string, options: LoadOptions = {}): Promise<Loaded<T>> {
  const { signal, refresh = false } = options;
  let href: string;
  try {
    href = new URL(url, globalThis.document?.baseURI).href;
  } catch {
    return Promise.reject(new LoadError(String(url), 'network', `${url} is not a URL`));
  }
  if (signal?.aborted) return Promise.reject(abortedError(href));
  const key = `${kind} ${href}`;
  let entry = cache.get(key);
  if (!entry) cache.set(key, (entry = {}));
  // Every caller's own validator, not only the first's, answers for what it gets (run once per
  // parsed file and validator): callers of one kind may check more or less of the same file.
  const checked = (json: unknown): T => {
    const result = checkOnce(validate, json);
    if (!result.ok) throw unusableError(href, result.reason);
    return result.value;
  };
  if (entry.data !== undefined && !refresh) {
    try {
      return Promise.resolve({ data: checked(entry.data) });
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const request = (entry.request ??= start(entry, href, validate, refresh));
  const cached = entry;

  return new Promise((resolve, reject) => {
    const onAbort = () => {
      reject(abortedError(href));
      if (--request.waiting > 0) return;
      // Nobody wants it any more: stop it, and let the next caller start afresh.
      if (cached.request === request) cached.request = undefined;
      request.controller.abort();
    };
    if (signal) {
      request.waiting++;
      signal.addEventListener('abort', onAbort, { once: true });
    } else {
      request.waiting = Infinity; // a caller that cannot abort keeps the request alive
    }
    // Not Promise#finally: a page may have removed it, or swapped in an older Promise without it.
    const settle = (answer: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      try {
        answer();
      } catch (error) {
        reject(error);
      }
    };
    request.promise.then(
      (json) => settle(() => resolve({ data: checked(json) })),
      // A failed refresh still answers with the last good data, marked stale.
      (error: LoadError) => settle(() => (cached.data !== undefined ? resolve({ data: checked(cached.data), stale: error }) : reject(error))),
    );
  });
}

/**
 * Loads one role's stats bundle and checks it with `check` (a `bundleCheck` of the sections the
 * caller reads). The request and the envelope-checked data are shared by every caller of the same
 * URL, whatever sections each checks, so fifty widgets of different kinds still make one request.
 */
export function loadRoleBundle(url: string, check: (json: unknown) => Validation<RoleBundle>, options?: LoadOptions): Promise<Loaded<RoleBundle>> {
  return loadJson('bundle', validateEnvelope, url, options).then(({ data, stale }) => {
    const result = checkOnce(check, data);
    if (!result.ok) throw unusableError(url, result.reason);
    return stale ? { data: result.value, stale } : { data: result.value };
  });
}

/**
 * Loads and validates one role's stats bundle, every section checked, sharing the request with
 * every other caller of the same URL.
 *
 * @example
 * const { data, stale } = await loadBundle(bundleUrl(base, 'backend-engineer'), { signal });
 */
export function loadBundle(url: string, options?: LoadOptions): Promise<Loaded<RoleBundle>> {
  return loadRoleBundle(url, validateBundle, options);
}

/** Loads and validates the roles index (`index.json`), shared like `loadBundle`. */
export function loadIndex(url: string, options?: LoadOptions): Promise<Loaded<RoleIndex>> {
  return loadJson('index', validateIndex, url, options);
}

/** For tests: forget every cached response and stop every request in flight (its callers get 'aborted'). */
export function clearLoaderCache(): void {
  for (const entry of cache.values()) {
    entry.data = undefined; // so callers still waiting get 'aborted', not this stale copy
    entry.request?.controller.abort();
  }
  cache.clear();
}
