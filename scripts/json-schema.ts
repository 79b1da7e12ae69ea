/**
 * `npm run schema` → src/data/bundle/schema/*.schema.json, the JSON Schema files of the bundle
 * contract, generated from the one schema in src/data/bundle/contract.ts: its nodes give the
 * structure, and each field's JSDoc there (read with the TypeScript compiler) its description.
 * tests/node/bundle/json-schema.test.ts fails when a committed file differs from what this prints.
 *
 * JSON Schema says what a file may hold; a few rules it cannot say (bounds that name another
 * field, refinements such as percentiles in order) are named in each field's `$comment` or
 * description, and checked by `validateBundle`. Objects are closed here (`additionalProperties:
 * false`, what the builder writes) while readers pass unknown fields through (a newer minor).
 *
 * `npm run schema -- --check` prints which file is stale and exits 1 instead of writing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as contract from '../src/data/bundle/contract.js';
import type { Node } from '../src/data/bundle/dsl.js';
import { MAX_COUNT, MAX_ITEMS } from '../src/data/bundle/limits.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const contractFile = join(root, 'src/data/bundle/contract.ts');
const schemaDir = join(root, 'src/data/bundle/schema');

type Json = { [key: string]: unknown };
/** A schema node as the generator reads it: its kind and options (see dsl.ts). */
type Any = Node & {
  of?: unknown;
  max?: number | string;
  min?: number;
  re?: RegExp;
  gt?: number;
  lt?: number;
  derive?: Record<string, unknown>;
  since?: string;
};

/** The files: each root schema, the type its descriptions come from, and its title and id. */
const FILES = [
  {
    file: 'role-bundle.schema.json',
    node: contract.roleBundle,
    name: 'roleBundle',
    type: 'RoleBundle',
    title: 'role-hub role bundle',
    id: 'role-bundle',
  },
  {
    file: 'role-index.schema.json',
    node: contract.roleIndex,
    name: 'roleIndex',
    type: 'RoleIndex',
    title: 'role-hub roles index',
    id: 'role-index',
  },
] as const;

/** The contract's JSDoc: of its exported values (by name) and, through the inferred types, of every field. */
function docsOf() {
  const program = ts.createProgram([contractFile], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(contractFile);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${contractFile}`);
  const exports = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]));
  const text = (symbol: ts.Symbol | undefined) =>
    ts
      .displayPartsToString(symbol?.getDocumentationComment(checker) ?? [])
      .replace(/\s+/g, ' ')
      .trim();
  return {
    checker,
    /** The JSDoc of the contract's export `name`. */
    exported: (name: string) => text(exports.get(name)),
    /** The type `name` the contract exports. */
    type: (name: string) => {
      const symbol = exports.get(name);
      if (!symbol) throw new Error(`contract.ts exports no ${name}`);
      return checker.getDeclaredTypeOfSymbol(symbol);
    },
    /** The field `key` of `type` (any member of a union that has it): its JSDoc and its type. */
    field: (type: ts.Type | undefined, key: string): { doc: string; type: ts.Type | undefined } => {
      for (const member of type ? (type.isUnion() ? type.types : [type]) : []) {
        const property = checker.getPropertyOfType(member, key);
        if (property) return { doc: text(property), type: checker.getNonNullableType(checker.getTypeOfSymbol(property)) };
      }
      return { doc: '', type: undefined };
    },
  };
}

type Docs = ReturnType<typeof docsOf>;

/** Every node reachable from `node`, with how often it is reached. */
function uses(node: Any, seen = new Map<Any, number>()): Map<Any, number> {
  seen.set(node, (seen.get(node) ?? 0) + 1);
  if ((seen.get(node) ?? 0) > 1) return seen;
  const of = node.of;
  const children: unknown[] = Array.isArray(of) ? of : of && typeof of === 'object' && !('c' in of) ? Object.values(of) : of ? [of] : [];
  for (const child of children) uses(child as Any, seen);
  return seen;
}

/** The JSON Schema of one root: definitions for the contract's named values used more than once. */
function schemaOf(entry: (typeof FILES)[number], docs: Docs): Json {
  const names = new Map<Any, string>();
  for (const [name, value] of Object.entries(contract))
    if (value && typeof value === 'object' && 'c' in value && value !== entry.node) names.set(value as Any, name);
  const counts = uses(entry.node as Any);
  const definitions: Json = {};
  const described = (schema: Json, doc: string): Json => (doc ? { description: doc, ...schema } : schema);
  const elementOf = (type: ts.Type | undefined) => type && docs.checker.getIndexTypeOfType(type, ts.IndexKind.Number);

  function emit(node: Any, type: ts.Type | undefined, top = false): Json {
    const name = names.get(node);
    if (!top && name && (counts.get(node) ?? 0) > 1) {
      if (!definitions[name]) {
        definitions[name] = {}; // reserved first: a definition may reach itself
        definitions[name] = described(emit(node, type, true), docs.exported(name));
      }
      return { $ref: `#/definitions/${name}` };
    }
    return { ...body(node, type), ...node.json };
  }

  function object(fields: Record<string, Any>, type: ts.Type | undefined, wrap = (s: Json) => s): Json {
    const properties: Json = {};
    for (const [key, field] of Object.entries(fields)) {
      const { doc, type: fieldType } = docs.field(type, key);
      const name = names.get(field);
      properties[key] = described(wrap(emit(field, fieldType)), doc || (name && (counts.get(field) ?? 0) === 1 ? docs.exported(name) : ''));
    }
    // A field a minor version added (`added`) is one that files of an earlier minor lack.
    const required = Object.keys(fields).filter((key) => fields[key]?.since === undefined);
    return { type: 'object', additionalProperties: false, required, properties };
  }

  function body(node: Any, type: ts.Type | undefined): Json {
    switch (node.t) {
      case 'str':
        return { type: 'string', maxLength: node.max, ...(node.re && { pattern: node.re.source }) };
      case 'int':
        return {
          type: 'integer',
          minimum: node.min,
          maximum: MAX_COUNT,
          ...(typeof node.max === 'string' && {
            $comment: `At most ${(node as { of?: string }).of ?? node.max} (validateBundle checks it).`,
          }),
        };
      case 'num':
        return { type: 'number', exclusiveMinimum: node.gt, exclusiveMaximum: node.lt };
      case 'bool':
        return { type: 'boolean' };
      case 'enum': {
        const values = node.of as string[];
        return values.length === 1 ? { const: values[0] } : { enum: values };
      }
      case 'null':
        // A field a minor version added is written whenever it is present; it reads as null only when absent.
        if (node.since !== undefined) return emit(node.of as Any, type);
        return { oneOf: [{ type: 'null' }, emit(node.of as Any, type)] };
      case 'or':
        return { oneOf: (node.of as Any[]).map((alternative) => emit(alternative, type)) };
      case 'arr':
        return { type: 'array', items: emit(node.of as Any, elementOf(type)), maxItems: node.max };
      case 'rec':
        return {
          type: 'object',
          additionalProperties: emit(node.of as Any, type && docs.checker.getIndexTypeOfType(type, ts.IndexKind.String)),
          maxProperties: node.max,
        };
      case 'obj':
        return object(node.of as Record<string, Any>, type);
      case 'cols': {
        const row = (node.of as Any).of as Record<string, Any>;
        const stored = Object.fromEntries(Object.entries(row).filter(([key]) => !Object.hasOwn(node.derive ?? {}, key)));
        return {
          ...object(stored, elementOf(type), (items) => ({ type: 'array', items, maxItems: MAX_ITEMS })),
          $comment: `Stored as columns: entry i of every list describes one row, so the lists have the same length (validateBundle checks it). Readers work out ${Object.keys(node.derive ?? {}).join(', ')} again.`,
        };
      }
      default:
        throw new Error(`no JSON Schema for a node of kind ${node.t}`);
    }
  }

  const schema = emit(entry.node as Any, docs.type(entry.type), true);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://role-hub.dev/schema/${entry.id}-${contract.SCHEMA_MAJOR}.json`,
    title: `${entry.title} (schema ${contract.SCHEMA_MAJOR}.x)`,
    description: docs.exported(entry.name),
    $comment: 'Generated from src/data/bundle/contract.ts by `npm run schema`: change the contract, not this file.',
    ...schema,
    definitions,
  };
}

/** Two-space JSON, with lists of plain values (`required`, `enum`) on one line. */
function format(json: Json): string {
  const text = JSON.stringify(json, null, 2).replace(
    /\[\n\s*((?:"[^"\n]*"|[\d.e+-]+|true|false|null)(?:,\n\s*(?:"[^"\n]*"|[\d.e+-]+|true|false|null))*)\n\s*\]/g,
    (_, items: string) => `[${items.split(/,\n\s*/).join(', ')}]`,
  );
  return `${text}\n`;
}

/** Each JSON Schema file's path and the text it should hold. */
export function jsonSchemaFiles(): { path: string; text: string }[] {
  const docs = docsOf();
  return FILES.map((entry) => ({ path: join(schemaDir, entry.file), text: format(schemaOf(entry, docs)) }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { path, text } of jsonSchemaFiles()) {
    const current = (() => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return '';
      }
    })();
    if (current === text) continue;
    if (check) {
      console.error(`${path} is stale: run \`npm run schema\``);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  process.exit(stale ? 1 : 0);
}
