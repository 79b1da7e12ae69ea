/**
 * Where an element finds its stats folder, in the order a page author expects: the element's own
 * `src`, else the page-wide `<meta name="role-hub-src" content="…">`, else a `stats/` folder beside
 * the library's script file (so the one-script embed works with no configuration at all).
 */

import { bundleFileName, INDEX_FILE_NAME } from '../bundle/file-names.js';

/**
 * `url` against `base` as a folder URL (no query or hash, a trailing "/"), or null when it is blank.
 * A value that is not a URL comes back as written: the author asked for that folder, so the element
 * says it cannot use it rather than quietly loading another folder's figures.
 */
function folder(url: string | null | undefined, base: string): string | null {
  if (!url?.trim()) return null;
  try {
    const u = new URL(url.trim(), base);
    u.search = u.hash = '';
    if (!u.pathname.endsWith('/')) u.pathname += '/';
    return u.href;
  } catch {
    return url.trim();
  }
}

/** Whether a stats folder from `resolveStatsBase` may be fetched: only http(s) web addresses are. */
export function isWebFolder(statsBase: string): boolean {
  try {
    return /^https?:$/.test(new URL(statsBase).protocol);
  } catch {
    return false;
  }
}

/**
 * Resolve the stats folder for an element: explicit src attribute, else
 * `<meta name="role-hub-src" content>`, else a `stats/` folder beside the script file of the library
 * itself (pass `import.meta.url` from the caller's module). Returns an absolute URL ending in "/", or
 * a given src or meta value as written when it is not a URL (`isWebFolder` then refuses it).
 *
 * @example
 * resolveStatsBase(this.src, import.meta.url); // "https://example.com/assets/stats/"
 */
export function resolveStatsBase(explicitSrc: string | null | undefined, scriptUrl: string, doc: Document = document): string {
  const page = doc.baseURI;
  const meta = doc.querySelector('meta[name="role-hub-src"]')?.getAttribute('content');
  return folder(explicitSrc, page) ?? folder(meta, page) ?? statsBeside(scriptUrl) ?? statsBeside(page) ?? page;
}

/**
 * The `stats/` folder beside a file, or null when the file's URL is unusable or not a web address:
 * a bundler that writes its own machine's `file:` path for `import.meta.url` (webpack does) must
 * not send the element there, nor show that path to readers; the page's folder is tried instead.
 */
function statsBeside(fileUrl: string): string | null {
  try {
    const beside = new URL('stats/', fileUrl);
    return /^https?:$/.test(beside.protocol) ? beside.href : null;
  } catch {
    return null;
  }
}

/**
 * The URL of one role's bundle in a stats folder, for one market or the role's default
 * (`bundleFileName`); the slugs are encoded so they cannot leave the folder.
 */
export function bundleUrl(statsBase: string, role: string, market?: string): string {
  return fileIn(statsBase, bundleFileName(encodeURIComponent(role), market === undefined ? undefined : encodeURIComponent(market)));
}

/** The URL of the roles index in a stats folder. */
export function indexUrl(statsBase: string): string {
  return fileIn(statsBase, INDEX_FILE_NAME);
}

function fileIn(statsBase: string, name: string): string {
  try {
    return new URL(name, statsBase).href;
  } catch {
    return statsBase + name; // not a URL: the load then fails with a readable error instead of a throw here
  }
}
