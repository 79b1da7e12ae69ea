import { errorLine } from '../input/describe-error.js';
import { InputError } from '../input/input-error.js';
import { sqlString, type Engine } from './engine.js';
import { recordId, salaryBound, type IngestResult } from './input-record.js';

/** Parquet: the NDJSON listing's fields, `salary` a struct and `skills` a list. */
export async function ingestParquet(engine: Engine, path: string, fileIndex: number, label: string): Promise<IngestResult> {
  const reader = `read_parquet(${sqlString(path)})`;
  let columns: Map<string, string>;
  try {
    columns = new Map(
      (await engine.rows<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM ${reader}`)).map((r) => [
        r.column_name,
        r.column_type,
      ]),
    );
  } catch (error) {
    throw new InputError(`cannot read ${label}: ${errorLine(error)}`);
  }
  const missing = ['id', 'title', 'postedAt'].filter((c) => !columns.has(c));
  if (missing.length) throw new InputError(`${label}: no ${missing.join(', ')} column (it needs id, title and postedAt)`);
  const text = (name: string) => (columns.has(name) ? `CAST("${name}" AS VARCHAR)` : 'CAST(NULL AS VARCHAR)');
  const salaryType = columns.get('salary') ?? '';
  const salary = (field: string, type: string) =>
    salaryType.startsWith('STRUCT') && new RegExp(`\\b${field}\\b`).test(salaryType)
      ? type === 'DOUBLE'
        ? salaryBound(`CAST(salary.${field} AS VARCHAR)`)
        : `TRY_CAST(salary.${field} AS ${type})`
      : `CAST(NULL AS ${type})`;
  const hasSkills = (columns.get('skills') ?? '').endsWith('[]');
  await engine.run(`INSERT INTO input_record
    SELECT ${recordId(fileIndex, 'file_row_number + 1')}, ${fileIndex}, file_row_number + 1, NULL,
      ${text('id')}, ${text('title')}, ${/TIMESTAMP/.test(columns.get('postedAt') ?? '') ? `strftime("postedAt", '%Y-%m-%dT%H:%M:%S.%fZ')` : text('postedAt')},
      ${text('company')}, ${text('location')}, ${text('country')}, ${text('role')}, ${text('seniority')}, ${text('description')},
      ${hasSkills ? 'CAST(skills AS VARCHAR[])' : 'CAST(NULL AS VARCHAR[])'}, ${hasSkills ? 'skills IS NOT NULL' : 'FALSE'},
      ${salaryType.startsWith('STRUCT') ? 'salary IS NOT NULL' : 'FALSE'},
      ${salary('min', 'DOUBLE')}, ${salary('max', 'DOUBLE')}, ${salary('currency', 'VARCHAR')}, ${salary('period', 'VARCHAR')}
    FROM read_parquet(${sqlString(path)}, file_row_number = true)`);
  return { blank: 0, ignoredColumns: [], placedBy: 'row' };
}
