import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { InputError } from '../input/input-error.js';
import { FIELD_COLUMNS, matchColumns, NEEDS_COLUMNS, REQUIRED_COLUMNS, columnKey, type ListingField } from './columns.js';
import { sqlString, type Engine } from './engine.js';
import { isGzip, placeToLine, recordId, salaryBound, salaryGiven, skillsFromText, type IngestResult } from './input-record.js';
import { MAX_LINE_BYTES, type LineScan } from './scan-lines.js';

/** The first line of a CSV file (a UTF-8 byte order mark dropped), or null for an empty file. */
async function firstLine(path: string, gzip: boolean): Promise<string | null> {
  const input = createReadStream(path);
  const lines = createInterface({ input: gzip ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line.replace(/^\uFEFF/, '');
    return null;
  } finally {
    lines.close();
    input.destroy();
  }
}

/**
 * A header line's column names, split as RFC 4180 splits a record: a comma (or `separator`)
 * inside quotes is part of the name, a doubled quote is a quote. Only the header is split here;
 * every data row is the engine's to read.
 *
 * @example
 * headerNames('id,title,"skills, extra"'); // ['id', 'title', 'skills, extra']
 * headerNames('id;title;skills, extra', ';'); // ['id', 'title', 'skills, extra']
 */
export function headerNames(line: string, separator = ','): string[] {
  const names: string[] = [];
  let name = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      name += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      names.push(name.trim());
      name = '';
    } else name += c;
  }
  names.push(name.trim());
  return names;
}

/**
 * CSV (RFC 4180, a header row): every cell as text. Rows the reader cannot split (a wrong number
 * of fields, broken quoting) are malformed records at the line they start on; they are kept in
 * the engine's rejects table, not lost. An empty cell is an absent field; `skills` is a JSON
 * array or splits on ";" and ","; salary amounts may carry thousands separators.
 */
export async function ingestCsv(
  engine: Engine,
  path: string,
  fileIndex: number,
  label: string,
  scan: Promise<LineScan>,
): Promise<IngestResult> {
  const compression = (await isGzip(path)) ? 'gzip' : 'none';
  const header = await firstLine(path, compression === 'gzip');
  if (header === null || header === '') {
    // No header row: a file of nothing, or of blank lines alone, is an empty export, like an
    // empty NDJSON file or a CSV of its header alone: it adds no record and the build names it
    // in a warning. A blank first line before records is a header row missing, which is refused.
    const lines = await scan;
    if (lines.blankCount === lines.lines) return { blank: lines.blankCount, ignoredColumns: [], warnings: [], placedBy: 'line' };
    throw new InputError(`${label}: line 1 is empty, and the header row (id, title, postedAt, …) must be the first line`);
  }
  const names = headerNames(header);
  // The header is read here, not sniffed: the engine's sniffer gives up on the very rows it should report.
  const columns = `{${names.map((_, i) => `${sqlString(`c${i}`)}: 'VARCHAR'`).join(', ')}}`;
  const reader = `read_csv(${sqlString(path)}, header = false, skip = 1, columns = ${columns}, auto_detect = false, delim = ',', quote = '"', escape = '"',
    compression = ${sqlString(compression)}, store_rejects = true, rejects_table = 'csv_reject', rejects_scan = 'csv_scan',
    max_line_size = ${MAX_LINE_BYTES}, null_padding = false, parallel = false)`;
  const match = matchColumns(names, Object.values(FIELD_COLUMNS));
  const missing = REQUIRED_COLUMNS.filter((c) => !match.at.has(columnKey(c)));
  if (missing.length) {
    // An NDJSON (or JSON) file named .csv: its keys are no columns a comma split finds. A CSV header
    // may start with a bracket ("[id],[title]"), not with a bracketed object or string.
    if (/^\s*(?:\{|\[\s*(?:[{"[]|$))/.test(header)) {
      throw new InputError(`${label}: its first line is JSON, not a CSV header; the file looks like NDJSON (or JSON), so name it .ndjson`);
    }
    // A file separated by ";", tabs or "|", which is not CSV here: its header split on that holds the
    // columns a listing needs (whatever commas a name holds), or is one column holding it.
    const splitHolds = (c: string) => {
      const split = new Set(headerNames(header, c).map(columnKey));
      return REQUIRED_COLUMNS.every((r) => split.has(columnKey(r)));
    };
    const separator = [';', '\t', '|'].find((c) => splitHolds(c) || (names.length === 1 && header.includes(c)));
    const hint = separator
      ? `; its fields look separated by ${separator === '\t' ? 'tabs' : `"${separator}"`}, and role-hub reads commas`
      : '';
    throw new InputError(
      `${label}: the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''} (${NEEDS_COLUMNS})${hint}`,
    );
  }
  const column = (field: ListingField) => {
    const at = match.at.get(FIELD_COLUMNS[field]);
    return at === undefined ? 'CAST(NULL AS VARCHAR)' : `nullif(trim(c${at}), '')`;
  };
  const amount = (field: ListingField) => salaryBound(column(field));
  const skills = column('skills');
  try {
    await engine.run(`INSERT INTO input_record
    SELECT ${recordId(fileIndex, 'ordinality')}, ${fileIndex}, ordinality, NULL,
      ${column('id')}, ${column('title')}, ${column('posted_at')}, ${column('company')}, ${column('location')}, ${column('country')},
      ${column('role')}, ${column('seniority')}, ${column('description')},
      ${skillsFromText(skills)},
      ${skills} IS NOT NULL,
      ${salaryGiven([column('salary_min'), column('salary_max'), column('salary_currency'), column('salary_period')])},
      ${amount('salary_min')}, ${amount('salary_max')}, ${column('salary_currency')}, ${column('salary_period')}
    FROM ${reader} WITH ORDINALITY`);
  } catch (error) {
    throw (await lineEndProblem(scan, label)) ?? error;
  }
  const lines = await scan;
  const placedBy = await placeRecords(engine, fileIndex, lines);
  return { blank: lines.blankCount, ignoredColumns: match.ignored, warnings: [], placedBy };
}

/**
 * Why the reader could not read the file at all, when its line ends are the cause: the reader
 * reads every line end one way, CRLF or LF, and stops at a carriage return outside quotes that
 * ends no line, saying only that its state machine failed. The scan says where.
 */
async function lineEndProblem(scan: Promise<LineScan>, label: string): Promise<InputError | null> {
  const csv = (await scan.catch(() => null))?.csv;
  const mixed = csv?.mixedLineEnds;
  if (mixed)
    return new InputError(
      `${label}: line ${mixed.line} ends otherwise than line 1 (one ${mixed.first}, the other ${mixed.end}); the reader takes one kind of line end per file, so save it with one`,
    );
  if (csv?.bareCarriageReturnLine)
    return new InputError(
      `${label}: line ${csv.bareCarriageReturnLine} holds a carriage return outside quotes that ends no line; quote that field, or remove the character`,
    );
  return null;
}

/** One column of line numbers as a temporary table. */
async function lineTable(engine: Engine, name: string, lines: readonly number[]): Promise<void> {
  const values = lines.length
    ? `SELECT line FROM (VALUES ${lines.map((l) => `(${l})`).join(', ')}) v(line)`
    : 'SELECT 0::BIGINT AS line WHERE false';
  await engine.run(`CREATE OR REPLACE TEMP TABLE ${name} AS ${values}`);
}

/**
 * Numbers every record of the file by the line it starts on, and adds the rows the reader refused
 * as malformed records. The reader numbers its good rows 1, 2, … and its refused ones by its own
 * line count, which counts blank lines but not the lines a quoted field runs on to; the scan knows
 * both. A record whose quote is never closed runs to the end of the file, and the reader drops it
 * without a word: it is a malformed record too, so the counts still reconcile. With more
 * multi-line records than the scan keeps, records are numbered by row instead.
 */
async function placeRecords(engine: Engine, fileIndex: number, scan: LineScan): Promise<'line' | 'row'> {
  const continued = scan.csv?.continued ?? null;
  const byLine = continued !== null && scan.blanks !== null;
  await lineTable(engine, 'csv_continued', continued ?? []);
  // The reader's line of each refused row, as the line of the file it starts on (or its data row).
  // By row, a refused row's number is the reader's line less the header and the blank lines before it.
  const runs = byLine ? [] : (scan.csv?.blankRunsRead ?? []);
  await engine.run(`CREATE OR REPLACE TEMP TABLE csv_blank_read AS
    ${runs.length ? `SELECT * FROM (VALUES ${runs.map(([first, n]) => `(${first}, ${n})`).join(', ')}) v(first, n)` : 'SELECT 0 AS first, 0 AS n WHERE false'}`);
  const blanksBefore = '(SELECT coalesce(sum(least(greatest(r.line - b.first, 0), b.n)), 0) FROM csv_blank_read b)';
  await engine.run(`CREATE OR REPLACE TEMP TABLE refused AS
    SELECT ${byLine ? 'line' : `line - 1 - ${blanksBefore}`} AS line,
      string_agg(DISTINCT lower(replace(error_type, '_', ' ')), ', ') AS errors
    FROM csv_reject r GROUP BY line`);
  if (byLine) await placeToLine(engine, 'refused', 'true', 'csv_continued');
  // Every line that starts no good row: the header and what it runs on to, blank lines, the
  // lines of multi-line records, and the refused rows' first lines.
  if (byLine) {
    await lineTable(engine, 'csv_blank', scan.blanks ?? []);
    await engine.run(`CREATE OR REPLACE TEMP TABLE csv_skipped AS
      SELECT 1 AS line UNION SELECT line FROM csv_continued UNION SELECT line FROM csv_blank UNION SELECT line FROM refused`);
  } else {
    await engine.run('CREATE OR REPLACE TEMP TABLE csv_skipped AS SELECT line FROM refused');
  }
  await placeToLine(engine, 'input_record', `file_index = ${fileIndex}`, 'csv_skipped');
  await engine.run(`UPDATE input_record SET record_id = ${recordId(fileIndex, 'line')} WHERE file_index = ${fileIndex}`);
  await engine.run(`INSERT INTO input_record (record_id, file_index, line, malformed)
    SELECT ${recordId(fileIndex, 'line')}, ${fileIndex}, line, 'a broken CSV row (' || errors || ')' FROM refused`);
  const unclosed = scan.csv?.unclosedFrom ?? null;
  if (unclosed !== null) {
    // By row, it is the row after every other: the last record of the file.
    const at = byLine ? String(unclosed) : `(SELECT count(*) + 1 FROM input_record WHERE file_index = ${fileIndex})`;
    await engine.run(`INSERT INTO input_record (record_id, file_index, line, malformed)
      SELECT ${recordId(fileIndex, at)}, ${fileIndex}, ${at},
        'a broken CSV row (a quote opened on line ${unclosed} is never closed, so the row runs to the end of the file)'
      WHERE NOT EXISTS (SELECT 1 FROM refused WHERE line = ${at})`);
  }
  await engine.run(
    'DROP TABLE refused; DROP TABLE csv_reject; DROP TABLE csv_scan; DROP TABLE csv_skipped; DROP TABLE csv_continued; DROP TABLE csv_blank_read',
  );
  if (byLine) await engine.run('DROP TABLE csv_blank');
  return byLine ? 'line' : 'row';
}
