#!/usr/bin/env node
// `npm run build` → dist/. From a clean checkout, in one pass:
//   dist/role-hub.js          one minified ES module with Lit and d3 inside, registers every element
//   dist/role-hub.classic.js  the same as a classic script (IIFE) for plain <script src>
//   dist/stats/               the sample bundles (demo/stats), so the scripts find data beside themselves
//   dist/role-hub-loading.css the elements' loading heights before the module defines them (src/role-hub-loading.css, minified)
//   dist/lib/                 the npm build: ES modules (Lit and d3 external) + TypeScript declarations
//   dist/cli/main.js          the role-hub command for Node (bin/role-hub.js runs it when present)
//   custom-elements.json      the manifest, from the source's JSDoc
//   dist/THIRD-PARTY-LICENSES.txt  the licences of Lit and d3, whose code the builds contain
// Elements are found by globbing src/components/*/define.ts.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { build } from 'vite';
import { classicBuild, cliBuild, moduleBuild, npmBuild } from './build/configs.js';
import { findElements } from './build/elements.js';
import { thirdPartyLicences } from './build/licenses.js';
import { sizeOf, kb } from './build/sizes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
const started = performance.now();

function step(name) {
  const t = performance.now();
  return () => console.log(`  ${name.padEnd(34)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

/** The all-in-one entry: src/index.ts, checked to import every element's define module. */
function allInOneEntry(elements) {
  const index = join(root, 'src/index.ts');
  if (existsSync(index)) {
    const text = readFileSync(index, 'utf8');
    const missing = elements.filter((e) => !text.includes(`components/${e.tag}/define`));
    if (missing.length)
      console.warn(`  warning: src/index.ts does not import ${missing.map((e) => `components/${e.tag}/define`).join(', ')}`);
    return index;
  }
  // Until src/index.ts exists, register every element found.
  const tmp = join(root, '.tmp/build');
  mkdirSync(tmp, { recursive: true });
  const entry = join(tmp, 'all-elements.ts');
  writeFileSync(
    entry,
    elements.map((e) => `import '${relative(tmp, e.define).replace(/\\/g, '/').replace(/\.ts$/, '.js')}';`).join('\n') + '\n',
  );
  console.warn('  warning: src/index.ts is missing; the all-in-one scripts register the elements found instead');
  return entry;
}

/** Whitespace inside html`` templates is collapsed unless some style relies on it. */
function templatesMayCollapse() {
  const styles = readdirSync(join(root, 'src/components'), { recursive: true })
    .filter((f) => String(f).endsWith('.ts'))
    .map((f) => readFileSync(join(root, 'src/components', String(f)), 'utf8'));
  const pre = styles.some((s) => /white-space:\s*pre/.test(s));
  if (pre) console.warn('  note: a style uses white-space: pre…; template whitespace is kept as written');
  return !pre;
}

function copyStats() {
  const from = join(root, 'demo/stats');
  const to = join(dist, 'stats');
  if (!existsSync(from)) {
    console.warn('  warning: demo/stats/ is missing; dist/stats/ is empty');
    return 0;
  }
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from).filter((f) => f.endsWith('.json'));
  for (const f of files) copyFileSync(join(from, f), join(to, f));
  return files.length;
}

/**
 * The loading stylesheet, minified: pasted beside a deferred module it reserves each element's
 * loading height with `:not(:defined)` rules until the module runs. A page loads it in <head>, where
 * it blocks the first paint, so it ships without the source's comments; the package's src/ keeps
 * the commented original.
 */
async function minifyLoadingCss() {
  const from = join(root, 'src/role-hub-loading.css');
  if (!existsSync(from)) {
    console.warn('  warning: src/role-hub-loading.css is missing; dist/role-hub-loading.css is not made');
    return;
  }
  const { code } = await transform(readFileSync(from, 'utf8'), { loader: 'css', minify: true });
  const header = '/* role-hub-loading.css (MIT); commented source: src/role-hub-loading.css in the role-hub package */\n';
  writeFileSync(join(dist, 'role-hub-loading.css'), header + code);
}

console.log('role-hub build');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const elements = findElements(root);
console.log(`  elements: ${elements.map((e) => e.tag).join(', ')}`);
const entry = allInOneEntry(elements);
const templates = templatesMayCollapse();

let done = step('dist/role-hub.js (ES module)');
await build(moduleBuild(root, entry, dist, { templates }));
done();
done = step('dist/role-hub.classic.js (IIFE)');
await build(classicBuild(root, entry, dist, { templates }));
done();

done = step('dist/lib (npm ES modules)');
const npmEntries = { index: entry };
for (const e of elements) {
  npmEntries[`components/${e.tag}/define`] = e.define;
  if (e.classModule) npmEntries[`components/${e.tag}/${e.tag}`] = e.classModule;
}
await build(npmBuild(root, npmEntries, join(dist, 'lib'), { templates }));
done();

if (existsSync(join(root, 'src/cli/main.ts'))) {
  done = step('dist/cli/main.js (Node)');
  await build(cliBuild(root, join(dist, 'cli')));
  done();
}

// tsc writes the declarations even when it finds type errors; the build still fails at the end.
const failures = [];
done = step('dist/lib/**/*.d.ts (tsc)');
await run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']).catch((e) => failures.push(e.message));
done();

done = step('custom-elements.json (analyzer)');
await run(process.execPath, [require.resolve('@custom-elements-manifest/analyzer/cem.js'), 'analyze']);
done();

writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicences(root));
await minifyLoadingCss();
const stats = copyStats();
console.log(`  dist/stats/: ${stats} bundle files`);

for (const file of ['role-hub.js', 'role-hub.classic.js', 'role-hub-loading.css']) {
  if (!existsSync(join(dist, file))) continue;
  const s = sizeOf(readFileSync(join(dist, file)));
  console.log(`  ${file.padEnd(22)} ${kb(s.raw)} min, ${kb(s.gzip)} gzip`);
}
console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) {
  console.error(`build failed: ${failures.join('; ')}`);
  process.exit(1);
}
