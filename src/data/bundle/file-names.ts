import { ALL_MARKETS, isSlug } from './limits.js';

/**
 * Where a build puts each bundle, beside `index.json`: `<role>.json` is the role's default
 * market; `<role>.<market>.json` is one market ("all" for every market together). A slug holds no
 * ".", so the two parts never blur.
 */
export function bundleFileName(role: string, market?: string): string {
  return market === undefined ? `${role}.json` : `${role}.${market}.json`;
}

export const INDEX_FILE_NAME = 'index.json';

/** Whether `name` is a file a build writes: `index.json`, `<role>.json` or `<role>.<market>.json`. */
export function isBundleFileName(name: string): boolean {
  if (name === INDEX_FILE_NAME) return true;
  if (!name.endsWith('.json')) return false;
  const parts = name.slice(0, -'.json'.length).split('.');
  return parts.length <= 2 && parts.every(isSlug);
}
export { ALL_MARKETS };
