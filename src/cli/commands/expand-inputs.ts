import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const GLOB = /[*?[]/;

/** A glob's file-name part as a regular expression: `*` any run, `?` one character, `[…]` a set. */
function nameMatcher(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/**
 * The inputs with globs in their file names expanded (`data/jobs-*.ndjson.gz`), in name order, for
 * shells that pass a pattern through unexpanded. A pattern matching nothing stays as it is, so
 * the missing file is reported by name.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (!GLOB.test(basename(input)) || GLOB.test(dirname(input))) {
      out.push(input);
      continue;
    }
    const matcher = nameMatcher(basename(input));
    const names = await readdir(dirname(input)).catch(() => [] as string[]);
    const matches = names
      .filter((n) => matcher.test(n))
      .sort()
      .map((n) => join(dirname(input), n));
    out.push(...(matches.length ? matches : [input]));
  }
  return out;
}
