/** The events every role-hub element fires. All bubble and cross shadow roots (composed). */

export interface RoleHubLoadDetail {
  /** The bundle URL, or null when the bundle came from the `data` property. */
  url: string | null;
  role: string;
}

export interface RoleHubErrorDetail {
  url: string | null;
  /** HTTP status when the server answered, else null. */
  status: number | null;
  /** 'network' | 'timeout' | 'http' | 'invalid' | 'aborted' | 'not-found' */
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
