import { open } from 'node:fs/promises';
import type { Engine } from './engine.js';

/**
 * Every record read, as the normalising SQL (listings.sql) expects it. What is the same for every
 * record of a file (its name, whether a record is placed by line or by row) is in `input_file`.
 */
export const INPUT_RECORD_TABLE = `CREATE OR REPLACE TABLE input_record(
  record_id BIGINT, file_index INTEGER, line BIGINT, malformed VARCHAR,
  id VARCHAR, title VARCHAR, posted_at VARCHAR, company VARCHAR, location VARCHAR, country VARCHAR,
  role VARCHAR, seniority VARCHAR, description VARCHAR, skills VARCHAR[], has_skills BOOLEAN,
  salary_given BOOLEAN, salary_min DOUBLE, salary_max DOUBLE, salary_currency VARCHAR, salary_period VARCHAR);
CREATE OR REPLACE TABLE input_file(file_index INTEGER, file VARCHAR, location_kind VARCHAR)`;

/**
 * A salary bound (min or max) from its text, as every reader reads it (CSV, NDJSON given text or a
 * number, Parquet): a number, or text that is one. A comma is taken out only where it separates
 * thousands ("120,000", "-1,234.50"): elsewhere it may be a decimal comma ("12,5") or a typo
 * ("85,0000"), and dropping it would read either as ten times the amount. An underscore, which
 * the engine's cast would skip ("1_000"), is no part of a written amount either. Absent, null or
 * blank (as an empty CSV cell) stays NULL. Anything else given (`true`, "abc", "12,5", an object)
 * is NaN, which pay.sql counts as an invalid salary rather than reading the bound as absent and
 * resting the pay on the other one.
 */
export const salaryBound = (text: string) => {
  const nan = `CAST('NaN' AS DOUBLE)`;
  return `CASE WHEN nullif(trim(${text}), '') IS NULL THEN NULL
    WHEN NOT (contains(${text}, ',') OR contains(${text}, '_')) THEN coalesce(try_cast(${text} AS DOUBLE), ${nan})
    WHEN regexp_full_match(trim(${text}), ${THOUSANDS}) THEN CAST(replace(trim(${text}), ',', '') AS DOUBLE)
    ELSE ${nan} END`;
};

/** An amount with thousands separators: one to three digits, then groups of a comma and three. */
const THOUSANDS = `'[+-]?[0-9]{1,3}(,[0-9]{3})+([.][0-9]+)?'`;

/**
 * Whether a record states a salary, as SQL, from its four parts (min, max, currency, period) as
 * text: one of them is given and not blank. A salary of nothing but empty parts (a CSV row's four
 * empty cells, a Parquet salary struct of nulls, an NDJSON `"salary": {}` or object of nulls) is no
 * salary, not an invalid one: every reader judges it by this one rule, so the same listings count
 * the same in any format. Fields other than the four are not read, so they state nothing.
 */
export const salaryGiven = (parts: readonly string[]) => `coalesce(${parts.map((p) => `nullif(trim(${p}), '')`).join(', ')}) IS NOT NULL`;

/**
 * Skills written as one text (a CSV cell, a Parquet string column), as SQL; `text` is null when
 * absent or blank. A JSON array of strings (what many exports write for a list) is that list, as
 * NDJSON reads a skills array; anything else is keywords separated by ";" or ",". Neither
 * character is in any skill's name or alias, so a keyword is never cut in two. A list in brackets
 * that is not JSON (pandas writes Python's `['sql', 'power bi']`) loses its brackets and each
 * keyword its quotes, so that no `['sql'` is published as a skill.
 */
export const skillsFromText = (text: string) =>
  `CASE WHEN ${text} IS NOT NULL THEN list_filter(list_transform(CASE WHEN starts_with(${text}, '[') AND json_type(try_cast(${text} AS JSON)) = 'ARRAY'
    THEN json_transform(${text}, '["VARCHAR"]')
    WHEN regexp_full_match(${text}, '(?s)\\[.*\\]')
    THEN list_transform(regexp_split_to_array(${text}[2:-2], '[;,]'), s -> regexp_replace(trim(s), '^''(.*)''$|^"(.*)"$', '\\1\\2'))
    ELSE regexp_split_to_array(${text}, '[;,]') END, s -> trim(s)), s -> s <> '') END`;

/** Record ids: the file's number in the high bits, its line (or row) in the low ones. */
export const recordId = (fileIndex: number, line: string) => `${fileIndex}::BIGINT * 1099511627776 + ${line}`;

/** The file number a record id holds (the inverse of `recordId`), as SQL. */
export const fileIndexOf = (recordIdSql: string) => `${recordIdSql} // 1099511627776`;

/**
 * Moves each row of `table` matching `where` from its place among the lines a reader kept (1, 2,
 * …, in its `line` column) to the line of the file it came from: `skipped` is a table of the
 * lines the reader left out (blank lines, lines it refused, lines a record ran on to), numbered as
 * lines of the file. Each skipped line before a row moves it down by one. One as-of join, not a
 * count per row, so a million rows past ten thousand skipped lines take a moment, not minutes.
 */
export async function placeToLine(engine: Engine, table: string, where: string, skipped: string): Promise<void> {
  // A skipped line's key is its place had it been kept (its line less the skipped lines up to it);
  // every kept row whose place is past that key comes after it.
  await engine.run(`CREATE OR REPLACE TEMP TABLE skip_key AS
    SELECT k, max(upto) AS upto FROM (
      SELECT line - row_number() OVER (ORDER BY line) AS k, row_number() OVER (ORDER BY line) AS upto FROM ${skipped}
    ) GROUP BY k`);
  await engine.run(`UPDATE ${table} SET line = m.line FROM (
      SELECT p.place, p.place + coalesce(s.upto, 0) AS line
      FROM (SELECT DISTINCT line AS place FROM ${table} WHERE ${where}) p ASOF LEFT JOIN skip_key s ON p.place > s.k
    ) m
    WHERE ${where} AND ${table}.line = m.place`);
  await engine.run('DROP TABLE skip_key');
}

export interface IngestResult {
  /** Blank lines skipped (NDJSON and CSV); not records. */
  blank: number;
  /** How the file's records are numbered in messages: by the line they start on, or by row. */
  placedBy: 'line' | 'row';
  /** Columns no field is read from (CSV, Parquet; a Parquet salary's unknown fields as `salary.name`). */
  ignoredColumns: string[];
  /** What the build cannot read in the file as a whole, for a warning (a Parquet column of an unusable type). */
  warnings: string[];
}

/** Whether the file's first bytes are gzip's, whatever its name says. */
export async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}
