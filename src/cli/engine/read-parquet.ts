import { errorLine } from '../input/describe-error.js';
import { InputError } from '../input/input-error.js';
import { quoteInput, safePath } from '../report/quote-input.js';
import { columnKey, FIELD_COLUMNS, matchColumns, NEEDS_COLUMNS, REQUIRED_COLUMNS, type ListingField } from './columns.js';
import { sqlString, type Engine } from './engine.js';
import { recordId, salaryBound, salaryGiven, skillsFromText, type IngestResult } from './input-record.js';

/** A column, or a field of a struct column: its name in the file, how SQL reaches it, and the engine's type for it. */
interface Column {
  name: string;
  ref: string;
  type: string;
}

/** A node of the file's schema: a column, or a field of a nested one. */
interface SchemaNode {
  name: string;
  children: SchemaNode[];
}

/** The NDJSON layout's salary: a struct with these fields. */
const SALARY_FIELDS = ['min', 'max', 'currency', 'period'] as const;
type SalaryField = (typeof SALARY_FIELDS)[number];

/** A value read as text, and, when it is stored as bytes, the SQL that is true when they are not UTF-8. */
interface Text {
  sql: string;
  notText?: string;
}

/**
 * A column's value as text. Older writers (Spark, Hive, Impala) store strings as plain binary,
 * without the annotation that says they are UTF-8 text, and the engine reads those as bytes: cast
 * to text, "Türkiye" would read as `T\xC3\xBCrkiye`. Bytes are decoded as UTF-8 instead; bytes that
 * are not UTF-8 read as NULL, and `notText` says so, for the record to be rejected.
 */
function asText(ref: string, type: string): Text {
  if (type === 'BLOB') return { sql: `try(decode(${ref}))`, notText: `(${ref} IS NOT NULL AND try(decode(${ref})) IS NULL)` };
  return { sql: `CAST(${ref} AS VARCHAR)` };
}

/**
 * A list column's value as a list of text, as `asText` reads one value; undefined for a column
 * that is no list of single values (a string, a list of structs), which cannot be skills.
 */
function asTextList(ref: string, type: string): Text | undefined {
  const element = /^(.+)\[\]$/.exec(type)?.[1];
  if (element === undefined || /^(?:STRUCT|MAP|UNION)\(|\]$/.test(element)) return undefined;
  if (element === 'BLOB')
    return {
      sql: `list_transform(${ref}, s -> try(decode(s)))`,
      notText: `(len(list_filter(${ref}, s -> s IS NOT NULL AND try(decode(s)) IS NULL)) > 0)`,
    };
  return { sql: `CAST(${ref} AS VARCHAR[])` };
}

/** A name as an SQL identifier. */
const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The file's schema as a tree: the root, whose children are the columns. */
async function parquetSchema(engine: Engine, path: string): Promise<SchemaNode> {
  // The engine lists the schema's nodes depth first, each with its number of children.
  const rows = await engine.rows<{ name: string; num_children: number | null }>(
    `SELECT name, num_children FROM parquet_schema(${sqlString(path)})`,
  );
  let next = 0;
  const node = (): SchemaNode => {
    const row = rows[next++];
    if (!row) throw new Error('the file schema ends inside a nested column');
    return { name: row.name, children: Array.from({ length: row.num_children ?? 0 }, () => node()) };
  };
  return node();
}

/**
 * The columns a query returns, named as the file names them. The engine renames the later of two
 * names that differ only in case (`title`, `Title` → `title`, `Title_1`), which would then be the
 * name a message shows; the file's schema has them as written, in the same order.
 */
async function describe(
  engine: Engine,
  query: string,
  schema: SchemaNode | undefined,
  ref: (name: string, i: number) => string,
): Promise<Column[]> {
  const rows = await engine.rows<{ column_name: string; column_type: string }>(`DESCRIBE ${query}`);
  const written = schema?.children.length === rows.length ? schema.children : undefined;
  return rows.map((r, i) => ({ name: written?.[i]?.name ?? r.column_name, ref: ref(r.column_name, i), type: r.column_type }));
}

/**
 * Parquet: the NDJSON listing's fields, `salary` a struct and `skills` a list, or the salary as
 * CSV's four flat columns. Columns and the salary's fields are found by the rule CSV headers are
 * (`columns.ts`): trimmed, in any case, the first of two with one name read. Records are placed by
 * row. What is not read is said: other columns in the report, a salary or skills column of a type
 * no field is read from in a warning, a value that is not UTF-8 text as a malformed record.
 */
export async function ingestParquet(engine: Engine, path: string, fileIndex: number, label: string): Promise<IngestResult> {
  const reader = `read_parquet(${sqlString(path)})`;
  let schema: SchemaNode;
  let columns: Column[];
  try {
    schema = await parquetSchema(engine, path);
    columns = await describe(engine, `SELECT * FROM ${reader}`, schema, (name) => identifier(name));
  } catch (error) {
    throw new InputError(`cannot read ${label}: ${errorLine(error)}`);
  }
  // The NDJSON layout's `salary` struct, or the CSV layout's flat columns: a CSV export saved as
  // Parquet has those.
  const match = matchColumns(
    columns.map((c) => c.name),
    [...Object.values(FIELD_COLUMNS), 'salary'],
  );
  const column = (key: string) => {
    const at = match.at.get(key);
    return at === undefined ? undefined : columns[at];
  };
  const missing = REQUIRED_COLUMNS.filter((c) => !match.at.has(columnKey(c)));
  if (missing.length) throw new InputError(`${label}: no ${missing.join(', ')} column (${NEEDS_COLUMNS})`);
  // Each value read as text, and the fields whose bytes are not UTF-8 text in a record.
  const undecodable: Array<[field: string, sql: string]> = [];
  const read = (field: string, value: Text | undefined, none = 'CAST(NULL AS VARCHAR)') => {
    if (value?.notText) undecodable.push([field, value.notText]);
    return value?.sql ?? none;
  };
  const text = (field: ListingField, name: string) => {
    const c = column(FIELD_COLUMNS[field]);
    return read(name, c && asText(c.ref, c.type));
  };
  const postedAt = column(FIELD_COLUMNS.posted_at);
  const skills = column(FIELD_COLUMNS.skills);
  const skillList = skills && asTextList(skills.ref, skills.type);
  // Skills as one string (a CSV export saved as Parquet) are read as a CSV cell is.
  const skillText = skills && !skillList && /^(?:VARCHAR|BLOB)$/.test(skills.type) ? asText(skills.ref, skills.type) : undefined;
  // A column read as no field at all would leave every listing without it, and nothing in the
  // report would say why: the build says it once, naming the column and its type.
  const warnings: string[] = [];
  if (skills && !skillList && !skillText)
    warnings.push(
      `column ${quoteInput(skills.name)} is ${safePath(skills.type)}, neither text nor a list of strings, so no skills are read from it (only descriptions are searched)`,
    );

  const salary = column('salary');
  // A struct, not a list of structs (`STRUCT(…)[]`), which holds no one salary.
  const salaryStruct = salary && /^STRUCT\(.*\)$/.test(salary.type) ? salary : undefined;
  let fields: Column[] = [];
  if (salaryStruct) {
    const node = schema.children[columns.indexOf(salaryStruct)];
    try {
      fields = await describe(
        engine,
        `SELECT ${salaryStruct.ref}.* FROM ${reader}`,
        node,
        (_, i) => `struct_extract_at(${salaryStruct.ref}, ${i + 1})`,
      );
    } catch (error) {
      throw new InputError(`cannot read ${label}: ${errorLine(error)}`);
    }
  }
  const fieldMatch = matchColumns(
    fields.map((f) => f.name),
    SALARY_FIELDS,
  );
  const salaryFromStruct = fieldMatch.at.size > 0;
  if (salary && !salaryFromStruct)
    warnings.push(
      `column ${quoteInput(salary.name)} is ${safePath(salary.type)}, not a struct with any of the fields min, max, currency and period, so no salary is read from it`,
    );
  // A file with both layouts is read by its struct; the flat columns are then named as ignored.
  const flat = (key: SalaryField) => column(FIELD_COLUMNS[`salary_${key}` as const]);
  const part = (key: SalaryField) => {
    if (!salaryFromStruct) {
      const c = flat(key);
      return read(`salary${key.charAt(0).toUpperCase()}${key.slice(1)}`, c && asText(c.ref, c.type));
    }
    const at = fieldMatch.at.get(key);
    const f = at === undefined ? undefined : fields[at];
    return read(`salary.${key}`, f && asText(f.ref, f.type));
  };
  const listing = [
    text('id', 'id'),
    text('title', 'title'),
    postedAt && /TIMESTAMP/.test(postedAt.type) ? `strftime(${postedAt.ref}, '%Y-%m-%dT%H:%M:%S.%fZ')` : text('posted_at', 'postedAt'),
    text('company', 'company'),
    text('location', 'location'),
    text('country', 'country'),
    text('role', 'role'),
    text('seniority', 'seniority'),
    text('description', 'description'),
    skillText ? skillsFromText(`nullif(trim(${read('skills', skillText)}), '')`) : read('skills', skillList, 'CAST(NULL AS VARCHAR[])'),
    skills && skillList ? `${skills.ref} IS NOT NULL` : skillText ? `nullif(trim(${skillText.sql}), '') IS NOT NULL` : 'FALSE',
  ];
  const parts = [part('min'), part('max'), part('currency'), part('period')] as const;
  const [min, max, currency, period] = parts;
  const values = [...listing, salaryGiven(parts), salaryBound(min), salaryBound(max), currency, period];
  // A record with a field whose bytes are not UTF-8 is malformed, as an NDJSON line is: never
  // read as escaped bytes, never dropped unseen.
  const malformed = undecodable.length
    ? `CASE ${undecodable.map(([field, sql]) => `WHEN ${sql} THEN ${sqlString(`${field} holds bytes that are not UTF-8 text`)}`).join(' ')} END`
    : 'NULL';
  await engine.run(`INSERT INTO input_record
    SELECT ${recordId(fileIndex, 'file_row_number + 1')}, ${fileIndex}, file_row_number + 1, ${malformed}, ${values.join(', ')}
    FROM read_parquet(${sqlString(path)}, file_row_number = true)`);
  // Every column no field is read from, in file order, then the salary struct's unknown fields.
  const readAt = new Set(match.at.values());
  if (salaryFromStruct) for (const c of SALARY_FIELDS.map(flat)) if (c) readAt.delete(columns.indexOf(c));
  const ignoredColumns = [
    ...columns.filter((_, i) => !readAt.has(i)).map((c) => c.name),
    ...(salaryStruct && salaryFromStruct ? fieldMatch.ignored.map((f) => `${salaryStruct.name}.${f}`) : []),
  ];
  return { blank: 0, ignoredColumns, warnings, placedBy: 'row' };
}
