import type { RoleBundle, RoleIndex } from '../../data/bundle/types.js';

/** What an element is showing. Every state renders something a person can read. */
export type BundleState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'empty'; message: string }
  | { status: 'ready'; bundle: RoleBundle; index: RoleIndex | null; url: string | null };
