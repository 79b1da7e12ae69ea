/**
 * Links that come from data are only used when they lead to a web page: http(s), or relative to the
 * page. Everything else (javascript:, data:, vbscript:, file:, …) is refused.
 *
 * The scheme is decided by the platform's own URL parser, the same one the browser uses for `href`,
 * after the clean-up it does itself (leading and trailing spaces and control characters dropped, tabs
 * and newlines removed anywhere), so "  JaVa\tscript:alert(1)" is seen as the javascript: URL it is.
 */

/** Stands in for the page's address when deciding what a relative link would be. */
const BASE = 'https://base.invalid/';

/**
 * The href to use for a link from data, or null: only http(s) or relative URLs; never javascript:,
 * data:, vbscript:, etc. (whitespace, control characters and case tricks included).
 *
 * @example
 * safeHref('/careers/backend-engineer'); // '/careers/backend-engineer'
 * safeHref(' JaVa\tscript:alert(1)');     // null
 */
export function safeHref(url: string): string | null {
  if (typeof url !== 'string') return null;
   
  const cleaned = url.replace(/^[\0- ]+|[\0- ]+$/g, '').replace(/[\t\n\r]/g, '');
  // Any other control character left inside is never part of an honest link.
  // eslint-disable-next-line no-control-regex
  if (!cleaned || /[\0-\x1f\x7f]/.test(cleaned)) return null;
  try {
    const { protocol } = new URL(cleaned, BASE);
    return protocol === 'http:' || protocol === 'https:' ? cleaned : null;
  } catch {
    return null;
  }
}
