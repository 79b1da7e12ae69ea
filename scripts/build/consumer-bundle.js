// Bundles a few lines of app code that import role-hub by its package name, the way a consumer's
// bundler would (Vite, minified), and returns the output. Used by the packaging tests (does
// importing a class register it? does one element pull in only itself?) and by bench/page (what
// one element costs). The entry is written inside the repository so `role-hub` resolves to this
// package through its own `exports` map.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * @param {string} root repository root
 * @param {string} code the app's entry module
 * @returns {Promise<string>} the minified bundle
 */
export async function bundleAsConsumer(root, code) {
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
      resolve: { conditions: ['module', 'browser', 'production'] },
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
