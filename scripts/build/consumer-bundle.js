// Bundles a few lines of app code that import role-hub by its package name, the way a consumer's
// bundler would (Vite, minified), and returns the output. Used by the packaging tests (does
// importing a class register it? does one element pull in only itself?) and by bench/page (what
// one element costs). The entry is written inside the repository so `role-hub` resolves to this
// package through its own `exports` map.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The alias an app adds to use the numeric stand-ins (see docs/embedding.md). */
export const consumerShimAlias = {
  'd3-interpolate': 'role-hub/vendor/d3-interpolate-numeric',
  'd3-format': 'role-hub/vendor/d3-format-absent',
};

/**
 * In an app, role-hub sits in node_modules, so d3-scale (which imports d3-interpolate) finds
 * `role-hub/vendor/…` there. Here role-hub is the repository itself, visible by name only to its
 * own files, so the alias targets are resolved through the package's `exports` first.
 */
function resolvedShimAlias() {
  return Object.fromEntries(Object.entries(consumerShimAlias).map(([from, to]) => [from, fileURLToPath(import.meta.resolve(to))]));
}

/**
 * @param {string} root repository root
 * @param {string} code the app's entry module
 * @param {{ shims?: boolean }} [options] alias d3-interpolate/d3-format to role-hub's numeric stand-ins,
 *   exactly as docs/embedding.md tells an app to (through the package's `role-hub/vendor/*` exports)
 * @returns {Promise<string>} the minified bundle
 */
export async function bundleAsConsumer(root, code, options = {}) {
  const base = join(root, '.tmp/consumer-bundles');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'entry-'));
  try {
    writeFileSync(join(dir, 'entry.js'), code);
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      // A production build, as an app ships one, whatever NODE_ENV the caller runs with.
      resolve: { conditions: ['module', 'browser', 'production'], ...(options.shims ? { alias: resolvedShimAlias() } : {}) },
      build: {
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        reportCompressedSize: false,
        lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: () => 'bundle.js' },
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    });
    const files = readdirSync(join(dir, 'out'));
    return files.map((f) => readFileSync(join(dir, 'out', f), 'utf8')).join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
