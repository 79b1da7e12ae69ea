// Vite configurations of the library builds. Each is a plain object for vite's build() API, so the
// library build stays apart from the dev server's vite.config.ts.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { licenceBanner } from './licenses.js';
import { asciiOnly, classicScriptUrl, collapseTemplateWhitespace } from './plugins.js';

const packageVersion = (root) => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/** The browsers the one-file scripts target: every engine with custom elements, shadow DOM and ES2022. */
const target = 'es2022';

/**
 * Every build replaces d3-interpolate and d3-format with numbers-only stand-ins (src/vendor/):
 * d3-scale's scaleLinear pulls in colour interpolation (d3-color) and tick formatting that role-hub
 * never uses, about 7 KB gzip. See src/vendor/*.ts for why each is safe; the e2e tests prove the
 * built charts draw the same geometry as charts built with real d3.
 */
export function numericShims(root) {
  return {
    'd3-interpolate': join(root, 'src/vendor/d3-interpolate-numeric.ts'),
    'd3-format': join(root, 'src/vendor/d3-format-absent.ts'),
  };
}

function browserBuild(root, { entry, outDir, format, fileName, plugins, templates }) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // `production` always, whatever NODE_ENV says: Lit's `development` export is its dev mode
    // (extra checks and warnings), which must never ship in the one-file scripts.
    resolve: { alias: numericShims(root), conditions: ['module', 'browser', 'production'] },
    plugins: [...(templates ? [collapseTemplateWhitespace()] : []), ...plugins, asciiOnly()],
    build: {
      target,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: false,
      reportCompressedSize: false,
      minify: true,
      lib: { entry, formats: [format], name: 'RoleHub', fileName: () => fileName },
      // The scripts are final: no bundler reads them again, so pure-call annotations are dead weight.
      // One line of licence notice stays on top (the full texts are in THIRD-PARTY-LICENSES.txt).
      rolldownOptions: { output: { minify: true, codeSplitting: false, comments: false, postBanner: licenceBanner(packageVersion(root)) } },
    },
  };
}

/** dist/role-hub.js: one ES module with Lit and d3 inside, for `<script type="module" src>`. */
export function moduleBuild(root, entry, outDir, options = {}) {
  return browserBuild(root, { entry, outDir, format: 'es', fileName: 'role-hub.js', plugins: [], ...options });
}

/** dist/role-hub.classic.js: the same as a classic script (IIFE), for CMSes that allow only `<script src>`. */
export function classicBuild(root, entry, outDir, options = {}) {
  return browserBuild(root, { entry, outDir, format: 'iife', fileName: 'role-hub.classic.js', plugins: [classicScriptUrl()], ...options });
}

/**
 * Dependencies an npm consumer's bundler resolves (and shares with the app): never bundled into
 * dist/lib. d3-scale is the exception: it is bundled, with the numeric stand-ins in place of
 * d3-interpolate and d3-format, because an app's bundler would otherwise pull colour interpolation
 * and number formatting (about 7 KB gzip) into every chart element. See npmBuild.
 */
export const npmExternal = [/^lit(\/|$)/, /^@lit\//, /^d3-array(\/|$)/, /^lit-html(\/|$)/, /^lit-element(\/|$)/, /^@lit-labs\//];

/**
 * dist/lib: the npm build. ES modules, one output file per source module (preserveModules), so
 * `role-hub/salary-band` pulls in only what that element needs and bundlers can share the common
 * modules between entries. Lit and d3 stay imports for the consumer's bundler.
 */
export function npmBuild(root, entries, outDir, options = {}) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: options.templates ? [collapseTemplateWhitespace()] : [],
    resolve: { alias: numericShims(root) },
    build: {
      target,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: true,
      reportCompressedSize: false,
      minify: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: npmExternal,
        output: {
          preserveModules: true,
          preserveModulesRoot: join(root, 'src'),
          // Bundled packages (d3-scale) go to vendor/ beside the stand-ins: npm never publishes a
          // folder named node_modules inside a package.
          entryFileNames: (chunk) => (chunk.name.startsWith('node_modules/') ? `vendor/${chunk.name.split('/').pop()}.js` : '[name].js'),
          banner: (chunk) =>
            chunk.fileName === 'vendor/d3-scale.js'
              ? '/*! d3-scale, Copyright Mike Bostock, ISC licence: see ../../THIRD-PARTY-LICENSES.txt */'
              : '',
        },
      },
    },
  };
}

/**
 * dist/cli/main.js: the `role-hub` command for Node, which bin/role-hub.js runs when it exists (an
 * installed package has no tsx to run the TypeScript source). Node built-ins and the package's
 * dependencies stay imports.
 */
export function cliBuild(root, outDir) {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: join(root, 'src/cli/main.ts'),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'main.js' } },
    },
  };
}
