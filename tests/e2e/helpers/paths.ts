import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, from this file's place in it. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const dist = join(repoRoot, 'dist');
export const statsDir = join(dist, 'stats');

/** The e2e tests drive the built output; `npm test` builds first. Say so clearly when it is missing. */
export function requireBuilt(...files: string[]): void {
  for (const f of files) {
    if (!existsSync(join(dist, f)))
      throw new Error(`dist/${f} is missing: run \`npm run build\` first (the e2e stage of \`npm test\` does).`);
  }
}
