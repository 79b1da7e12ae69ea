import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const GLOB = /[*?[]/;

/**
 * A glob's file-name part as a regular expression: `*` any run, `?` one character, `[…]` a set
 * (`[!…]` or `[^…]` its complement), as a shell reads them. Null for a pattern no expression can
 * be made of (a set with a reversed range), which is then taken as a plain name.
 */
function nameMatcher(pattern: string): RegExp | null {
  let body = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    // A set needs a closing bracket after at least one member ("[]x]" holds "]").
    const end = c === '[' ? pattern.indexOf(']', i + 2) : -1;
    if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else if (end !== -1) {
      const members = pattern.slice(i + 1, end);
      const negated = members.startsWith('!') || members.startsWith('^');
      body += `[${negated ? '^' : ''}${(negated ? members.slice(1) : members).replace(/[\\\]^[]/g, '\\$&')}]`;
      i = end;
    } else body += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${body}$`);
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * The inputs with globs in their file names expanded (`data/jobs-*.ndjson.gz`), in name order, for
 * shells that pass a pattern through unexpanded. A name that exists is never a pattern, however
 * it is spelled (`b[1].ndjson`). A pattern matches files, not folders, and not hidden files unless
 * it starts with a dot, as in a shell. A pattern matching nothing stays as it is, so the missing
 * file is reported by name.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const matcher =
      GLOB.test(basename(input)) && !GLOB.test(dirname(input)) && !(await exists(input)) ? nameMatcher(basename(input)) : null;
    if (!matcher) {
      out.push(input);
      continue;
    }
    const entries = await readdir(dirname(input), { withFileTypes: true }).catch(() => []);
    const hidden = basename(input).startsWith('.');
    const matches = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && (hidden || !e.name.startsWith('.')) && matcher.test(e.name))
      .map((e) => e.name)
      .sort()
      .map((n) => join(dirname(input), n));
    out.push(...(matches.length ? matches : [input]));
  }
  return out;
}
