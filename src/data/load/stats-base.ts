/**
 * Where an element finds its stats folder, in the order a page author expects: the element's own
 * `src`, else the page-wide `<meta name="role-hub-src" content="…">`, else a `stats/` folder beside
 * the library's script file (so the one-script embed works with no configuration at all).
 */

import { bundleFileName, INDEX_FILE_NAME } from '../bundle/file-names.js';

/** `url` against `base` as a folder URL (no query or hash, a trailing "/"), or null when it is blank or not a URL. */
function folder(url: string | null | undefined, base: string): string | null {
  if (!url?.trim()) return null;
  try {
    const u = new URL(url.trim(), base);
    u.search = u.hash = '';
    if (!u.pathname.endsWith('/')) u.pathname += '/';
    return u.href;
  } catch {
    return null;
  }
}

/**
 * Resolve the stats folder for an element: explicit src attribute, else
 * `<meta name="role-hub-src" content>`, else a `stats/` folder beside the script file of the library
 * itself (pass `import.meta.url` from the caller's module). Returns an absolute URL ending in "/".
 * An unusable value (one that is not a URL) is passed over in favour of the next source.
 *
 * @example
 * resolveStatsBase(this.src, import.meta.url); // "https://example.com/assets/stats/"
 */
export function resolveStatsBase(explicitSrc: string | null | undefined, scriptUrl: string, doc: Document = document): string {
  const page = doc.baseURI;
  const meta = doc.querySelector('meta[name="role-hub-src"]')?.getAttribute('content');
  return folder(explicitSrc, page) ?? folder(meta, page) ?? folder('stats/', scriptUrl) ?? folder('stats/', page) ?? page;
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
