/**
 * Style tokens and registration, checked from the source as text (after material-web's token test):
 * every private `--_*` variable a style reads is defined, every public `--role-hub-*` property is
 * documented for the manifest (and every documented one is read), and element class modules have
 * no side effects — only define.ts files register tags.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = 'src/components';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const sources = files(root).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const theme = readFileSync(join(root, 'shared/theme.styles.ts'), 'utf8');
const base = readFileSync(join(root, 'shared/role-hub-element.ts'), 'utf8');

test('every private --_ variable a style reads is defined', () => {
  const defined = new Set<string>();
  // Defined in a style rule, or set from script (theme="auto" copies the page's colour scheme).
  for (const { text } of sources)
    for (const m of text.matchAll(/(--_[a-z-]+)\s*:|setProperty\('(--_[a-z-]+)'/g)) defined.add((m[1] ?? m[2])!);
  const undefinedUses: string[] = [];
  for (const { path, text } of sources) {
    for (const m of text.matchAll(/var\((--_[a-z-]+)/g)) {
      if (!defined.has(m[1]!)) undefinedUses.push(`${path}: ${m[1]}`);
    }
  }
  assert.deepEqual(undefinedUses, []);
});

test('every public --role-hub- property is documented with @cssprop, and every documented one is used', () => {
  const used = new Set<string>();
  for (const { text } of sources) for (const m of text.matchAll(/var\((--role-hub-[a-z-]+)/g)) used.add(m[1]!);
  const documented = new Set<string>();
  for (const { text } of sources) for (const m of text.matchAll(/@cssprop \[?(--role-hub-[a-z-]+)/g)) documented.add(m[1]!);
  assert.deepEqual([...used].filter((p) => !documented.has(p)).sort(), [], 'used but not documented');
  assert.deepEqual([...documented].filter((p) => !used.has(p)).sort(), [], 'documented but never read');
  assert.ok(theme.length > 0 && base.length > 0);
});

test('element class modules register nothing; each define.ts registers its own folder tag', () => {
  const folders = readdirSync(root).filter((d) => d !== 'shared' && statSync(join(root, d)).isDirectory());
  assert.ok(folders.length > 0);
  for (const tag of folders) {
    const cls = readFileSync(join(root, tag, `${tag}.ts`), 'utf8');
    assert.doesNotMatch(cls, /customElements\.define|defineElement\(/, `${tag}.ts must not register`);
    const define = readFileSync(join(root, tag, 'define.ts'), 'utf8');
    assert.match(define, new RegExp(`defineElement\\('${tag}'`), `${tag}/define.ts registers <${tag}>`);
    assert.match(define, new RegExp(`'${tag}': `), `${tag}/define.ts adds the HTMLElementTagNameMap entry`);
  }
});
