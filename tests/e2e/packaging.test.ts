/**
 * The npm package as a bundler sees it: every element's entry points resolve through `exports`
 * to built files with declarations, `role-hub/<tag>` registers that tag and no other,
 * `role-hub/<tag>/class` registers nothing, and an unused class import leaves nothing behind
 * (sideEffects names only the registering modules).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain JS build helper
import { bundleAsConsumer } from '../../scripts/build/consumer-bundle.js';
import { repoRoot, requireBuilt } from './helpers/paths.js';
import { shippedTags } from './helpers/widgets.js';

const tags = shippedTags();
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const bundle = (code: string): Promise<string> => bundleAsConsumer(repoRoot, code);

/** Where `exports` sends a subpath, for the "types" or "default" condition (patterns with *). */
function resolveExport(subpath: string, condition: 'types' | 'default'): string | null {
  const exact = pkg.exports[subpath];
  const pick = (target: string | Record<string, string>, star = '') => {
    const t = typeof target === 'string' ? target : target[condition];
    return t ? t.replaceAll('*', star) : null;
  };
  if (exact) return pick(exact);
  const patterns = Object.keys(pkg.exports)
    .filter((k) => k.includes('*'))
    .sort((a, b) => b.indexOf('*') - a.indexOf('*') || b.length - a.length);
  for (const key of patterns) {
    const [before, after] = key.split('*') as [string, string];
    if (subpath.startsWith(before) && subpath.endsWith(after) && subpath.length >= key.length - 1) {
      return pick(pkg.exports[key], subpath.slice(before.length, subpath.length - after.length));
    }
  }
  return null;
}

describe('package exports', () => {
  it('"types" comes first in every conditional export', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'object' && target) assert.equal(Object.keys(target)[0], 'types', key);
    }
  });

  for (const tag of tags) {
    it(`role-hub/${tag} and role-hub/${tag}/class resolve to built modules with declarations`, () => {
      requireBuilt('lib/index.js');
      for (const sub of [`./${tag}`, `./${tag}/class`]) {
        for (const condition of ['default', 'types'] as const) {
          const file = resolveExport(sub, condition);
          assert.ok(file && existsSync(join(repoRoot, file)), `${sub} (${condition}) → ${file}`);
        }
      }
    });
  }

  it('role-hub, role-hub.js, role-hub.classic.js, the sample stats and the manifest resolve', () => {
    for (const [sub, condition] of [
      ['.', 'types'],
      ['.', 'default'],
      ['./role-hub.js', 'default'],
      ['./role-hub.classic.js', 'default'],
      ['./stats/backend-engineer.json', 'default'],
      ['./custom-elements.json', 'default'],
    ] as const) {
      const file = resolveExport(sub, condition);
      assert.ok(file && existsSync(join(repoRoot, file)), `${sub} (${condition}) → ${file}`);
    }
  });

  it('role-hub.js, which exports every class, has declarations', () => {
    assert.equal(resolveExport('./role-hub.js', 'types'), './dist/lib/index.d.ts');
  });

  it('the loading stylesheet is a side effect, so a bundler that prunes modules (webpack) keeps its import', () => {
    // webpack matches a pattern without "/" against the file name alone.
    assert.ok(
      pkg.sideEffects.some((p: string) => p === '*.css' || p === './dist/role-hub-loading.css'),
      JSON.stringify(pkg.sideEffects),
    );
  });
});

describe('licences', () => {
  it('dist/THIRD-PARTY-LICENSES.txt carries the notices of Lit and d3, and the one-file scripts point to it', () => {
    requireBuilt('THIRD-PARTY-LICENSES.txt', 'role-hub.js', 'role-hub.classic.js');
    const notices = readFileSync(join(repoRoot, 'dist/THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'd3-array', 'd3-scale']) {
      const license = readFileSync(join(repoRoot, 'node_modules', name, 'LICENSE'), 'utf8').trim();
      assert.ok(notices.includes(license), `${name}'s LICENSE text`);
    }
    for (const script of ['dist/role-hub.js', 'dist/role-hub.classic.js']) {
      const head = readFileSync(join(repoRoot, script), 'utf8').slice(0, 200);
      assert.match(head, /^\/\*! role-hub [\d.]+ MIT; Lit BSD-3-Clause, d3 ISC: THIRD-PARTY-LICENSES\.txt \*\//, script);
    }
    assert.ok(pkg.files.includes('dist'), 'the notices ship in the package');
  });
});

describe('what a bundler keeps', () => {
  const [first, second] = tags.filter((t) => t !== 'role-hub');

  it(`import 'role-hub/${first}' registers <${first}> and nothing else`, async () => {
    const out = await bundle(`import 'role-hub/${first}';`);
    assert.match(out, new RegExp(`["'\`]${first}["'\`]`));
    assert.match(out, /customElements/);
    for (const other of tags.filter((t) => t !== first)) assert.doesNotMatch(out, new RegExp(`["'\`]${other}["'\`]`), `no <${other}>`);
  });

  it(`importing the class from 'role-hub/${first}/class' registers nothing`, async () => {
    const out = await bundle(`import { ${className(first!)} } from 'role-hub/${first}/class';\nwindow.cls = ${className(first!)};`);
    assert.ok(out.length > 1000, 'the class is in the bundle');
    assert.doesNotMatch(out, /customElements/);
  });

  it('an unused class import leaves nothing behind', async () => {
    const out = await bundle(`import 'role-hub/${second}/class';\nwindow.done = 1;`);
    assert.ok(out.length < 200, `expected an empty bundle, got ${out.length} bytes`);
  });

  it(`import 'role-hub/skill-ranking' brings d3-scale without colour interpolation or d3-format`, async () => {
    // An app that adds no alias gets the numeric stand-ins the package bundles with d3-scale:
    // d3-color's named colours and d3-format's SI prefixes would otherwise be in every chart element.
    const out = await bundle(`import 'role-hub/skill-ranking';`);
    assert.match(out, /\.clamp=function/, "d3-scale's scaleLinear is there");
    assert.doesNotMatch(out, /aliceblue/, 'no d3-color');
    assert.doesNotMatch(out, /µ/, 'no d3-format');
  });

  it(`import 'role-hub' registers every element`, async () => {
    const out = await bundle(`import 'role-hub';`);
    for (const tag of tags) assert.match(out, new RegExp(`["'\`]${tag}["'\`]`), `<${tag}>`);
  });
});

function className(tag: string): string {
  return tag.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
