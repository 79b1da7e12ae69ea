import { sqlString, type Engine } from './engine.js';
import { withCarriageReturnsAsTabs } from './carriage-returns.js';
import { isGzip, placeToLine, recordId, salaryBound, salaryGiven, type IngestResult } from './input-record.js';
import { MAX_LINE_BYTES, type LineScan } from './scan-lines.js';

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

/**
 * The engine's types for an NDJSON listing, for the fast path: a field of another type fails the
 * read. A salary's bounds are read as JSON, as they were written, so that `salaryBound` judges
 * them: the engine would read `true` as 1.
 */
const LISTING_COLUMNS = `{id: 'VARCHAR', title: 'VARCHAR', postedAt: 'VARCHAR', company: 'VARCHAR', location: 'VARCHAR',
  country: 'VARCHAR', role: 'VARCHAR', seniority: 'VARCHAR', description: 'VARCHAR', skills: 'VARCHAR[]',
  salary: 'STRUCT(min JSON, max JSON, currency VARCHAR, period VARCHAR)'}`;

/**
 * NDJSON, the fast way: the engine's typed reader, which parses each line once. It only takes a
 * file whose every line is a listing of the expected types — it fails on anything else, and the
 * caller then reads the file the careful way. Returns false when the file needs the careful way.
 *
 * Rows are numbered by their place in the table, not by `WITH ORDINALITY`, which would make the
 * engine read on one thread: the engine keeps a file's order when it inserts (the engine is
 * opened with `preserve_insertion_order`), so the n-th row inserted is the n-th non-blank line.
 * Blank lines are skipped by the reader: a row's line is its place plus the blank lines before it
 * (`scan` found them), and the row count must equal the lines the scan counted less the blank ones.
 */
async function ingestNdjsonFast(
  engine: Engine,
  path: string,
  fileIndex: number,
  compression: 'gzip' | 'none',
  scan: Promise<LineScan>,
): Promise<boolean> {
  try {
    await engine.run(`INSERT INTO input_record
      SELECT NULL, ${fileIndex}, NULL, NULL,
        id, title, postedAt, company, location, country, role, seniority, description,
        skills, skills IS NOT NULL, ${salaryGiven([`json_extract_string(salary.min, '$')`, `json_extract_string(salary.max, '$')`, 'salary.currency', 'salary.period'])},
        ${salaryBound(`json_extract_string(salary.min, '$')`)}, ${salaryBound(`json_extract_string(salary.max, '$')`)}, salary.currency, salary.period
      FROM read_ndjson(${sqlString(path)}, columns = ${LISTING_COLUMNS}, format = 'newline_delimited',
        compression = ${sqlString(compression === 'gzip' ? 'gzip' : 'uncompressed')})`);
  } catch {
    return false;
  }
  const lines = await scan;
  // A `null` line reads as a row of nulls, as `{}` does; only the careful way tells them apart
  // (the first is malformed, the second a listing missing its fields), so such a row sends the
  // file there.
  const [read] = await engine.rows<{ n: number; first: number | null; nulls: number }>(
    `SELECT count(*) AS n, min(rowid) AS first,
      count(*) FILTER (WHERE coalesce(id, title, posted_at, company, location, country, role, seniority, description) IS NULL
        AND skills IS NULL AND NOT salary_given) AS nulls
    FROM input_record WHERE file_index = ${fileIndex}`,
  );
  // The typed reader takes a line of any length, the text reader none of MAX_LINE_BYTES or more: a
  // file with such a line goes the careful way, so the line is malformed whatever else it holds.
  if (lines.blanks === null || lines.overlongLine || read?.n !== lines.lines - lines.blanks.length || read.nulls > 0) {
    await engine.run(`DELETE FROM input_record WHERE file_index = ${fileIndex}`);
    return false;
  }
  if (read.first === null) return true;
  const place = `rowid - ${read.first} + 1`;
  await engine.run(`UPDATE input_record SET record_id = ${recordId(fileIndex, place)}, line = ${place} WHERE file_index = ${fileIndex}`);
  if (lines.blanks.length) {
    await engine.run(
      `CREATE OR REPLACE TEMP TABLE blank_line AS SELECT line FROM (VALUES ${lines.blanks.map((b) => `(${b})`).join(', ')}) v(line)`,
    );
    await placeToLine(engine, 'input_record', `file_index = ${fileIndex}`, 'blank_line');
    await engine.run(`UPDATE input_record SET record_id = ${recordId(fileIndex, 'line')} WHERE file_index = ${fileIndex}`);
    await engine.run('DROP TABLE blank_line');
  }
  return true;
}

/**
 * A line with nothing but spaces, tabs and carriage returns is blank, not a record: the same rule
 * as the line scan's and the typed reader's, whichever way a file is read.
 */
const BLANK_TRIM = `trim(raw, ' ' || chr(9) || chr(13))`;

/**
 * NDJSON, the careful way: each line read as text (so every line keeps its number), then parsed.
 * A line that is not JSON, or not an object, is a malformed record, and so is a line the reader
 * refuses (bytes that are not UTF-8): one bad line never costs the file. Blank lines are counted,
 * not records; a field of the wrong type reads as absent.
 */
export async function ingestNdjson(engine: Engine, path: string, fileIndex: number, scan: Promise<LineScan>): Promise<IngestResult> {
  const compression = (await isGzip(path)) ? 'gzip' : 'none';
  if (await ingestNdjsonFast(engine, path, fileIndex, compression, scan))
    return { blank: (await scan).blankCount, ignoredColumns: [], warnings: [], placedBy: 'line' };
  // The text reader ends a line at a carriage return too, and reads a file's line ends all one way.
  const { unevenCarriageReturns, startOfHeadingLines = [] } = await scan;
  if (unevenCarriageReturns)
    return withCarriageReturnsAsTabs(path, compression === 'gzip', (copy) =>
      ingestNdjsonCarefully(engine, copy, fileIndex, 'none', startOfHeadingLines),
    );
  return ingestNdjsonCarefully(engine, path, fileIndex, compression, startOfHeadingLines);
}

async function ingestNdjsonCarefully(
  engine: Engine,
  path: string,
  fileIndex: number,
  compression: 'gzip' | 'none',
  startOfHeadingLines: readonly number[],
): Promise<IngestResult> {
  // One reader thread, so the refused lines' numbers are exact.
  await engine.run(`CREATE OR REPLACE TEMP TABLE raw_line AS
    SELECT ordinality AS line, CASE WHEN ordinality = 1 THEN ltrim(raw, chr(65279)) ELSE raw END AS raw
    FROM read_csv(${sqlString(path)}, columns = {'raw': 'VARCHAR'}, header = false, delim = chr(1), quote = '', escape = '',
      auto_detect = false, compression = ${sqlString(compression)}, max_line_size = ${MAX_LINE_BYTES}, strict_mode = false,
      store_rejects = true, rejects_table = 'ndjson_reject', rejects_scan = 'ndjson_scan', parallel = false) WITH ORDINALITY`);
  await engine.run(`CREATE OR REPLACE TEMP TABLE refused AS SELECT DISTINCT line FROM ndjson_reject`);
  const [refused] = await engine.rows<{ n: number }>('SELECT count(*) AS n FROM refused');
  if (refused?.n) await placeToLine(engine, 'raw_line', 'true', 'refused');
  // The reader splits a line at U+0001 and keeps only the part before it (a listing after it would
  // be lost without a word). No JSON text holds the character unescaped, so such a line is
  // malformed as a whole: what is kept of it is replaced by the character itself. After the lines
  // are numbered as in the file (above), which is how the scan numbered these.
  if (startOfHeadingLines.length) {
    await engine.run(
      `CREATE OR REPLACE TEMP TABLE soh_line AS SELECT line FROM (VALUES ${startOfHeadingLines.map((n) => `(${n})`).join(', ')}) v(line)`,
    );
    await engine.run('UPDATE raw_line SET raw = chr(1) WHERE line IN (SELECT line FROM soh_line)');
    await engine.run('DROP TABLE soh_line');
  }
  await engine.run(`INSERT INTO input_record (record_id, file_index, line, malformed)
    SELECT ${recordId(fileIndex, 'line')}, ${fileIndex}, line,
      'not readable as text (' || string_agg(DISTINCT lower(replace(error_type, '_', ' ')), ', ') || ')'
    FROM ndjson_reject GROUP BY line`);
  await engine.run('DROP TABLE refused; DROP TABLE ndjson_reject; DROP TABLE ndjson_scan');
  await engine.run(`INSERT INTO input_record
    WITH parsed AS (
      SELECT line, raw, json_valid(raw) AS valid FROM raw_line WHERE raw IS NOT NULL AND ${BLANK_TRIM} <> ''
    ),
    typed AS (
      SELECT line, valid, CASE WHEN valid THEN json_type(raw) END AS kind,
        CASE WHEN valid AND json_type(raw) = 'OBJECT' THEN json_transform(raw, ${sqlString(LISTING_JSON)}) END AS j
      FROM parsed
    )
    SELECT ${recordId(fileIndex, 'line')}, ${fileIndex}, line,
      CASE WHEN NOT valid THEN 'not valid JSON' WHEN kind <> 'OBJECT' THEN 'not a JSON object' END,
      j.id, j.title, j.postedAt, j.company, j.location, j.country, j.role, j.seniority, j.description,
      CASE WHEN json_type(j.skills) = 'ARRAY' THEN json_transform(j.skills, '["VARCHAR"]') END,
      coalesce(json_type(j.skills) = 'ARRAY', FALSE),
      coalesce(json_type(j.salary) = 'OBJECT', FALSE) AND ${salaryGiven([
        `json_extract_string(j.salary, '$.min')`,
        `json_extract_string(j.salary, '$.max')`,
        `json_transform(j.salary, '{"currency":"VARCHAR"}').currency`,
        `json_transform(j.salary, '{"period":"VARCHAR"}').period`,
      ])},
      CASE WHEN json_type(j.salary) = 'OBJECT' THEN ${salaryBound(`json_extract_string(j.salary, '$.min')`)} END,
      CASE WHEN json_type(j.salary) = 'OBJECT' THEN ${salaryBound(`json_extract_string(j.salary, '$.max')`)} END,
      CASE WHEN json_type(j.salary) = 'OBJECT' THEN json_transform(j.salary, '{"currency":"VARCHAR"}').currency END,
      CASE WHEN json_type(j.salary) = 'OBJECT' THEN json_transform(j.salary, '{"period":"VARCHAR"}').period END
    FROM typed`);
  const [row] = await engine.rows<{ blank: number }>(`SELECT count(*) AS blank FROM raw_line WHERE raw IS NULL OR ${BLANK_TRIM} = ''`);
  await engine.run('DROP TABLE raw_line');
  return { blank: row?.blank ?? 0, ignoredColumns: [], warnings: [], placedBy: 'line' };
}
