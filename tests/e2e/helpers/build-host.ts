/**
 * Builds one of the small host apps under tests/e2e/hosts/ with Vite's JS API into a temporary
 * folder, the way a job board builds its app: `role-hub` is imported by its package name and
 * resolves through package.json `exports` to the npm build in dist/lib (the repo imports itself),
 * with Lit and d3 resolved from node_modules as a consumer's bundler would.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { repoRoot } from './paths.js';

export async function buildHost(name: string, extra: InlineConfig = {}): Promise<string> {
  const root = join(repoRoot, 'tests/e2e/hosts', name);
  const outDir = await mkdtemp(join(tmpdir(), `role-hub-host-${name}-`));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    // JSX through Vite's own transform (oxc), React 19's automatic runtime: no plugin needed.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    build: { outDir, emptyOutDir: true, minify: true, reportCompressedSize: false, target: 'es2022' },
    ...extra,
  });
  return outDir;
}
