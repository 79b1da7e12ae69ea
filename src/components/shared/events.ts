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

declare global {
  interface HTMLElementEventMap {
    'role-hub-load': RoleHubLoadEvent;
    'role-hub-error': RoleHubErrorEvent;
    'role-hub-select': RoleHubSelectEvent;
  }
}

/** Dispatches a bubbling, composed role-hub event from `target`. */
export function emit<K extends 'role-hub-load' | 'role-hub-error' | 'role-hub-select'>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'role-hub-select' }));
}
