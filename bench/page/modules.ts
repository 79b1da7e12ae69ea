/**
 * Where the all-in-one's bytes come from: src/index.ts bundled by esbuild with a metafile, which
 * says how many bytes of the minified output each input module left behind. The shipped file is
 * built by Vite (rolldown), whose minifier differs a little, so the totals are close to, not equal
 * to, dist/role-hub.js; the shares are what the breakdown is for. Minified bytes, before gzip:
 * gzip works on the whole file, so it cannot be split per module.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
// @ts-expect-error plain JS build helpers
import { numericShims } from '../../scripts/build/configs.js';
// @ts-expect-error plain JS build helpers
import { collapseTemplateWhitespace } from '../../scripts/build/plugins.js';

export interface ModuleBytes {
  /** Bytes per group: lit, each d3 package, src/components/<folder>, src/data/<folder>, … */
  groups: [string, number][];
  /** Bytes per module, largest first. */
  modules: [string, number][];
  total: number;
}

/** The shipped build collapses whitespace in Lit templates; do the same so the template-heavy modules weigh what they ship at. */
function collapsedTemplates(): Plugin {
  const collapse = collapseTemplateWhitespace() as { transform(code: string, id: string): { code: string } | null };
  return {
    name: 'collapse-template-whitespace',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        return { contents: collapse.transform(code, args.path)?.code ?? code, loader: 'ts' };
      });
    },
  };
}

/** The group a module belongs to, from its path relative to the repository. */
export function groupOf(path: string): string {
  const p = path.split(sep).join('/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)?.[1];
  if (pkg) return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(pkg) ? 'lit' : pkg;
  const src = /^src\/(components|data)\/([^/]+)\//.exec(p);
  if (src) return `src/${src[1]}/${src[2]}`;
  return p.startsWith('src/') ? p.split('/').slice(0, 2).join('/') : p;
}

export async function moduleBytes(root: string): Promise<ModuleBytes> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: join(root, '.tmp/bench-modules/role-hub.js'),
    // The same resolution as the real build: production Lit and the numbers-only d3 stand-ins.
    conditions: ['module', 'browser', 'production'],
    alias: numericShims(root) as Record<string, string>,
    plugins: [collapsedTemplates()],
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const modules = Object.entries(output.inputs)
    .map(([path, i]): [string, number] => [relative(root, join(root, path)), i.bytesInOutput])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const groups = new Map<string, number>();
  for (const [path, n] of modules) groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + n);
  return { groups: [...groups].sort((a, b) => b[1] - a[1]), modules, total: output.bytes };
}
