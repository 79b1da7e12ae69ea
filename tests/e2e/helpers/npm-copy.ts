import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InlineConfig } from 'vite';
import { buildHost } from './build-host.js';

/**
 * Builds a host app that bundles role-hub from npm (`npm-copy`, every element; `npm-one`, one) and
 * returns its folder and the <script> tag(s) that load it, to be served under `prefix` and pasted
 * into test pages.
 */
export async function buildNpmCopy(
  prefix: string,
  extra: InlineConfig = {},
  host = 'npm-copy',
): Promise<{ outDir: string; scripts: string }> {
  const outDir = await buildHost(host, { base: prefix, ...extra });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*><\/script>/g)].map((m) => m[0]).join('\n');
  if (!scripts.includes(prefix)) throw new Error(`the npm-copy build has no script under ${prefix}: ${html}`);
  return { outDir, scripts };
}
