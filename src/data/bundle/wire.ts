/**
 * The bundle as files store it ("wire") and as programs hold it, one pair of functions: the
 * builder writes `encodeBundle(bundle)`; `decodeBundle(json)` gives back the same bundle. Both are
 * driven by the schema in ./contract.ts: wherever it says `columns`, rows become one list per field
 * and back (pay by skill, today), everything else — key order included — is kept as it is, so the
 * same bundle always gives the same bytes.
 *
 * `validateBundle` decodes as it checks (with the same `toRows`), so a reader that checks needs no
 * `decodeBundle`; this is for code that holds a file it trusts (the builder's own tests, tools).
 */
import { roleBundle, type RoleBundle, type RoleBundleWire } from './contract.js';
import { join, toColumns, toRows, type Columns, type Fields, type Node } from './dsl.js';

type Nodes = Node & { readonly of?: unknown };

/**
 * `value` with every `columns` part of `schema` turned into columns (`toWire`) or rows. Returns the
 * value itself where nothing changes, else a shallow copy with the keys in the same order. A
 * `union` is left as it is: columns inside one are not supported.
 */
function convert(schema: Nodes, value: unknown, root: unknown, toWire: boolean, path: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  const of = schema.of;
  switch (schema.t) {
    case 'cols': {
      const columns = schema as Columns<Fields, never>;
      if (toWire) return Array.isArray(value) ? toColumns(columns, value, root, path) : value;
      return Array.isArray(value) ? value : toRows(columns, value as Record<string, unknown[]>, root);
    }
    case 'null':
      return convert(of as Nodes, value, root, toWire, path);
    case 'arr': {
      const items = value as unknown[];
      const out = items.map((item, i) => convert(of as Nodes, item, root, toWire, join(path, i)));
      return out.some((item, i) => item !== items[i]) ? out : value;
    }
    case 'obj': {
      let out = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(of as Fields)) {
        if (!Object.hasOwn(value, key)) continue;
        const before = out[key];
        const after = convert(field, before, root, toWire, join(path, key));
        if (after !== before) out = { ...out, [key]: after };
      }
      return out;
    }
    default:
      return value;
  }
}

/** `value`, described by `schema`, as files store it. Throws if a derived field could not be stored faithfully. */
export const encode = <S extends Node>(schema: S, value: unknown): unknown => convert(schema, value, value, true, '');

/** `value`, described by `schema`, as programs hold it. */
export const decode = <S extends Node>(schema: S, value: unknown): unknown => convert(schema, value, value, false, '');

/**
 * A role bundle as files store it (`RoleBundleWire`): pay by skill in columns, which is about 20%
 * smaller gzip on roles with many skills; everything else, key order included, as it is. The input
 * is never changed.
 *
 * @example
 * writeFileSync(file, serialise(encodeBundle(bundle)));
 */
export function encodeBundle(bundle: RoleBundle): RoleBundleWire {
  return encode(roleBundle, bundle) as RoleBundleWire;
}

/**
 * A role bundle as programs hold it (`RoleBundle`), from a file's JSON: pay by skill in rows, with
 * `nWithout` worked out again as `pay.n − n`. A bundle already in rows is returned as it is.
 */
export function decodeBundle(wire: RoleBundleWire | RoleBundle): RoleBundle {
  return decode(roleBundle, wire) as RoleBundle;
}
