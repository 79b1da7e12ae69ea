// The licences of the packages the builds carry inside them. The one-file scripts bundle Lit and
// d3 (minified, comments dropped) and dist/lib bundles d3-scale, so their copyright notices ship
// beside them in dist/THIRD-PARTY-LICENSES.txt, as their licences (BSD-3-Clause, ISC) require.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The packages whose code is inside dist/role-hub.js, dist/role-hub.classic.js or dist/lib. */
export const BUNDLED_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', 'd3-array', 'd3-scale'];

/** One line for the top of the one-file scripts. */
export function licenceBanner(version) {
  return `/*! role-hub ${version} MIT; Lit BSD-3-Clause, d3 ISC: THIRD-PARTY-LICENSES.txt */`;
}

/** The text of dist/THIRD-PARTY-LICENSES.txt: each bundled package's name, version and LICENSE file. */
export function thirdPartyLicences(root) {
  const sections = BUNDLED_PACKAGES.map((name) => {
    // Read from node_modules directly: some of these packages' `exports` hide package.json.
    const dir = join(root, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const text = readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
    return `${name} ${version} (${license})\n${'-'.repeat(60)}\n${text}\n`;
  });
  return `role-hub's builds contain code from these packages, under these licences.\n\n${sections.join('\n\n')}`;
}
