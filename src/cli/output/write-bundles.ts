import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RoleBundle, RoleIndex } from '../../data/bundle/types';
import { serialise } from '../../data/build/bundle/serialise';
import { wireBundle } from '../../data/build/bundle/wire-bundle';

export interface WrittenFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** Writes a file through a temporary name and a rename, so a reader never sees half a bundle. */
async function writeAtomic(path: string, text: string): Promise<WrittenFile> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
  const bytes = Buffer.byteLength(text);
  return { path, bytes, gzipBytes: gzipSync(text).length };
}

/**
 * Writes `<dir>/<slug>.json` for every bundle (in the on-disk form, pay by skill in columns) and
 * `<dir>/index.json`, creating `dir` when needed.
 */
export async function writeBundles(dir: string, bundles: readonly RoleBundle[], index: RoleIndex): Promise<Map<string, WrittenFile>> {
  await mkdir(dir, { recursive: true });
  const written = new Map<string, WrittenFile>();
  for (const bundle of bundles) {
    written.set(bundle.role.slug, await writeAtomic(join(dir, `${bundle.role.slug}.json`), serialise(wireBundle(bundle))));
  }
  written.set('index', await writeAtomic(join(dir, 'index.json'), serialise(index)));
  return written;
}
