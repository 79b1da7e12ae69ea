import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'node:test';
import { jsonSchemaFiles } from '../../../scripts/json-schema.js';
import { validateBundle } from '../../../src/data/bundle/validate.js';
import { validIndex, validWireBundle } from '../../browser/bundle/fixture.js';
import { repoRoot } from '../helpers/paths.js';
import { schemaErrors } from '../helpers/schemas.js';

test('the committed JSON Schema files are what `npm run schema` generates from the contract', () => {
  for (const { path, text } of jsonSchemaFiles()) {
    assert.equal(readFileSync(path, 'utf8'), text, `${relative(repoRoot, path)} is stale: run \`npm run schema\` and commit it`);
  }
});

test('the JSON Schema accepts the hand-written bundle (as a file stores it) and index', () => {
  assert.deepEqual(schemaErrors('backend-engineer.json', validWireBundle()), []);
  assert.deepEqual(schemaErrors('index.json', validIndex()), []);
});

test('the JSON Schema and validateBundle both refuse a bundle with any one field of the wrong type', () => {
  // Every path in the fixture: give its value another type; both checks must refuse the file.
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (path.length) paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(validWireBundle(), []);
  assert.ok(paths.length > 150);
  for (const path of paths) {
    const bundle = validWireBundle() as unknown as Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, bundle);
    const key = path.at(-1) as string | number;
    parent[key] = typeof parent[key] === 'string' ? 7 : 'seven';
    const name = path.join('.');
    assert.notDeepEqual(schemaErrors('backend-engineer.json', bundle), [], `the JSON Schema accepts ${name} of the wrong type`);
    assert.equal(validateBundle(bundle).ok, false, `validateBundle accepts ${name} of the wrong type`);
  }
});
