import { ALL_MARKETS } from './limits.js';

/**
 * Where a build puts each bundle, beside `index.json`: `<role>.json` is the role's default
 * market; `<role>.<market>.json` is one market ("all" for every market together). A slug holds no
 * ".", so the two parts never blur.
 */
export function bundleFileName(role: string, market?: string): string {
  return market === undefined ? `${role}.json` : `${role}.${market}.json`;
}

export const INDEX_FILE_NAME = 'index.json';
export { ALL_MARKETS };
