import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../input/input-error';
import { sqlString, type Engine } from './engine';

export type ListingFormat = 'ndjson' | 'csv' | 'parquet';

/**
 * The format of a listings file from its name: `.ndjson`, `.jsonl`, `.json` → NDJSON, `.csv` →
 * CSV, `.parquet` → Parquet, the first two optionally followed by `.gz`.
 */
export function detectFormat(path: string): ListingFormat {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(?:ndjson|jsonl|json)$/.test(name)) return 'ndjson';
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.parquet') && !path.toLowerCase().endsWith('.gz')) return 'parquet';
  throw new InputError(`cannot tell the format of ${path}: name it .ndjson, .jsonl, .csv (each optionally .gz) or .parquet`);
}

/** Whether the file's first bytes are gzip's, whatever its name says. */
async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** Every record read, as the normalising SQL (listings.sql) expects it. */
export const INPUT_RECORD_TABLE = `CREATE OR REPLACE TABLE input_record(
  record_id BIGINT, file_index INTEGER, file VARCHAR, line BIGINT, location_kind VARCHAR, malformed VARCHAR,
  id VARCHAR, title VARCHAR, posted_at VARCHAR, company VARCHAR, location VARCHAR, country VARCHAR,
  role VARCHAR, seniority VARCHAR, description VARCHAR, skills VARCHAR[], has_skills BOOLEAN,
  salary_given BOOLEAN, salary_min DOUBLE, salary_max DOUBLE, salary_currency VARCHAR, salary_period VARCHAR)`;

const LISTING_JSON = JSON.stringify({
  id: 'VARCHAR',
  title: 'VARCHAR',
  postedAt: 'VARCHAR',
  company: 'VARCHAR',
  location: 'VARCHAR',
  country: 'VARCHAR',
  role: 'VARCHAR',
  seniority: 'VARCHAR',
  description: 'VARCHAR',
  skills: 'JSON',
  salary: 'JSON',
});

/** Record ids: the file's number in the high bits, its line (or row) in the low ones. */
const recordId = (fileIndex: number, line: string) => `${fileIndex}::BIGINT * 1099511627776 + ${line}`;

export interface IngestResult {
  /** Blank lines skipped (NDJSON); not records. */
  blank: number;
  /** CSV columns no field is read from. */
  ignoredColumns: string[];
}

/** The engine's types for an NDJSON listing, for the fast path: a field of another type fails the read. */
const LISTING_COLUMNS = `{id: 'VARCHAR', title: 'VARCHAR', postedAt: 'VARCHAR', company: 'VARCHAR', location: 'VARCHAR',
  country: 'VARCHAR', role: 'VARCHAR', seniority: 'VARCHAR', description: 'VARCHAR', skills: 'VARCHAR[]',
  salary: 'STRUCT(min DOUBLE, max DOUBLE, currency VARCHAR, period VARCHAR)'}`;

/**
 * NDJSON, the fast way: the engine's typed reader, which parses each line once. It only takes a
 * file whose every line is a listing of the expected types — it fails on anything else, and the
 * caller then reads the file the careful way. Blank lines are skipped by the reader, so each row's
 * line is its number plus the blank lines before it (`scan` found them). Returns false when the
 * file needs the careful way.
 */
async function ingestNdjsonFast(engine: Engine, path: string, fileIndex: number, label: string, compression: string, scan: Promise<LineScan>): Promise<boolean> {
  // Blank lines the reader skips; rows are renumbered with them once the scan has found them all.
  try {
    await engine.run(`INSERT INTO input_record
      SELECT ${recordId(fileIndex, 'ordinality')}, ${fileIndex}, ${sqlString(label)}, ordinality, 'line', NULL,
        id, title, postedAt, company, location, country, role, seniority, description,
        skills, skills IS NOT NULL, salary IS NOT NULL, salary.min, salary.max, salary.currency, salary.period
      FROM read_ndjson(${sqlString(path)}, columns = ${LISTING_COLUMNS}, format = 'newline_delimited',
        compression = ${sqlString(compression)}, maximum_object_size = 8388608) WITH ORDINALITY`);
  } catch {
    return false;
  }
  const lines = await scan;
  const [read] = await engine.rows<{ n: number }>(`SELECT count(*) AS n FROM input_record WHERE file_index = ${fileIndex}`);
  if (lines.blanks === null || read?.n !== lines.lines - lines.blanks.length) {
    await engine.run(`DELETE FROM input_record WHERE file_index = ${fileIndex}`);
    return false;
  }
  if (lines.blanks.length) {
    await engine.run(`CREATE OR REPLACE TEMP TABLE blank_line AS
      SELECT line, row_number() OVER (ORDER BY line) - 1 AS before FROM (VALUES ${lines.blanks.map((b) => `(${b})`).join(', ')}) v(line)`);
    const line = `line + (SELECT count(*) FROM blank_line b WHERE b.line - 1 - b.before < input_record.line)`;
    await engine.run(`UPDATE input_record SET record_id = ${recordId(fileIndex, line)}, line = ${line} WHERE file_index = ${fileIndex}`);
    await engine.run('DROP TABLE blank_line');
  }
  return true;
}

/**
 * NDJSON, the careful way: each line read as text (so every line keeps its number), then parsed.
 * A line that is not JSON, or not an object, is a malformed record; blank lines are counted, not
 * records; a field of the wrong type reads as absent.
 */
async function ingestNdjson(engine: Engine, path: string, fileIndex: number, label: string, scan: Promise<LineScan>): Promise<IngestResult> {
  const compression = (await isGzip(path)) ? 'gzip' : 'none';
  if (await ingestNdjsonFast(engine, path, fileIndex, label, compression, scan)) return { blank: (await scan).blankCount, ignoredColumns: [] };
  await engine.run(`CREATE OR REPLACE TEMP TABLE raw_line AS
    SELECT ordinality AS line, CASE WHEN ordinality = 1 THEN ltrim(raw, chr(65279)) ELSE raw END AS raw
    FROM read_csv(${sqlString(path)}, columns = {'raw': 'VARCHAR'}, header = false, delim = chr(1), quote = '', escape = '',
      auto_detect = false, compression = ${sqlString(compression)}, max_line_size = 8388608, strict_mode = false) WITH ORDINALITY`);
  await engine.run(`INSERT INTO input_record
    WITH parsed AS (
      SELECT line, raw, json_valid(raw) AS valid FROM raw_line WHERE raw IS NOT NULL AND trim(raw) <> ''
    ),
    typed AS (
      SELECT line, valid, CASE WHEN valid THEN json_type(raw) END AS kind,
        CASE WHEN valid AND json_type(raw) = 'OBJECT' THEN json_transform(raw, ${sqlString(LISTING_JSON)}) END AS j
      FROM parsed
    )
    SELECT ${recordId(fileIndex, 'line')}, ${fileIndex}, ${sqlString(label)}, line, 'line',
      CASE WHEN NOT valid THEN 'not valid JSON' WHEN kind <> 'OBJECT' THEN 'not a JSON object' END,
      j.id, j.title, j.postedAt, j.company, j.location, j.country, j.role, j.seniority, j.description,
      CASE WHEN json_type(j.skills) = 'ARRAY' THEN json_transform(j.skills, '["VARCHAR"]') END,
      coalesce(json_type(j.skills) = 'ARRAY', FALSE),
      j.salary IS NOT NULL AND json_type(j.salary) <> 'NULL',
      CASE WHEN json_type(j.salary) = 'OBJECT' THEN json_transform(j.salary, '{"min":"DOUBLE"}').min END,
      CASE WHEN json_type(j.salary) = 'OBJECT' THEN json_transform(j.salary, '{"max":"DOUBLE"}').max END,
      CASE WHEN json_type(j.salary) = 'OBJECT' THEN json_transform(j.salary, '{"currency":"VARCHAR"}').currency END,
      CASE WHEN json_type(j.salary) = 'OBJECT' THEN json_transform(j.salary, '{"period":"VARCHAR"}').period END
    FROM typed`);
  const [row] = await engine.rows<{ blank: number }>(`SELECT count(*) AS blank FROM raw_line WHERE raw IS NULL OR trim(raw) = ''`);
  await engine.run('DROP TABLE raw_line');
  return { blank: row?.blank ?? 0, ignoredColumns: [] };
}

/** The first line of a CSV file, split on commas (quotes around a name are removed). */
async function csvHeader(path: string, gzip: boolean): Promise<string[]> {
  const input = createReadStream(path);
  const lines = createInterface({ input: gzip ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      return line.replace(/^\uFEFF/, '').split(',').map((n) => n.trim().replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
    }
    return [];
  } finally {
    lines.close();
    input.destroy();
  }
}

/** The CSV and Parquet column each listing field is read from (CSV headers match in any case). */
const FIELD_COLUMNS: Record<string, string> = {
  id: 'id',
  title: 'title',
  posted_at: 'postedat',
  company: 'company',
  location: 'location',
  country: 'country',
  role: 'role',
  seniority: 'seniority',
  description: 'description',
  skills: 'skills',
  salary_min: 'salarymin',
  salary_max: 'salarymax',
  salary_currency: 'salarycurrency',
  salary_period: 'salaryperiod',
};
const REQUIRED_COLUMNS = ['id', 'title', 'postedat'];

/**
 * CSV (RFC 4180, a header row): every cell as text. Rows the reader cannot split (a wrong number
 * of fields, broken quoting) are malformed records at the line they start on; they are kept in
 * the engine's rejects table, not lost. An empty cell is an absent field; `skills` splits on ";";
 * salary amounts may carry thousands separators.
 */
async function ingestCsv(engine: Engine, path: string, fileIndex: number, label: string): Promise<IngestResult> {
  const compression = (await isGzip(path)) ? 'gzip' : 'none';
  const names = await csvHeader(path, compression === 'gzip');
  if (names.length === 0) throw new InputError(`${label}: no header row`);
  // The header is read here, not sniffed: the engine's sniffer gives up on the very rows it should report.
  const columns = `{${names.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ')}}`;
  const reader = `read_csv(${sqlString(path)}, header = false, skip = 1, columns = ${columns}, auto_detect = false, delim = ',', quote = '"', escape = '"',
    compression = ${sqlString(compression)}, store_rejects = true, rejects_table = 'csv_reject', rejects_scan = 'csv_scan',
    max_line_size = 8388608, null_padding = false, parallel = false)`;
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const missing = REQUIRED_COLUMNS.filter((c) => !byLower.has(c));
  if (missing.length) throw new InputError(`${label}: the header has no ${missing.join(', ')} column (it needs id, title and postedAt)`);
  const column = (field: string) => {
    const name = byLower.get(FIELD_COLUMNS[field]!);
    return name === undefined ? 'CAST(NULL AS VARCHAR)' : `nullif(trim(c${names.indexOf(name)}), '')`;
  };
  const amount = (field: string) => `try_cast(replace(${column(field)}, ',', '') AS DOUBLE)`;
  await engine.run(`INSERT INTO input_record
    SELECT ${recordId(fileIndex, 'ordinality')}, ${fileIndex}, ${sqlString(label)}, ordinality, 'row', NULL,
      ${column('id')}, ${column('title')}, ${column('posted_at')}, ${column('company')}, ${column('location')}, ${column('country')},
      ${column('role')}, ${column('seniority')}, ${column('description')},
      CASE WHEN ${column('skills')} IS NOT NULL THEN list_filter(list_transform(string_split(${column('skills')}, ';'), s -> trim(s)), s -> s <> '') END,
      ${column('skills')} IS NOT NULL,
      coalesce(${column('salary_min')}, ${column('salary_max')}, ${column('salary_currency')}, ${column('salary_period')}) IS NOT NULL,
      ${amount('salary_min')}, ${amount('salary_max')}, ${column('salary_currency')}, ${column('salary_period')}
    FROM ${reader} WITH ORDINALITY`);
  // Rows the reader refused are malformed records at the line they start on. The good rows were
  // numbered without them: renumber each as the data row it is (the refused rows before it
  // counted in), which is also its line, plus the header's, when no field spans lines.
  await engine.run(`CREATE OR REPLACE TEMP TABLE refused AS
    SELECT DISTINCT line FROM csv_reject`);
  await engine.run(`UPDATE input_record SET line = line + (
      SELECT count(*) FROM (SELECT line, row_number() OVER (ORDER BY line) - 1 AS before FROM refused) r
      WHERE r.line - 2 - r.before < input_record.line
    ), record_id = ${recordId(fileIndex, `line + (
      SELECT count(*) FROM (SELECT line, row_number() OVER (ORDER BY line) - 1 AS before FROM refused) r
      WHERE r.line - 2 - r.before < input_record.line)`)}
    WHERE file_index = ${fileIndex}`);
  await engine.run(`INSERT INTO input_record (record_id, file_index, file, line, location_kind, malformed)
    SELECT ${recordId(fileIndex, 'line - 1')}, ${fileIndex}, ${sqlString(label)}, line - 1, 'row',
      'a broken CSV row (' || string_agg(DISTINCT lower(replace(error_type, '_', ' ')), ', ') || ') starting on line ' || line
    FROM csv_reject GROUP BY line`);
  await engine.run('DROP TABLE refused; DROP TABLE csv_reject; DROP TABLE csv_scan');
  const known = new Set(Object.values(FIELD_COLUMNS));
  return { blank: 0, ignoredColumns: names.filter((n) => !known.has(n.toLowerCase())) };
}

/** Parquet: the NDJSON listing's fields, `salary` a struct and `skills` a list. */
async function ingestParquet(engine: Engine, path: string, fileIndex: number, label: string): Promise<IngestResult> {
  const reader = `read_parquet(${sqlString(path)})`;
  let columns: Map<string, string>;
  try {
    columns = new Map((await engine.rows<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM ${reader}`)).map((r) => [r.column_name, r.column_type]));
  } catch (error) {
    throw new InputError(`cannot read ${label}: ${(error as Error).message.split('\n')[0]}`);
  }
  const missing = ['id', 'title', 'postedAt'].filter((c) => !columns.has(c));
  if (missing.length) throw new InputError(`${label}: no ${missing.join(', ')} column (it needs id, title and postedAt)`);
  const text = (name: string) => (columns.has(name) ? `CAST("${name}" AS VARCHAR)` : 'CAST(NULL AS VARCHAR)');
  const salaryType = columns.get('salary') ?? '';
  const salary = (field: string, type: string) =>
    salaryType.startsWith('STRUCT') && new RegExp(`\\b${field}\\b`).test(salaryType) ? `TRY_CAST(salary.${field} AS ${type})` : `CAST(NULL AS ${type})`;
  const hasSkills = (columns.get('skills') ?? '').endsWith('[]');
  await engine.run(`INSERT INTO input_record
    SELECT ${recordId(fileIndex, 'ordinality')}, ${fileIndex}, ${sqlString(label)}, ordinality, 'row', NULL,
      ${text('id')}, ${text('title')}, ${columns.has('postedAt') && /TIMESTAMP/.test(columns.get('postedAt')!) ? `strftime("postedAt", '%Y-%m-%dT%H:%M:%S.%fZ')` : text('postedAt')},
      ${text('company')}, ${text('location')}, ${text('country')}, ${text('role')}, ${text('seniority')}, ${text('description')},
      ${hasSkills ? 'CAST(skills AS VARCHAR[])' : 'CAST(NULL AS VARCHAR[])'}, ${hasSkills ? 'skills IS NOT NULL' : 'FALSE'},
      ${salaryType.startsWith('STRUCT') ? 'salary IS NOT NULL' : 'FALSE'},
      ${salary('min', 'DOUBLE')}, ${salary('max', 'DOUBLE')}, ${salary('currency', 'VARCHAR')}, ${salary('period', 'VARCHAR')}
    FROM ${reader} WITH ORDINALITY`);
  return { blank: 0, ignoredColumns: [] };
}

/** What one pass over a text file's lines found. */
export interface LineScan {
  /** Lines, a last line without a line break included. */
  lines: number;
  /** Numbers of the blank (or white-space-only) lines, or null past `MAX_BLANKS`. */
  blanks: number[] | null;
  blankCount: number;
}

const MAX_BLANKS = 10_000;

/**
 * Reads a text file (decompressing gzip) to its end in Node, while the engine reads it too: counts
 * its lines and notes its blank ones, and throws if gzip data is corrupt or cut short — the
 * engine's reader stops quietly at a truncated stream, which would lose listings without a word.
 * It runs on Node's thread pool, beside the engine, so it costs little time.
 */
async function scanLines(path: string, gzip: boolean, label: string): Promise<LineScan> {
  let lines = 0;
  let blankCount = 0;
  let blanks: number[] | null = [];
  let lineHasText = false;
  let pendingChars = false;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i]!;
        if (byte === 0x0a) {
          lines += 1;
          if (!lineHasText) {
            blankCount += 1;
            if (blanks && blanks.push(lines) > MAX_BLANKS) blanks = null;
          }
          lineHasText = false;
          pendingChars = false;
        } else {
          pendingChars = true;
          // Spaces, tabs and carriage returns leave a line blank.
          if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) lineHasText = true;
        }
      }
      done();
    },
  });
  try {
    await pipeline(gzip ? [createReadStream(path), createGunzip(), counter] : [createReadStream(path), counter]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_STREAM_PREMATURE_CLOSE' || /unexpected end/i.test((error as Error).message)) {
      throw new InputError(`cannot read ${label}: the gzip data is corrupt or cut short (${(error as Error).message})`);
    }
    throw error;
  }
  if (pendingChars) {
    lines += 1;
    if (!lineHasText) blankCount += 1;
    if (!lineHasText && blanks) blanks.push(lines);
  }
  return { lines, blanks, blankCount };
}

/** Reads one input file into `input_record`; a file the engine cannot read is an `InputError`. */
export async function ingest(engine: Engine, path: string, fileIndex: number, label: string): Promise<IngestResult> {
  const format = detectFormat(path);
  const scan = format === 'parquet' ? Promise.resolve({ lines: 0, blanks: [], blankCount: 0 }) : scanLines(path, await isGzip(path), label);
  // Settled either way before this returns, so a failed scan is never left unhandled.
  const check = scan.then(
    () => undefined,
    (error: unknown) => error,
  );
  let result: IngestResult;
  try {
    if (format === 'ndjson') result = await ingestNdjson(engine, path, fileIndex, label, scan);
    else if (format === 'csv') result = await ingestCsv(engine, path, fileIndex, label);
    else result = await ingestParquet(engine, path, fileIndex, label);
  } catch (error) {
    const gzipProblem = await check;
    if (gzipProblem) throw gzipProblem;
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${label}: ${(error as Error).message.split('\n')[0]}`);
  }
  const gzipProblem = await check;
  if (gzipProblem) throw gzipProblem;
  return result;
}
