/**
 * The form skill keywords are compared in: lower case, trimmed, inner white space collapsed.
 * "  Power   BI " and "power bi" are the same keyword.
 */
export function normaliseKeyword(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}
