import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeError } from '../input/describe-error.js';
import { InputError } from '../input/input-error.js';
import { removeOnInterrupt, restoreOnInterrupt } from './on-interrupt.js';

/** A folder's next contents, written beside it and not yet in its place. */
export interface StagedFolder {
  /** Swaps the staged contents in; the previous folder is removed, or `warn` says where it is. */
  commit(): Promise<void>;
  /** Removes the staged contents and leaves the folder as it was. */
  discard(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Fills a temporary folder beside `dir` (`fill` writes into the path it is given); `commit` then
 * swaps it in with two renames, so a reader sees the whole previous set or the whole new one. A
 * failed fill removes the temporary folder and leaves `dir` as it was, and so does a stop (Ctrl-C,
 * `kill`), at any moment. Two staged folders (the bundles and `--aggregates`) can both be filled
 * before either is committed, so a failure writing one leaves the other as it was too.
 */
export async function stageFolder(
  dir: string,
  fill: (staging: string) => Promise<void>,
  warn: (message: string) => void,
): Promise<StagedFolder> {
  const parent = dirname(dir);
  const staging = join(parent, `.${basename(dir)}.${process.pid}.new`);
  const retired = join(parent, `.${basename(dir)}.${process.pid}.old`);
  const unchanged = (error: unknown) =>
    new InputError(`cannot write ${dir}: ${(error as Error).message}; the previous output is unchanged`);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot write ${dir}: ${describeError(error)}`);
  }
  // On a stop: the staging folder goes, then the previous output comes back if it was moved away.
  const stagingKept = removeOnInterrupt(staging);
  const release = async () => {
    await rm(staging, { recursive: true, force: true });
    stagingKept();
  };
  try {
    await mkdir(staging);
    await fill(staging);
  } catch (error) {
    await release();
    throw unchanged(error);
  }
  return {
    discard: release,
    async commit() {
      const retiredKept = restoreOnInterrupt(dir, retired);
      try {
        const had = await exists(dir);
        if (had) await rename(dir, retired);
        try {
          await rename(staging, dir);
        } catch (error) {
          if (had) await rename(retired, dir);
          throw error;
        }
      } catch (error) {
        await release();
        retiredKept();
        throw unchanged(error);
      }
      stagingKept();
      retiredKept();
      // The new output is in place: a previous one that cannot be removed (a file in it the user
      // may not delete) is said, not reported as a failed build.
      try {
        await rm(retired, { recursive: true, force: true });
      } catch (error) {
        warn(`the new output is in ${dir}, but the previous one could not be removed from ${retired}: ${(error as Error).message}`);
      }
    },
  };
}
