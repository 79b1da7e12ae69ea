import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place in it. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared real listings live beside the repository, never inside it. */
export const sharedDataDir = resolve(repoRoot, '../shared/data');

/** The real NDJSON files, or an empty list (with the reason) when the folder is not there. */
export function realDataFiles(): { files: string[]; skip: string | false } {
  if (!existsSync(sharedDataDir)) return { files: [], skip: `no real listings at ${sharedDataDir} (../shared/data); skipped` };
  const files = readdirSync(sharedDataDir)
    .filter((f) => /\.ndjson(\.gz)?$/.test(f))
    .sort()
    .map((f) => join(sharedDataDir, f));
  return files.length ? { files, skip: false } : { files, skip: `no .ndjson(.gz) files in ${sharedDataDir}; skipped` };
}

export const fixture = (name: string) => join(repoRoot, 'tests/fixtures/listings', name);
