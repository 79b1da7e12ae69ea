// What Storybook's docs tables and controls are built from: the manifest as manifestForDocs leaves it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { manifestForDocs } from '../../../stories/support/manifest.js';

const element = {
  kind: 'class',
  tagName: 'salary-band',
  attributes: [
    { name: 'heading', type: { text: 'string | null' } },
    { name: 'timeout', type: { text: 'number | null' } },
    { name: 'no-footer', type: { text: 'boolean' } },
  ],
  members: [
    { kind: 'field', name: 'data', type: { text: 'unknown | null' } },
    { kind: 'field', name: 'heading', attribute: 'heading', type: { text: 'string | null' } },
    { kind: 'field', name: 'styles', static: true },
    { kind: 'method', name: 'render' },
  ],
  cssParts: [{ name: 'heading', description: 'The section heading.' }],
};

test('manifestForDocs(manifest) names parts as ::part(name), so the part "heading" no longer replaces the attribute "heading"', () => {
  const [d] = manifestForDocs({ modules: [{ declarations: [element] }] }).modules![0]!.declarations!;
  assert.deepEqual(
    (d!.cssParts as Array<{ name: string }>).map((p) => p.name),
    ['::part(heading)'],
  );
  assert.deepEqual(
    (d!.attributes as Array<{ name: string }>).map((a) => a.name),
    ['heading', 'timeout', 'no-footer'],
  );
});

test('manifestForDocs(manifest) gives "string | null" as "string", so Storybook edits it as text, not as a JSON object', () => {
  const [d] = manifestForDocs({ modules: [{ declarations: [element] }] }).modules![0]!.declarations!;
  assert.deepEqual(
    (d!.attributes as Array<{ type: { text: string } }>).map((a) => a.type.text),
    ['string', 'number', 'boolean'],
  );
  // Public instance fields without an attribute only: `data`, its type without the null.
  assert.deepEqual(
    d!.members!.map((m) => [m.name, (m as { type?: { text?: string } }).type?.text]),
    [['data', 'unknown']],
  );
});
