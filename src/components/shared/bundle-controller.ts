import { isSlug } from '../../data/bundle/limits.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoleBundle, RoleIndex } from '../../data/bundle/types.js';
import type { Validation } from '../../data/bundle/validate.js';
import {
  bundleUrl,
  checkOnce,
  indexUrl,
  isWebFolder,
  LoadError,
  loadJson,
  loadRoleBundle,
  resolveStatsBase,
  timeoutError,
} from '../../data/load/loader.js';
import { UNSHOWN, type BundleState } from './bundle-state.js';
import { emit } from './events.js';
import { libraryUrl } from './library-url.js';
import { inSlice } from './time-slice.js';

/** What the controller needs from its element. */
export interface BundleSource extends ReactiveControllerHost, HTMLElement {
  role: string;
  /** Seconds this element waits for its bundle, retries included; null for the page's or the default. */
  timeout: number | null;
  /** A market key ("united-states", "all"), or null for the role's default market. */
  market: string | null;
  src: string | null;
  data: unknown;
  index: unknown;
}

/**
 * How a section checks its bundle: a `bundleCheck` of the envelope and the sections it shows, made
 * once per element class (a static field), since results are remembered per check function.
 */
export type BundleCheck = (json: unknown) => Validation<RoleBundle>;

/** How a section checks a roles index: `validateIndex`, passed in by the sections that read one. */
export type IndexCheck = (json: unknown) => Validation<RoleIndex>;

/**
 * Given as `data`, keeps a section in its loading state without loading anything: `<role-hub>`
 * shows its sections' own placeholders this way while it loads the bundle for all of them.
 */
export const AWAITING_DATA: unknown = Object.freeze({});

/**
 * Given as `index`, says the roles index could not be had: `<role-hub>` passes it to its sections
 * when its own index load failed, so only the section that lists other roles shows an error.
 */
export const INDEX_UNAVAILABLE: unknown = Object.freeze({});

const INDEX_FAILED = 'The list of other roles could not be loaded.';

/** A failure nothing foresaw (every known one has its own message): the page still gets a sentence. */
const UNFORESEEN: BundleState = { status: 'error', message: UNSHOWN };

/** The inputs that start a new load when they change. */
const INPUTS = ['role', 'market', 'src', 'data', 'index', 'timeout'];

/**
 * How long an element waits for its bundle, retries included, in ms: its `timeout` attribute
 * (seconds), else the page's `<meta name="role-hub-timeout" content="seconds">`, else the loader's
 * deadline (10 s). Shared requests go on for other elements; this one stops waiting.
 */
export function deadlineMs(own: number | null, doc: Document = document): number | null {
  const seconds = (v: unknown) => {
    const n = typeof v === 'number' ? v : Number.parseFloat(String(v ?? ''));
    return Number.isFinite(n) && n > 0 ? n * 1000 : null;
  };
  return seconds(own) ?? seconds(doc.querySelector('meta[name="role-hub-timeout"]')?.getAttribute('content'));
}

/**
 * Loads the bundle (and, for sections that read it, the role index) an element renders, and turns
 * every outcome into a {@link BundleState}. A `data` object wins over the network. Each new load aborts the
 * previous one, and disconnecting aborts it too, so the shared loader can cancel requests nobody
 * still wants. Errors become states and events; nothing is thrown into the page.
 */
export class BundleController implements ReactiveController {
  state: BundleState = { status: 'loading' };
  readonly #host: BundleSource;
  readonly #bundleCheck: BundleCheck;
  /** Set for sections that read the roles index; the others never load or check one. */
  readonly #indexCheck: IndexCheck | null;
  /** True for a section that shows nothing but an error without the index (the other-roles list). */
  readonly #requiresIndex: boolean;
  /** The current load's controller; a load whose controller is no longer this one is stale. */
  #abort: AbortController | null = null;
  #pending = true;
  /** The current load's events, sent once the element has drawn what they report (see #reload). */
  #outbox: (() => void)[] = [];

  #tell<K extends 'role-hub-load' | 'role-hub-error'>(type: K, detail: HTMLElementEventMap[K]['detail']): void {
    const host = this.#host;
    this.#outbox.push(() => emit(host, type, detail));
  }

  /** `checks` is the element's class, whose static `bundleCheck`, `indexCheck` and `requiresIndex` say what it reads. */
  constructor(host: BundleSource, checks: { bundleCheck: BundleCheck; indexCheck: IndexCheck | null; requiresIndex?: boolean }) {
    this.#host = host;
    this.#bundleCheck = checks.bundleCheck;
    this.#indexCheck = checks.indexCheck;
    this.#requiresIndex = checks.requiresIndex === true;
    host.addController(this);
  }

  hostConnected(): void {
    // Load on the next update, once every property a framework sets right after creation is in;
    // unless it was moved (taken out and put back in one task, as a keyed list reorders): then its
    // load goes on, what it has reported stands, and it only draws again.
    if (!this.#abort) this.#pending = true;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // A microtask later, by a promise as Lit's own updates are (a page may have removed
    // queueMicrotask): by then a moved element is back in.
    void Promise.resolve().then(() => {
      if (this.#host.isConnected) return;
      // Nobody is looking any more: let the loader cancel the request if no other element wants it.
      this.#abort?.abort();
      this.#abort = null;
      this.#stopWaitingForOnline();
      this.state = { status: 'loading' };
    });
  }

  /** Set while an offline failure waits for the connection to come back. */
  #onOnline: (() => void) | null = null;

  /** After an offline failure: load again by itself once the browser is back online. */
  #reloadWhenOnline(): void {
    if (this.#onOnline || typeof window === 'undefined') return;
    this.#onOnline = () => {
      this.#stopWaitingForOnline();
      this.reload();
    };
    window.addEventListener('online', this.#onOnline);
  }

  #stopWaitingForOnline(): void {
    if (this.#onOnline) window.removeEventListener('online', this.#onOnline);
    this.#onOnline = null;
  }

  /**
   * Called from the element's willUpdate: loads when first shown or when an input changed. Given
   * `data` wins over role, market, src and timeout, so while it stands only it (and the index, for
   * a section that reads one) can change what is shown: a new src is no new bundle, nor an event.
   */
  sync(changed: Map<PropertyKey, unknown>): void {
    const data = this.#host.data;
    const given = data != null && data !== AWAITING_DATA;
    const inputs = !given ? INPUTS : this.#indexCheck ? ['data', 'index'] : ['data'];
    if (this.#pending || inputs.some((key) => changed.has(key))) {
      this.#pending = false;
      this.reload();
    }
  }

  /** Starts over from the element's current role, src, data and index. */
  reload(): void {
    try {
      this.#reload();
    } catch {
      // A page that removed what loading needs (AbortController, say) gets a sentence, not an exception.
      this.#abort = null;
      this.#set(UNFORESEEN);
    }
  }

  #reload(): void {
    this.#abort?.abort();
    // A new load replaces one that waits for the connection to come back: no second load then.
    this.#stopWaitingForOnline();
    const load = (this.#abort = new AbortController());
    const outbox: (() => void)[] = (this.#outbox = []);
    this.#set({ status: 'loading' });
    // Rendered in a time slice: many elements getting data at once never make one long task. The
    // load's events go out once that render is done, so a listener reads what they report.
    const show = (state: () => BundleState) =>
      inSlice(async () => {
        if (load !== this.#abort) return;
        let next: BundleState;
        try {
          next = state();
        } catch {
          next = UNFORESEEN;
        }
        this.#set(next);
        await this.#host.updateComplete;
        if (load === this.#abort) for (const send of outbox.splice(0)) send();
      });
    const { data, index } = this.#host;
    if (data != null && data !== AWAITING_DATA) {
      // Given data is checked in the slice that renders it, not when it is given: a hub hands its
      // bundle to nine sections at once, and nine checks in that one task would make it long.
      show(() => this.#fromData(data, index));
      return;
    }
    this.#run(load.signal)
      // #run turns every failure into a state; this only guards against the unforeseen.
      .catch((): BundleState => UNFORESEEN)
      .then((state) => show(() => state));
  }

  #set(state: BundleState): void {
    if (this.state === state) return;
    this.state = state;
    this.#host.requestUpdate();
  }

  async #run(signal: AbortSignal): Promise<BundleState> {
    const host = this.#host;
    if (host.data === AWAITING_DATA) return { status: 'loading' };
    // Read as text: a framework may bind a number or an object, which must come to an event and a
    // sentence, not to an exception before either.
    const role = String(host.role ?? '').trim();
    if (!role) return { status: 'empty', message: 'No role chosen: set the role attribute, e.g. role="backend-engineer".' };
    const market = String(host.market ?? '').trim() || undefined;
    // A name no bundle can have (a page that passed "United States" or a title): nothing to fetch,
    // but the page hears of it, as of a name that has no bundle.
    const badName = !isSlug(role) ? ['role', role] : market !== undefined && !isSlug(market) ? ['market', market] : null;
    if (badName) {
      const message = `“${badName[1]}” is not a ${badName[0]} name role-hub knows.`;
      this.#tell('role-hub-error', { code: 'invalid-name', url: null, role, status: null, reason: 'invalid-name', message });
      return { status: 'empty', message };
    }

    const base = resolveStatsBase(host.src == null ? host.src : String(host.src), libraryUrl);
    // Only web addresses are fetched: a javascript:, data: or file: stats folder, or one that is not
    // a URL at all, is refused and said.
    if (!isWebFolder(base)) {
      const message = `The stats folder ${base} is not a web address (http or https), so nothing was loaded.`;
      this.#tell('role-hub-error', { code: 'unsafe-url', url: base, role, status: null, reason: 'unsafe-url', message });
      return { status: 'error', message };
    }
    const url = bundleUrl(base, role, market);
    // This element's own deadline: when it passes, it stops waiting (its share of the requests is
    // aborted, so the loader cancels them if no other element waits) and reports a timeout. It
    // covers the index too: a slow index must not hold the figures past it.
    const wait = deadlineMs(host.timeout);
    const own = new AbortController();
    const stopWaiting = () => own.abort();
    signal.addEventListener('abort', stopWaiting, { once: true });
    let timedOut = false;
    const timer = wait === null ? undefined : setTimeout(() => ((timedOut = true), own.abort()), wait);
    // The index is loaded beside the bundle but fails apart from it: a missing or broken index
    // costs only the section that lists other roles, never the bundle's own figures.
    const indexFile = indexUrl(base);
    // The loader gives one request its own 10 s, and an element that joined another's request late
    // gets what was left of it: an element whose own timeout is not yet up (its signal not yet
    // aborted) asks again rather than give up early; only after a real wait, so that a loader set
    // to give up at once never makes a loop of requests.
    const untilOwnDeadline = async <T>(load: () => Promise<T>): Promise<T> => {
      for (;;) {
        const asked = Date.now();
        try {
          return await load();
        } catch (error) {
          const again = wait !== null && !own.signal.aborted && Date.now() - asked >= 250;
          if (!(again && (error as LoadError | null)?.reason === 'timeout')) throw error;
        }
      }
    };
    const indexCheck = this.#indexCheck;
    const index = indexCheck
      ? untilOwnDeadline(() => loadJson('index', indexCheck, indexFile, { signal: own.signal })).then(
          (loaded) => ({ data: loaded.data, error: null }),
          (error: unknown) => ({ data: null, error: timedOut ? timeoutError(indexFile, wait ?? 0) : error }),
        )
      : Promise.resolve({ data: null, error: null });
    try {
      const bundle = await untilOwnDeadline(() => loadRoleBundle(url, this.#bundleCheck, { signal: own.signal }));
      const indexed = await index;
      if (signal.aborted) return this.state;
      if (indexed.error) {
        const e = indexed.error instanceof LoadError ? indexed.error : null;
        this.#tell('role-hub-error', {
          code: e?.code ?? 'network',
          url: e?.url ?? indexFile,
          role,
          status: e?.status ?? null,
          reason: e?.reason ?? 'network',
          message: e?.message ?? String(indexed.error),
        });
      }
      // A file that answers for another role, or another market than the one asked for, is refused:
      // a page must never show the wrong role's figures, nor one country's pay under another's name.
      const held =
        bundle.data.role.slug !== role
          ? ['role', bundle.data.role.slug]
          : market !== undefined && bundle.data.market.key !== market
            ? ['market', bundle.data.market.key]
            : null;
      if (held) {
        const message = `${url} holds the stats of ${held[0]} “${held[1]}”, not “${held[0] === 'role' ? role : market}”.`;
        this.#tell('role-hub-error', { code: 'role-mismatch', url, role, status: null, reason: 'role-mismatch', message });
        return { status: 'error', message: `These stats are for another ${held[0]} (“${held[1]}”), so they are not shown.` };
      }
      // A section that shows nothing without the index has only its error to report.
      if (!(indexed.error && this.#requiresIndex)) this.#tell('role-hub-load', { url, role: bundle.data.role.slug });
      return { status: 'ready', bundle: bundle.data, index: indexed.data, indexError: indexed.error ? INDEX_FAILED : null, url };
    } catch (caught) {
      if (signal.aborted) return this.state;
      const error = timedOut ? timeoutError(url, wait ?? 0) : caught;
      const e = error instanceof LoadError ? error : null;
      const failedUrl = e?.url ?? url;
      const status = e?.status ?? null;
      if (status === 404 && failedUrl === url) {
        if (market !== undefined) return await this.#missingMarket(role, market, base, url, own.signal, signal);
        this.#tell('role-hub-error', { code: 'http-4xx', url, role, status, reason: 'not-found', message: `No stats for role “${role}”.` });
        return { status: 'empty', message: `There are no stats for “${role}” at ${url}.` };
      }
      const code = e?.code ?? 'network';
      this.#tell('role-hub-error', {
        code,
        url: failedUrl,
        role,
        status,
        reason: e?.reason ?? 'network',
        message: e?.message ?? String(error),
      });
      if (code === 'offline') this.#reloadWhenOnline();
      return { status: 'error', message: readableError(e, failedUrl) };
    } finally {
      // Not before the state is settled: a missing market's list of the markets it has waits for
      // the index only until the element's own deadline.
      clearTimeout(timer);
      signal.removeEventListener('abort', stopWaiting);
    }
  }

  /**
   * A market the role has no bundle for: says so, naming the markets it has (from the index, read
   * until `deadline`, the element's own; `signal` is the load's, aborted when it starts over).
   */
  async #missingMarket(
    role: string,
    market: string,
    base: string,
    url: string,
    deadline: AbortSignal,
    signal: AbortSignal,
  ): Promise<BundleState> {
    this.#tell('role-hub-error', {
      code: 'http-4xx',
      url,
      role,
      status: 404,
      reason: 'not-found',
      message: `No stats for role “${role}” in market “${market}”.`,
    });
    let markets = '';
    try {
      const index = await loadJson('index', marketsCheck, indexUrl(base), { signal: deadline });
      const names = marketNames(index.data, role);
      if (names.length) markets = ` It has: ${names.join(', ')}.`;
    } catch {
      // Without the index the message still says what is missing.
    }
    if (signal.aborted) return this.state;
    return { status: 'empty', message: `There are no stats for “${role}” in the market “${market}” at ${url}.${markets}` };
  }

  #fromData(data: unknown, index: unknown): BundleState {
    // The hub gives one bundle (and index) to all its sections, and every reload gives it again:
    // each kind of section checks a given object once, whichever element and update asks first.
    const bundle = checkOnce(this.#bundleCheck, data);
    if (!bundle.ok) return this.#invalid(bundle.reason, data);
    let roleIndex: RoleIndex | null = null;
    let indexError: string | null = null;
    if (index === INDEX_UNAVAILABLE) indexError = INDEX_FAILED;
    else if (index != null && this.#indexCheck) {
      const checked = checkOnce(this.#indexCheck, index);
      if (!checked.ok) return this.#invalid(checked.reason, data);
      roleIndex = checked.value;
    }
    if (!(indexError && this.#requiresIndex)) this.#tell('role-hub-load', { url: null, role: bundle.value.role.slug });
    return { status: 'ready', bundle: bundle.value, index: roleIndex, indexError, url: null };
  }

  #invalid(reason: string, data: unknown): BundleState {
    this.#tell('role-hub-error', {
      code: 'schema',
      url: null,
      role: this.#host.role || givenSlug(data),
      status: null,
      reason: 'invalid',
      message: reason,
    });
    return { status: 'error', message: 'These stats could not be read (the data is not a valid role-hub bundle).' };
  }
}

/**
 * The slug a `data` object names, even one that failed its check: the error says which bundle it
 * was. (A getter of the page's that throws is caught with the rest of the slice that checks it.)
 */
function givenSlug(data: unknown): string {
  const slug = (data as { role?: { slug?: unknown } } | null)?.role?.slug;
  return typeof slug === 'string' ? slug : '';
}

/** The failure as a sentence that names the file, for the reader and the page's author alike. */
function readableError(e: LoadError | null, url: string): string {
  // Any status but OK, whatever its code (a 304 is neither 4xx nor 5xx): the server did answer.
  if (e?.reason === 'http') return `The stats could not be loaded (${url} answered ${e.status ?? 'with an error'}).`;
  switch (e?.code) {
    case 'timeout':
      return `The stats took too long to arrive from ${url}. Please try again later.`;
    case 'not-json':
    case 'schema':
      return `These stats could not be read (${url} is not a valid role-hub bundle).`;
    case 'offline':
      return `You appear to be offline, so the stats at ${url} could not be loaded.`;
    default:
      return `The stats could not be loaded from ${url}. Check your connection and try again.`;
  }
}

/**
 * Only what the missing-market sentence reads of an index: any object passes, and `marketNames`
 * reads own text fields alone. A section without the other-roles list need not carry the whole
 * index validator for one sentence.
 */
const marketsCheck = (json: unknown): Validation<unknown> =>
  typeof json === 'object' && json !== null ? { ok: true, value: json } : { ok: false, reason: 'not an object' };

/** "United States (united-states)" for each market the index lists for `role`; own text fields only. */
function marketNames(index: unknown, role: string): string[] {
  const own = (o: unknown, key: string): unknown =>
    typeof o === 'object' && o !== null && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
  const roles = own(index, 'roles');
  const entry = Array.isArray(roles) ? roles.find((r) => own(r, 'slug') === role) : undefined;
  const markets = own(entry, 'markets');
  if (!Array.isArray(markets)) return [];
  return markets.flatMap((m) => {
    const name = own(m, 'name');
    const key = own(m, 'key');
    return typeof name === 'string' && typeof key === 'string' ? [`${name} (${key})`] : [];
  });
}
