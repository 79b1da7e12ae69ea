import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFileName, INDEX_FILE_NAME, indexedFileNames } from '../../data/bundle/file-names.js';
import type { RoleIndex } from '../../data/bundle/types.js';
import type { SliceBundle } from '../../data/build/bundle/assemble-bundles.js';
import { serialise } from '../../data/build/bundle/serialise.js';
import { wireBundle } from '../../data/build/bundle/wire-bundle.js';
import { validateIndex } from '../../data/bundle/validate.js';
import { refuseForeignFiles } from './own-folder.js';
import { stageFolder } from './replace-folder.js';

export interface WrittenFile {
  bytes: number;
  gzipBytes: number;
}

/**
 * Refuses an output folder holding files a build does not write, before anything is computed: the
 * swap (`stageFolder`) replaces the whole folder, and must never take someone's other files with it. A
 * folder is ours when it is empty or holds exactly what an earlier build wrote: its `index.json`
 * and the bundles that index names. A name alone proves nothing (`package.json` is a valid
 * `<role>.json` name), and a sub-folder is never ours.
 */
export async function checkOutputFolder(dir: string): Promise<void> {
  await refuseForeignFiles('--out', dir, await earlierBuildFiles(dir));
}

/** The files an earlier build wrote in `dir`, from its `index.json`; none when there is no readable index. */
async function earlierBuildFiles(dir: string): Promise<Set<string>> {
  let index: unknown;
  try {
    index = JSON.parse(await readFile(join(dir, INDEX_FILE_NAME), 'utf8'));
  } catch {
    return new Set();
  }
  const checked = validateIndex(index);
  return checked.ok ? new Set([INDEX_FILE_NAME, ...indexedFileNames(checked.value)]) : new Set();
}

/**
 * Writes the whole output set — every slice's bundle, each role's default-market bundle and
 * `index.json` — into a temporary folder beside `dir`, then swaps it in (`stageFolder`). A failed
 * write leaves `dir` as it was; after a good one, `dir` holds exactly this build's files (bundles
 * of roles an earlier build had and this one lacks are gone); should the previous set then resist
 * removal, `warn` says where it is. Returns each file's size and gzip size by file name.
 */
export async function writeBundles(
  dir: string,
  slices: readonly SliceBundle[],
  defaults: ReadonlyMap<string, string>,
  index: RoleIndex,
  warn: (message: string) => void,
): Promise<Map<string, WrittenFile>> {
  const written = new Map<string, WrittenFile>();
  const staged = await stageFolder(
    dir,
    async (staging) => {
      const put = async (name: string, text: string) => {
        await writeFile(join(staging, name), text);
        written.set(name, { bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length });
      };
      for (const slice of slices) {
        const text = serialise(wireBundle(slice.bundle));
        await put(bundleFileName(slice.role, slice.market), text);
        if (defaults.get(slice.role) === slice.market) await put(bundleFileName(slice.role), text);
      }
      await put(INDEX_FILE_NAME, serialise(index));
    },
    warn,
  );
  await staged.commit();
  return written;
}
