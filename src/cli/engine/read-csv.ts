import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { InputError } from '../input/input-error.js';
import { sqlString, type Engine } from './engine.js';
import { isGzip, lineOfPlace, recordId, salaryBound, type IngestResult } from './input-record.js';

/** The first line of a CSV file, split on commas (quotes around a name are removed). */
async function csvHeader(path: string, gzip: boolean): Promise<string[]> {
  const input = createReadStream(path);
  const lines = createInterface({ input: gzip ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      return line
        .replace(/^\uFEFF/, '')
        .split(',')
        .map((n) =>
          n
            .trim()
            .replace(/^"(.*)"$/, '$1')
            .replace(/""/g, '"'),
        );
    }
    return [];
  } finally {
    lines.close();
    input.destroy();
  }
}

/** The CSV column each listing field is read from (headers match in any case). */
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
export async function ingestCsv(engine: Engine, path: string, fileIndex: number, label: string): Promise<IngestResult> {
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
    const key = FIELD_COLUMNS[field];
    const name = key === undefined ? undefined : byLower.get(key);
    return name === undefined ? 'CAST(NULL AS VARCHAR)' : `nullif(trim(c${names.indexOf(name)}), '')`;
  };
  const amount = (field: string) => salaryBound(column(field));
  await engine.run(`INSERT INTO input_record
    SELECT ${recordId(fileIndex, 'ordinality')}, ${fileIndex}, ordinality, NULL,
      ${column('id')}, ${column('title')}, ${column('posted_at')}, ${column('company')}, ${column('location')}, ${column('country')},
      ${column('role')}, ${column('seniority')}, ${column('description')},
      CASE WHEN ${column('skills')} IS NOT NULL THEN list_filter(list_transform(string_split(${column('skills')}, ';'), s -> trim(s)), s -> s <> '') END,
      ${column('skills')} IS NOT NULL,
      coalesce(${column('salary_min')}, ${column('salary_max')}, ${column('salary_currency')}, ${column('salary_period')}) IS NOT NULL,
      ${amount('salary_min')}, ${amount('salary_max')}, ${column('salary_currency')}, ${column('salary_period')}
    FROM ${reader} WITH ORDINALITY`);
  // Rows the reader refused are malformed records at the line they start on. The good rows were
  // numbered without them: renumber each as the data row it is (the refused rows before it
  // counted in), which is also its line, plus the header's, when no field spans lines. The
  // rejects table numbers lines of the file, so its lines less the header are data rows.
  await engine.run(`CREATE OR REPLACE TEMP TABLE refused AS
    SELECT DISTINCT line - 1 AS line FROM csv_reject`);
  const line = lineOfPlace('input_record.line', 'refused');
  await engine.run(`UPDATE input_record SET line = ${line}, record_id = ${recordId(fileIndex, line)} WHERE file_index = ${fileIndex}`);
  await engine.run(`INSERT INTO input_record (record_id, file_index, line, malformed)
    SELECT ${recordId(fileIndex, 'line - 1')}, ${fileIndex}, line - 1,
      'a broken CSV row (' || string_agg(DISTINCT lower(replace(error_type, '_', ' ')), ', ') || ') starting on line ' || line
    FROM csv_reject GROUP BY line`);
  await engine.run('DROP TABLE refused; DROP TABLE csv_reject; DROP TABLE csv_scan');
  const known = new Set(Object.values(FIELD_COLUMNS));
  return { blank: 0, ignoredColumns: names.filter((n) => !known.has(n.toLowerCase())) };
}
