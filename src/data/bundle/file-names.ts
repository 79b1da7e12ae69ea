import { ALL_MARKETS } from './limits.js';
import type { RoleIndex } from './types.js';

/**
 * Where a build puts each bundle, beside `index.json`: `<role>.json` is the role's default
 * market; `<role>.<market>.json` is one market ("all" for every market together). A slug holds no
 * ".", so the two parts never blur.
 */
export function bundleFileName(role: string, market?: string): string {
  return market === undefined ? `${role}.json` : `${role}.${market}.json`;
}

export const INDEX_FILE_NAME = 'index.json';

/** The bundles a build wrote for `index`: each role's `<role>.json` and `<role>.<market>.json` of every market it lists. */
export function indexedFileNames(index: RoleIndex): string[] {
  return index.roles.flatMap((r) => [bundleFileName(r.slug), ...r.markets.map((m) => bundleFileName(r.slug, m.key))]);
}
export { ALL_MARKETS };
