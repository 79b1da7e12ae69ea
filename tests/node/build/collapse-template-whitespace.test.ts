/**
 * The build's template collapse (scripts/build/plugins.js): it changes bytes, never meaning. Each
 * expected text below is written out by hand from the rules in the plugin's comment.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
// @ts-expect-error plain JS build helpers
import { collapseTemplateWhitespace } from '../../../scripts/build/plugins.js';
import { repoRoot } from '../helpers/paths.js';

const plugin = collapseTemplateWhitespace() as { transform(code: string, id: string): { code: string } | null };
const collapsed = (code: string) => plugin.transform(code, 'x.ts')?.code ?? code;

test('collapseTemplateWhitespace(css) drops a comment whose prose holds an apostrophe or a quote', () => {
  const source = 'css`\n  /* A role\'s title ("Data Analyst") wraps. */\n  .title {\n    margin: 0 0 0.5em;\n  }\n`';
  assert.equal(collapsed(source), 'css` .title{margin:0 0 .5em}`');
});

test('collapseTemplateWhitespace(css) keeps quoted strings as written, comment markers inside them too', () => {
  const source = "css`\n  .a::before {\n    content: '/* not a comment */  , ';\n  }\n  /* gone */\n  .b > .c {\n    color: red;\n  }\n`";
  assert.equal(collapsed(source), "css` .a::before{content:'/* not a comment */  , '}.b>.c{color:red}`");
});

test('collapseTemplateWhitespace(css) removes a comment without a trace, as CSS reads it (.a/**/.b is .a.b)', () => {
  assert.equal(collapsed('css`.a/* x */.b {}`'), 'css`.a.b{}`');
});

test('collapseTemplateWhitespace(html) turns a line-spanning run into one space and leaves expressions alone', () => {
  const source = 'html`<p>\n    ${x}\n    <b>n</b>\n  </p>`';
  assert.equal(collapsed(source), 'html`<p> ${x} <b>n</b> </p>`');
});

test('collapseTemplateWhitespace leaves no comment in any css`` template of the sources', () => {
  const sources = readdirSync(join(repoRoot, 'src/components'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));
  let templates = 0;
  for (const file of sources) {
    const out = collapsed(readFileSync(join(repoRoot, 'src/components', file), 'utf8'));
    for (const match of out.matchAll(/\bcss`([^`]*)`/g)) {
      templates += 1;
      assert.ok(
        !match[1]!.includes('/*'),
        `${file}: a comment survives in a css\`\` template: ${match[1]!.slice(match[1]!.indexOf('/*'), 80)}`,
      );
    }
  }
  assert.ok(templates >= 10, `found only ${templates} css\`\` templates; the scan is not reading the sources`);
});
