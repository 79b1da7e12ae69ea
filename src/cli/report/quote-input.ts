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
