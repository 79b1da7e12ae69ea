import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RoleBundle, RoleIndex } from '../../data/bundle/types.js';
import { validateBundle, validateIndex } from '../../data/bundle/validate.js';
import { LoadError, loadBundle, loadIndex, resolveStatsBase } from '../../data/load/loader.js';
import type { BundleState } from './bundle-state.js';
import { emit } from './events.js';
import { libraryUrl } from './library-url.js';

/** What the controller needs from its element. */
export interface BundleSource extends ReactiveControllerHost, HTMLElement {
  role: string;
  src: string | null;
  data: unknown;
  index: unknown;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Loads the bundle (and, when asked, the role index) an element renders, and turns every outcome
 * into a {@link BundleState}. A `data` object wins over the network. Each new load aborts the
 * previous one, and disconnecting aborts it too, so the shared loader can cancel requests nobody
 * still wants. Errors become states and events; nothing is thrown into the page.
 */
export class BundleController implements ReactiveController {
  state: BundleState = { status: 'loading' };
  private abort: AbortController | null = null;
  private generation = 0;

  constructor(
    private readonly host: BundleSource,
    private readonly needsIndex: boolean,
  ) {
    host.addController(this);
  }

  private pending = true;

  hostConnected(): void {
    // Load on the next update, once every property a framework sets right after creation is in.
    this.pending = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Nobody is looking any more: let the loader cancel the request if no other element wants it.
    this.abort?.abort();
    this.abort = null;
    this.generation++;
    this.state = { status: 'loading' };
  }

  /** Called from the element's willUpdate: loads when first shown or when an input changed. */
  sync(changed: Map<PropertyKey, unknown>): void {
    if (this.pending || changed.has('role') || changed.has('src') || changed.has('data') || changed.has('index')) {
      this.pending = false;
      this.reload();
    }
  }

  /** Starts over from the element's current role, src, data and index. */
  reload(): void {
    this.abort?.abort();
    const generation = ++this.generation;
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.set({ status: 'loading' });
    this.run(signal)
      .then((state) => {
        if (generation === this.generation) this.set(state);
      })
      .catch(() => {
        // run() turns every failure into a state; this only guards against the unforeseen.
        if (generation === this.generation) this.set({ status: 'error', message: 'The stats could not be shown.' });
      });
  }

  private set(state: BundleState): void {
    if (this.state === state) return;
    this.state = state;
    this.host.requestUpdate();
  }

  private async run(signal: AbortSignal): Promise<BundleState> {
    const { host } = this;
    if (host.data != null) return this.fromData(host.data, host.index);
    const role = host.role?.trim() ?? '';
    if (!role) return { status: 'empty', message: 'No role chosen: set the role attribute, e.g. role="backend-engineer".' };
    if (!SLUG.test(role)) return { status: 'empty', message: `“${role}” is not a role name role-hub knows.` };

    const base = resolveStatsBase(host.src, libraryUrl);
    const url = new URL(`${role}.json`, base).href;
    const indexUrl = new URL('index.json', base).href;
    try {
      const [bundle, index] = await Promise.all([
        loadBundle(url, { signal }),
        this.needsIndex ? loadIndex(indexUrl, { signal }) : Promise.resolve(null),
      ]);
      if (signal.aborted) return this.state;
      emit(host, 'role-hub-load', { url, role: bundle.data.role.slug });
      return { status: 'ready', bundle: bundle.data, index: index?.data ?? null, url };
    } catch (error) {
      if (signal.aborted) return this.state;
      const e = error instanceof LoadError ? error : null;
      const failedUrl = e?.url ?? url;
      const status = e?.status ?? null;
      if (status === 404 && failedUrl === url) {
        emit(host, 'role-hub-error', { url: failedUrl, status, reason: 'not-found', message: `No stats for role “${role}”.` });
        return { status: 'empty', message: `There are no stats for “${role}” yet.` };
      }
      const message = e?.message ?? String(error);
      emit(host, 'role-hub-error', { url: failedUrl, status, reason: e?.reason ?? 'network', message });
      return { status: 'error', message: readableError(e) };
    }
  }

  private fromData(data: unknown, index: unknown): BundleState {
    const bundle = validateBundle(data);
    if (!bundle.ok) return this.invalid(bundle.reason);
    let roleIndex: RoleIndex | null = null;
    if (index != null) {
      const checked = validateIndex(index);
      if (!checked.ok) return this.invalid(checked.reason);
      roleIndex = checked.value;
    }
    const value: RoleBundle = bundle.value;
    emit(this.host, 'role-hub-load', { url: null, role: value.role.slug });
    return { status: 'ready', bundle: value, index: roleIndex, url: null };
  }

  private invalid(reason: string): BundleState {
    emit(this.host, 'role-hub-error', { url: null, status: null, reason: 'invalid', message: reason });
    return { status: 'error', message: 'These stats could not be read (the data is not a valid role-hub bundle).' };
  }
}

function readableError(e: LoadError | null): string {
  switch (e?.reason) {
    case 'timeout':
      return 'The stats took too long to arrive. Please try again later.';
    case 'invalid':
      return 'These stats could not be read (the file is not a valid role-hub bundle).';
    case 'http':
      return `The stats could not be loaded (the server answered ${e.status ?? 'with an error'}).`;
    default:
      return 'The stats could not be loaded. Check your connection and try again.';
  }
}
