import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../input/input-error.js';
import { quoteInput } from '../report/quote-input.js';

/**
 * `path` with every symbolic link resolved, also when its last parts do not exist yet (an output
 * folder a build is about to make): the nearest existing ancestor is resolved, the rest appended.
 */
export async function realPath(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    // A link to nothing: where it leads cannot be checked or replaced, so it is said at once.
    if ((await lstat(absolute).catch(() => null))?.isSymbolicLink()) {
      throw new InputError(
        `${path} is a symbolic link to ${await readlink(absolute)}, which does not exist; make that folder or change the link`,
      );
    }
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await realPath(parent), basename(absolute));
  }
}

/** True when `inner` is `outer` or inside it; both already resolved with `realPath`. */
export function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  // "..out" is a folder inside; "..", or "../x", is outside.
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/**
 * Refuses a folder the builder would overwrite or replace when it holds anything but the files in
 * `ours` (what an earlier run wrote there): someone's other files are never taken. A missing or
 * empty folder is fine; a file, or any sub-folder, is not.
 */
export async function refuseForeignFiles(flag: string, dir: string, ours: ReadonlySet<string>): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) throw new InputError(`${flag} ${dir} is a file, not a folder`);
  const foreign = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.isFile() || !ours.has(e.name))
    .map((e) => e.name)
    .sort();
  if (foreign.length) {
    throw new InputError(
      `${flag} ${dir} holds files a build does not write (${foreign.slice(0, 3).map(quoteInput).join(', ')}${foreign.length > 3 ? ', …' : ''}); choose an empty folder or one only role-hub writes to`,
    );
  }
}
