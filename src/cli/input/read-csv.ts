import type { Readable } from 'node:stream';
import { CsvParser, type CsvRow } from './csv-parser';
import { CSV_COLUMNS, CSV_REQUIRED, csvListing } from './csv-listing';
import { InputError } from './input-error';
import type { RecordSink } from './record-sink';

/**
 * Reads listings from CSV with a header row, streaming. A row with the wrong number of fields or
 * broken quoting goes to `sink.malformed` with its line number. A header without the required
 * columns (id, title, postedAt) stops the build with an `InputError`. Resolves with the header
 * columns that were not recognised (they are ignored).
 */
export async function readCsv(stream: Readable, sink: RecordSink, name: string): Promise<{ ignoredColumns: string[] }> {
  const parser = new CsvParser();
  let header: Array<string | undefined> | undefined;
  let ignoredColumns: string[] = [];
  const take = (row: CsvRow) => {
    if (!header) {
      const known = new Map(CSV_COLUMNS.map((c) => [c.toLowerCase(), c as string]));
      header = row.fields.map((f) => known.get(f.trim().toLowerCase()));
      ignoredColumns = row.fields.filter((_, i) => !header![i]).map((f) => f.trim());
      const missing = CSV_REQUIRED.filter((c) => !header!.includes(c));
      if (missing.length) throw new InputError(`${name}: the CSV header has no ${missing.join(', ')} column (line ${row.line})`);
      return;
    }
    if (row.error) return sink.malformed(row.line, `broken CSV row: ${row.error}`);
    if (row.fields.length !== header.length) {
      return sink.malformed(row.line, `CSV row has ${row.fields.length} fields, the header has ${header.length}`);
    }
    const cells = new Map<string, string>();
    header.forEach((column, i) => {
      if (column) cells.set(column, row.fields[i]);
    });
    sink.record(csvListing(cells), row.line);
  };
  for await (const chunk of stream) for (const row of parser.push(chunk as string)) take(row);
  for (const row of parser.end()) take(row);
  if (!header) throw new InputError(`${name}: the CSV file is empty (it needs a header row)`);
  return { ignoredColumns };
}
