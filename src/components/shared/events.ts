/** The events every role-hub element fires. All bubble and cross shadow roots (composed). */
import type { ErrorCode } from '../../data/load/load-error.js';

export interface RoleHubLoadDetail {
  /** The bundle URL, or null when the bundle came from the `data` property. */
  url: string | null;
  role: string;
}

export interface RoleHubErrorDetail {
  /**
   * What went wrong, from one vocabulary: `network`, `timeout`, `offline`, `http-4xx`,
   * `http-5xx`, `not-json`, `schema`, `role-mismatch`, `unsafe-url`, `invalid-name` (see `ERROR_CODES`).
   */
  code: ErrorCode;
  url: string | null;
  /** The role the element asked for (its `role`, or the slug of the `data` it was given). */
  role: string;
  /** HTTP status when the server answered, else null. */
  status: number | null;
  /** The loader's reason: 'network' | 'timeout' | 'http' | 'invalid' | 'not-found' | 'role-mismatch' | 'unsafe-url' | 'invalid-name'. */
  reason: string;
  message: string;
}

export interface RoleHubSelectDetail {
  kind: 'skill' | 'role';
  value: string;
}

export type RoleHubLoadEvent = CustomEvent<RoleHubLoadDetail>;
export type RoleHubErrorEvent = CustomEvent<RoleHubErrorDetail>;
export type RoleHubSelectEvent = CustomEvent<RoleHubSelectDetail>;

/** role-hub's events by name. They bubble and cross shadow roots, so a listener on a shadow root, the document or the window hears them too. */
interface RoleHubEventMap {
  'role-hub-load': RoleHubLoadEvent;
  'role-hub-error': RoleHubErrorEvent;
  'role-hub-select': RoleHubSelectEvent;
}

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- each map only gains role-hub's events */
  interface HTMLElementEventMap extends RoleHubEventMap {}
  interface ShadowRootEventMap extends RoleHubEventMap {}
  interface DocumentEventMap extends RoleHubEventMap {}
  interface WindowEventMap extends RoleHubEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

/** Dispatches a bubbling, composed role-hub event from `target`. */
export function emit<K extends 'role-hub-load' | 'role-hub-error' | 'role-hub-select'>(
  target: EventTarget,
  type: K,
  detail: RoleHubEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'role-hub-select' }));
}
