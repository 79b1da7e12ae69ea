/** Input values longer than this are cut in messages. */
export const QUOTED_INPUT_MAX = 80;

/**
 * An input value as a message may show it: in double quotes, control characters (and quotes and
 * backslashes) escaped as in JSON, cut to 80 characters with "…". A terminal never receives raw
 * escape sequences from a listing, and a huge field never floods the log.
 *
 * @example
 * quoteInput('Data\u001b[2J Analyst'); // '"Data\\u001b[2J Analyst"'
 */
export function quoteInput(value: string): string {
  const chars = [...value];
  const cut = chars.length > QUOTED_INPUT_MAX ? `${chars.slice(0, QUOTED_INPUT_MAX).join('')}…` : value;
  return JSON.stringify(cut).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A file name as a message shows it: as given, but with control characters (and line and
 * paragraph separators) escaped as `\u001b`, since a glob can pick up a name its user never
 * typed, and a name holding a line break or an escape sequence would forge or repaint report lines.
 *
 * @example
 * safePath('/data/evil\u001b[31m.ndjson'); // '/data/evil\\u001b[31m.ndjson'
 */
export function safePath(path: string): string {
  // Every character below U+0020, DEL to U+009F, and the two separators.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
