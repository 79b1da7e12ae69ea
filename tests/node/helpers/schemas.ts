import Ajv from 'ajv';
import bundleSchema from '../../../src/data/bundle/schema/role-bundle.schema.json' with { type: 'json' };
import indexSchema from '../../../src/data/bundle/schema/role-index.schema.json' with { type: 'json' };
import { validateBundle, validateIndex } from '../../../src/data/bundle/validate.js';

const ajv = new Ajv({ allErrors: true, strict: true });
const bundle = ajv.compile(bundleSchema);
const index = ajv.compile(indexSchema);

/** Schema errors of a written file (index.json or a role bundle), as readable lines; empty when valid. */
export function schemaErrors(fileName: string, value: unknown): string[] {
  const validate = fileName === 'index.json' ? index : bundle;
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${fileName}${e.instancePath} ${e.message}`);
}

/**
 * Why the browser's own check (validateBundle / validateIndex, the code every element runs on a
 * fetched file) refuses a written file, as one line; empty when it reads it. The schema cannot
 * express every rule (equal-length pay-by-skill columns, counts within totals), the validator does.
 */
export function readerErrors(fileName: string, value: unknown): string[] {
  const result = fileName === 'index.json' ? validateIndex(value) : validateBundle(value);
  return result.ok ? [] : [`${fileName}: ${result.reason}`];
}

/** Both checks a written file must pass: the JSON Schema and the browser's validator. */
export const contractErrors = (fileName: string, value: unknown): string[] => [
  ...schemaErrors(fileName, value),
  ...readerErrors(fileName, value),
];
