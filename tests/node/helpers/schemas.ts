import Ajv from 'ajv';
import bundleSchema from '../../../src/data/bundle/schema/role-bundle.schema.json' with { type: 'json' };
import indexSchema from '../../../src/data/bundle/schema/role-index.schema.json' with { type: 'json' };

const ajv = new Ajv({ allErrors: true, strict: true });
const bundle = ajv.compile(bundleSchema);
const index = ajv.compile(indexSchema);

/** Schema errors of a written file (index.json or a role bundle), as readable lines; empty when valid. */
export function schemaErrors(fileName: string, value: unknown): string[] {
  const validate = fileName === 'index.json' ? index : bundle;
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${fileName}${e.instancePath} ${e.message}`);
}
