/**
 * A small schema language for JSON, and the checks it makes.
 *
 * A schema is a tree of nodes built with the functions below (`obj({ n: int({ min: 1 }) })`).
 * Each node holds plain data (its kind `t` and options) and its own check `c`. The same tree gives
 * three things: the TypeScript types (`Infer`, `InferWire`), the checks the browser runs
 * (`check`), and the JSON Schema files (scripts/json-schema.ts reads the data, and each field's
 * JSDoc for its description). A kind's check lives in its factory, so a script that uses no
 * `columns` or `record` carries none of their code: this module ships in every element.
 *
 * A check stops at the first problem and says where it is, in words a person can read:
 * "skills[3].count is not a whole number". It reads own properties only, so a polluted prototype
 * cannot supply a field, and never changes its input.
 *
 * What a type cannot say lives in refinements (`refine`), and in bounds that name another field
 * of the document (`int({ max: 'pay.n' })`). Both read fields checked before them: an object's
 * fields are checked in the order the schema lists them.
 */
import { MAX_COUNT, MAX_ITEMS, MAX_PAY, MAX_TEXT } from './limits.js';

/**
 * A node's check of the value `v` found at `path` in the document `root`, as item `i` of its list
 * (for bounds like "trend.totals[i]"). Returns the value, or a copy with columns turned into rows;
 * throws `Invalid` (through `fail`) with the first problem.
 */
export type Check = (v: unknown, path: string, root: unknown, i: number) => unknown;

/**
 * A schema: `T` is the value as a program holds it, `W` as a file stores it ("wire"); they differ
 * only where `columns` stores a list of rows as one list per field.
 */
export interface Node<T = unknown, W = T> {
  /** The kind of node, for the JSON Schema generator and the wire encoding. */
  readonly t: string;
  readonly c: Check;
  /** JSON Schema keywords the generator adds, for what a refinement checks and JSON Schema can say. */
  readonly json?: Readonly<Record<string, unknown>>;
  /** Never set: carries the types. */
  readonly _?: [T, W];
}

/** The value a schema describes, as a program holds it. */
export type Infer<S> = S extends Node<infer T, unknown> ? T : never;
/** The value a schema describes, as a file stores it. */
export type InferWire<S> = S extends Node<unknown, infer W> ? W : never;

export type Fields = Readonly<Record<string, Node>>;
/** The object `obj(fields)` describes. */
export type InferFields<F> = { [K in keyof F]: Infer<F[K]> };
type InferFieldsWire<F> = { [K in keyof F]: InferWire<F[K]> };
/** The fields of several parts together, as `obj` merges them. */
export type Merge<P extends readonly Fields[]> = P extends readonly [infer A extends Fields, ...infer R extends readonly Fields[]] ? A & Merge<R> : unknown;

/**
 * A number elsewhere in the document, by its path from the root: "listings", "pay.n", or
 * "trend.totals[i]", where `[i]` is the index of the item being checked.
 */
export type Ref = string;

export interface Str extends Node<string> {
  readonly t: 'str';
  readonly max: number;
  readonly re?: RegExp;
  /** What the value must be, for the reason given when `re` does not match: "a slug". */
  readonly is?: string;
}
export interface Int extends Node<number> {
  readonly t: 'int';
  readonly min: number;
  /** The field it may not exceed, and how a reason names it (the path itself by default). */
  readonly max?: Ref;
  readonly of?: string;
}
export interface Num extends Node<number> {
  readonly t: 'num';
  /** Exclusive bounds. */
  readonly gt: number;
  readonly lt: number;
  readonly is: string;
}
export interface Bool extends Node<boolean> {
  readonly t: 'bool';
}
export interface OneOf<T> extends Node<T> {
  readonly t: 'enum';
  readonly of: readonly T[];
}
export interface Obj<F> extends Node<InferFields<F>, InferFieldsWire<F>> {
  readonly t: 'obj';
  readonly of: F;
}
export interface Arr<N extends Node> extends Node<Infer<N>[], InferWire<N>[]> {
  readonly t: 'arr';
  readonly of: N;
  readonly max: number;
}
export interface Rec<N extends Node> extends Node<Record<string, Infer<N>>, Record<string, InferWire<N>>> {
  readonly t: 'rec';
  readonly of: N;
  readonly max: number;
}
export interface Nullable<N extends Node> extends Node<Infer<N> | null, InferWire<N> | null> {
  readonly t: 'null';
  readonly of: N;
  /** Set by `added`: the schema version that added the field, which older files lack. */
  readonly since?: string;
}
export interface Union<N extends readonly Node[]> extends Node<Infer<N[number]>, InferWire<N[number]>> {
  readonly t: 'or';
  readonly of: N;
}
/** Fields a file leaves out of `columns`, and how a reader works each one out again. */
export type Derived<F, D extends keyof F> = { readonly [K in D]: (row: InferFields<F>, root: unknown) => Infer<F[K]> };
export interface Columns<F, D extends keyof F> extends Node<InferFields<F>[], { [K in Exclude<keyof F, D>]: InferWire<F[K]>[] }> {
  readonly t: 'cols';
  readonly of: Obj<F>;
  readonly derive: Derived<F, D>;
}

/** Why a check failed; thrown by `fail` and caught by `run`. */
export class Invalid {
  constructor(readonly reason: string) {}
}

export function fail(path: string, problem: string): never {
  throw new Invalid(`${path} ${problem}`);
}

/** A path one step down: "pay" + "n" is "pay.n", "skills" + 3 is "skills[3]". */
export const join = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

const own = (o: unknown, key: string | number): unknown => (Object.hasOwn(o as object, key) ? (o as Record<string, unknown>)[key] : undefined);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value at `ref` in `root` ("trend.totals[i]" with `i` the item's index). Bounds and rules
 * read only fields checked before them, so plain property reads are safe here.
 */
export function read(root: unknown, ref: Ref, i = 0): unknown {
  return ref
    .replace('[i]', `.${i}`)
    .split('.')
    .reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], root);
}

/**
 * A list at most `max` long, its items checked by `each`: the list itself, or a copy if a check
 * changed an item. A plain loop over own slots rather than `map`, which would skip the holes of a
 * sparse array.
 */
function list(v: unknown, path: string, max: number, each: (item: unknown, path: string, i: number) => unknown): unknown[] {
  if (!Array.isArray(v)) fail(path, 'is not a list');
  let out = v as unknown[];
  if (out.length > max) fail(path, `has more than ${max} items`);
  for (let i = 0; i < out.length; i++) {
    const item = own(v, i);
    const checked = each(item, join(path, i), i);
    if (checked !== item) {
      if (out === v) out = [...out];
      out[i] = checked;
    }
  }
  return out;
}

/** A list's length, `n`, is one item per `what` (a week, a name), else it "does not have one value per week (12)". */
function lengthIs(items: readonly unknown[], path: string, n: number, what: string): void {
  if (items.length !== n) fail(path, `does not have one value per ${what} (${n})`);
}

/** Checks `value` against `schema`: returns it (or a copy with columns turned into rows), or throws `Invalid`. */
export const check = (schema: Node, value: unknown, path = '', root: unknown = value, i = 0): unknown => schema.c(value, path, root, i);

/** Text of at most `max` characters (MAX_TEXT), matching `re` if given. */
/* @__NO_SIDE_EFFECTS__ */
export function str(options: { max?: number; re?: RegExp; is?: string } = {}): Str {
  const { max = MAX_TEXT, re, is } = options;
  return {
    t: 'str',
    max,
    re,
    is,
    c: (v, path) =>
      typeof v !== 'string' ? fail(path, 'is not a string') : v.length > max ? fail(path, 'is too long') : re && !re.test(v) ? fail(path, `is not ${is}`) : v,
  };
}

/** A whole number from `min` (0) to MAX_COUNT, and at most the field `max` names (`of` says how a reason names it). */
/* @__NO_SIDE_EFFECTS__ */
export function int(options: { min?: number; max?: Ref; of?: string } = {}): Int {
  const { min = 0, max, of = max } = options;
  return {
    t: 'int',
    min,
    max,
    of,
    c: (v, path, root, i) =>
      !Number.isInteger(v)
        ? fail(path, 'is not a whole number')
        : (v as number) < 0 || (v as number) > MAX_COUNT
          ? fail(path, 'is out of range')
          : max && (v as number) > (read(root, max, i) as number)
            ? fail(path, `is more than ${of}`)
            : (v as number) < min
              ? fail(path, `is less than ${min}`)
              : v,
  };
}

/** A number between `gt` and `lt` (both excluded; 0 and MAX_PAY by default); else it "is not `is`". */
/* @__NO_SIDE_EFFECTS__ */
export function num(is: string, gt = 0, lt = MAX_PAY): Num {
  return { t: 'num', gt, lt, is, c: (v, path) => (typeof v === 'number' && v > gt && v < lt ? v : fail(path, `is not ${is}`)) };
}

/* @__NO_SIDE_EFFECTS__ */
export function bool(): Bool {
  return { t: 'bool', c: (v, path) => (typeof v === 'boolean' ? v : fail(path, 'is not true or false')) };
}

/** One of a few values; a reason names them all, or says it is not `is` ("a seniority level"). */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const T extends string>(values: readonly T[], is = `one of ${values.join(', ')}`): OneOf<T> {
  return { t: 'enum', of: values, c: (v, path) => (values.includes(v as T) ? v : fail(path, `is not ${is}`)) };
}

/** Exactly `value`. */
/* @__NO_SIDE_EFFECTS__ */
export function literal<const T extends string>(value: T): OneOf<T> {
  return oneOf([value], JSON.stringify(value));
}

/**
 * An object with these fields, checked in this order; other fields are passed through unchecked.
 * The fields may come in parts (`obj(payHeadFields, { excluded })`), merged here rather than
 * spread by the caller so that a bundler can drop a schema no element uses. Returns the object
 * itself, or a shallow copy (keys in the same order) when a check decoded one of its fields.
 */
/* @__NO_SIDE_EFFECTS__ */
export function obj<P extends readonly Fields[]>(...parts: P): Obj<Merge<P>> {
  const of: Fields = Object.assign({}, ...parts);
  return {
    t: 'obj',
    of: of as Merge<P>,
    c: (v, path, root, i) => {
      if (!isObject(v)) fail(path || 'the file', 'is not an object');
      let out = v;
      // The schema's keys, not the value's: a key added to Object.prototype must not add a check.
      for (const key of Object.keys(of)) {
        const field = own(v, key);
        const checked = (of[key] as Node).c(field, join(path, key), root, i);
        if (checked !== field) out = { ...out, [key]: checked };
      }
      return out;
    },
  };
}

/** A list of at most `max` (MAX_ITEMS) items. */
/* @__NO_SIDE_EFFECTS__ */
export function arr<N extends Node>(item: N, max = MAX_ITEMS): Arr<N> {
  return { t: 'arr', of: item, max, c: (v, path, root) => list(v, path, max, (x, p, k) => item.c(x, p, root, k)) };
}

/** An object used as a map: at most `max` keys, every value `item`. */
/* @__NO_SIDE_EFFECTS__ */
export function record<N extends Node>(item: N, max = MAX_ITEMS): Rec<N> {
  return {
    t: 'rec',
    of: item,
    max,
    c: (v, path, root, i) => {
      const keys = Object.keys(isObject(v) ? v : fail(path, 'is not an object'));
      if (keys.length > max) fail(path, `has more than ${max} entries`);
      for (const key of keys) item.c(own(v, key), join(path, key), root, i);
      return v;
    },
  };
}

/** `node`, or null. */
/* @__NO_SIDE_EFFECTS__ */
export function nullable<N extends Node>(node: N): Nullable<N> {
  return { t: 'null', of: node, c: (v, path, root, i) => (v === null ? v : node.c(v, path, root, i)) };
}

/**
 * A field a minor version added (`since`, "2.1.0"): a file of an earlier minor of the same major
 * lacks it, and a reader holds null for it then, so readers keep reading every file of their major.
 * Writers always write it; the JSON Schema leaves it out of `required` and names the version.
 */
/* @__NO_SIDE_EFFECTS__ */
export function added<N extends Node>(node: N, since: string): Nullable<N> {
  return { t: 'null', of: node, since, c: (v, path, root, i) => (v === undefined || v === null ? null : node.c(v, path, root, i)) };
}

/** Any one of `nodes`, tried in order; when none fits, the reason is the last one's. */
/* @__NO_SIDE_EFFECTS__ */
export function union<N extends readonly Node[]>(...nodes: N): Union<N> {
  return {
    t: 'or',
    of: nodes,
    c: (v, path, root, i) => {
      for (let k = 0; ; k++) {
        try {
          return (nodes[k] as Node).c(v, path, root, i);
        } catch (error) {
          if (k >= nodes.length - 1 || !(error instanceof Invalid)) throw error;
        }
      }
    },
  };
}

/**
 * A list of `row` objects that a file stores as columns: one list per field, all the same length,
 * entry `i` of each describing row `i`. Fields in `derive` are not stored; a reader works them out
 * from the rest of the row and the document. A check accepts rows as well (a bundle already in
 * memory) and always returns rows. The row's refinements see rows only: a derived field must meet
 * them by construction.
 */
/* @__NO_SIDE_EFFECTS__ */
export function columns<F, D extends keyof F & string = never>(row: Obj<F>, derive = {} as Derived<F, D>): Columns<F, D> {
  const rows = arr(row);
  const schema: Columns<F, D> = {
    t: 'cols',
    of: row,
    derive,
    c: (v, path, root, i) => {
      if (Array.isArray(v)) return rows.c(v, path, root, i);
      if (!isObject(v)) fail(path, 'is neither a list nor columns');
      let first: [number, string] | undefined;
      for (const key of stored(schema)) {
        const p = join(path, key);
        const column = own(v, key);
        // Lengths first: a short column is one problem, not a missing value in every row after it.
        if (first && Array.isArray(column)) lengthIs(column, p, ...first);
        list(column, p, MAX_ITEMS, (x, ip, k) => ((row.of as Fields)[key] as Node).c(x, ip, root, k));
        first ??= [(column as unknown[]).length, key];
      }
      return toRows(schema, v as Record<string, unknown[]>, root);
    },
  };
  return schema;
}

/** `node` with a rule its type cannot say, run after its own check with the checked value; the rule calls `fail`. */
/* @__NO_SIDE_EFFECTS__ */
export function refine<N extends Node>(node: N, rule: (value: Infer<N>, path: string, root: unknown) => void, json?: Record<string, unknown>): N {
  return {
    ...node,
    json,
    c: (v, path, root, i) => {
      const out = node.c(v, path, root, i);
      rule(out as Infer<N>, path, root);
      return out;
    },
  };
}

/**
 * `list` with no two items the same: the items themselves, or their field `key` ("level"). The
 * second of two is the one refused: "seniority[1] repeats intern".
 */
/* @__NO_SIDE_EFFECTS__ */
export function distinct<N extends Arr<Node>>(list: N, key?: string): N {
  return refine(
    list,
    (items, path) => {
      const keys = (items as unknown[]).map((x) => (key ? own(x, key) : x));
      keys.forEach((k, n) => keys.indexOf(k) < n && fail(join(path, n), `repeats ${String(k)}`));
    },
    key ? undefined : { uniqueItems: true },
  );
}

/** `list` with one item per item of the list at `ref`, which a reason calls `what`: one total per week. */
/* @__NO_SIDE_EFFECTS__ */
export function onePer<N extends Arr<Node>>(list: N, ref: Ref, what: string): N {
  return refine(list, (items, path, root) => lengthIs(items as unknown[], path, (read(root, ref) as unknown[]).length, what));
}

/** The fields `columns` stores: every field of the row but the derived ones, in the row's order. */
const stored = (schema: Columns<unknown, never>): string[] => Object.keys(schema.of.of as Fields).filter((key) => !Object.hasOwn(schema.derive, key));

/**
 * Rows from the columns a file stores: row `i` takes entry `i` of every column, with the fields
 * in the row's order and the derived ones worked out. The inverse of `toColumns`.
 */
export function toRows<F, D extends keyof F & string>(schema: Columns<F, D>, columns: Readonly<Record<string, readonly unknown[]>>, root: unknown): InferFields<F>[] {
  const derive = schema.derive as Readonly<Record<string, (row: unknown, root: unknown) => unknown>>;
  const first = columns[stored(schema as Columns<unknown, never>)[0] ?? ''] ?? [];
  return first.map((_, i) => {
    const row: Record<string, unknown> = {};
    for (const key of Object.keys(schema.of.of as Fields)) row[key] = Object.hasOwn(derive, key) ? (derive[key] as (row: unknown, root: unknown) => unknown)(row, root) : columns[key]?.[i];
    return row as InferFields<F>;
  });
}

/**
 * The columns a file stores for these rows, in the rows' order. A row whose derived field differs
 * from what a reader would work out could not be stored faithfully, so it is an error rather
 * than a silent change.
 */
export function toColumns<F, D extends keyof F & string>(schema: Columns<F, D>, rows: readonly InferFields<F>[], root: unknown, path = ''): InferWire<Columns<F, D>> {
  const derive = schema.derive as Readonly<Record<string, (row: unknown, root: unknown) => unknown>>;
  for (const key of Object.keys(derive)) {
    rows.forEach((row, i) => {
      const value = (row as Record<string, unknown>)[key];
      const worked = (derive[key] as (row: unknown, root: unknown) => unknown)(row, root);
      if (value !== worked) throw new Error(`${join(join(path, i), key)} is ${String(value)}, not ${String(worked)} as a reader works it out`);
    });
  }
  const out: Record<string, unknown[]> = {};
  for (const key of stored(schema as Columns<unknown, never>)) out[key] = rows.map((row) => (row as Record<string, unknown>)[key]);
  return out as InferWire<Columns<F, D>>;
}

/** The answer of a check: the value, typed, or why it was refused. */
export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };

/** `check`, as a `Validation`: never throws, whatever it is given (a hostile getter, a revoked proxy). */
export function run<T>(schema: Node, json: unknown): Validation<T> {
  try {
    return { ok: true, value: schema.c(json, '', json, 0) as T };
  } catch (error) {
    return { ok: false, reason: error instanceof Invalid ? error.reason : 'the data could not be read' };
  }
}
