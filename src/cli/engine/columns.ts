/**
 * How a reader finds a listing's fields among a file's named columns: a CSV header, a Parquet
 * file's columns, the fields of a Parquet `salary` struct. One rule for all of them, so that a
 * file converted from one format to another (a CSV export saved as Parquet, a Spark table with
 * `Title` where the NDJSON had `title`) reads the same.
 */

/**
 * A column name as it is compared with a field's: trimmed, in lower case. A spreadsheet's
 * `PostedAt ` and an export's `postedat` both name `postedAt`.
 *
 * @example
 * columnKey(' PostedAt'); // 'postedat'
 */
export const columnKey = (name: string): string => name.trim().toLowerCase();

/**
 * The flat layout, CSV's: the column each listing field (an `input_record` column) is read from,
 * by its key. The four salary columns make the salary; a Parquet file converted from such a CSV
 * file has exactly these columns.
 */
export const FIELD_COLUMNS = {
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
} as const;

export type ListingField = keyof typeof FIELD_COLUMNS;

/** The columns a listing needs, as the documentation names them. */
export const REQUIRED_COLUMNS = ['id', 'title', 'postedAt'] as const;

/** What a message about a missing column adds: "it needs id, title and postedAt". */
export const NEEDS_COLUMNS = `it needs ${REQUIRED_COLUMNS.slice(0, -1).join(', ')} and ${REQUIRED_COLUMNS[REQUIRED_COLUMNS.length - 1]}`;

export interface ColumnMatch {
  /** Each key found, with the place (from 0) of the column it is read from. */
  at: Map<string, number>;
  /** The names of the columns nothing is read from, in file order, as the file spells them. */
  ignored: string[];
}

/**
 * Matches a file's column names to the keys it reads (`columnKey` of each name). When two columns
 * have one key (`Title` and `title`, or `title` and ` title`), the first is read and the later one
 * is named among the ignored columns: the file's order decides, never the spelling.
 *
 * @example
 * matchColumns(['Title', 'title', 'notes'], ['title']); // { at: Map { 'title' => 0 }, ignored: ['title', 'notes'] }
 */
export function matchColumns(names: readonly string[], keys: Iterable<string>): ColumnMatch {
  const wanted = new Set(keys);
  const at = new Map<string, number>();
  const ignored: string[] = [];
  names.forEach((name, i) => {
    const key = columnKey(name);
    if (wanted.has(key) && !at.has(key)) at.set(key, i);
    else ignored.push(name);
  });
  return { at, ignored };
}
