import type { RoleBundle, RoleIndex } from '../../data/bundle/types.js';

/** What an element says when its stats could not be shown for a reason nobody foresaw. */
export const UNSHOWN = 'These stats could not be shown.';

/** What an element is showing. Every state renders something a person can read. */
export type BundleState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'empty'; message: string }
  | {
      status: 'ready';
      bundle: RoleBundle;
      index: RoleIndex | null;
      /** Why the roles index is missing when it was wanted and could not be had; the bundle still renders. */
      indexError: string | null;
      url: string | null;
    };
