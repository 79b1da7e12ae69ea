import { describeError, errorLine } from '../input/describe-error.js';
import { InputError } from '../input/input-error.js';
import { safePath } from '../report/quote-input.js';
import { sqlString, type Engine } from './engine.js';
import { isGzip, type IngestResult } from './input-record.js';
import { ingestCsv } from './read-csv.js';
import { ingestNdjson } from './read-ndjson.js';
import { ingestParquet } from './read-parquet.js';
import { scanLines, type LineScan } from './scan-lines.js';

export { INPUT_RECORD_TABLE, type IngestResult } from './input-record.js';

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
  throw new InputError(`cannot tell the format of ${safePath(path)}: name it .ndjson, .jsonl, .csv (each optionally .gz) or .parquet`);
}

/**
 * Starts the line scan (see `scanLines`) of every NDJSON and CSV input, one file after another,
 * before the engine is even open: the scan needs only Node's thread pool, so the first one runs
 * while the engine starts. Pass each to `ingest`; a failure surfaces there, never as an unhandled
 * rejection. `signal` stops the scans when the build ends before reading them all.
 */
export function startLineScans(paths: readonly string[], signal?: AbortSignal): Array<Promise<LineScan> | undefined> {
  let previous: Promise<unknown> = Promise.resolve();
  return paths.map((path) => {
    const format = detectFormat(path);
    if (format === 'parquet') return undefined;
    const scan = previous.then(async () => scanLines(path, await isGzip(path), safePath(path), signal, format === 'csv'));
    scan.catch(() => {});
    previous = scan.catch(() => undefined);
    return scan;
  });
}

/**
 * Reads one input file into `input_record`; a file the engine cannot read is an `InputError`.
 * `started` is the file's scan from `startLineScans`; without it the scan starts here.
 */
export async function ingest(
  engine: Engine,
  path: string,
  fileIndex: number,
  label: string,
  started?: Promise<LineScan>,
): Promise<IngestResult & { format: ListingFormat }> {
  const format = detectFormat(path);
  const scan =
    format === 'parquet'
      ? Promise.resolve({ lines: 0, blanks: [], blankCount: 0 })
      : (started ?? scanLines(path, await isGzip(path), label, undefined, format === 'csv'));
  // Settled either way before this returns, so a failed scan is never left unhandled.
  const check = scan.then(
    () => undefined,
    (error: unknown) => error,
  );
  let result: IngestResult;
  try {
    // An NDJSON record is placed by its line, a Parquet one by its row; a CSV one by the line it
    // starts on, or by its row when the file has too many multi-line records to map (read-csv.ts).
    if (format === 'ndjson') result = await ingestNdjson(engine, path, fileIndex, scan);
    else if (format === 'csv') result = await ingestCsv(engine, path, fileIndex, label, scan);
    else result = await ingestParquet(engine, path, fileIndex, label);
    await engine.run(`INSERT INTO input_file VALUES (${fileIndex}, ${sqlString(label)}, ${sqlString(result.placedBy)})`);
  } catch (error) {
    const scanProblem = await check;
    if (scanProblem) throw asInputError(scanProblem, label);
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${label}: ${errorLine(error)}`);
  }
  const scanProblem = await check;
  if (scanProblem) throw asInputError(scanProblem, label);
  return { ...result, format };
}

/** A failed scan as a message naming the file, never a stack trace (a file that became unreadable, say). */
function asInputError(error: unknown, label: string): InputError {
  return error instanceof InputError ? error : new InputError(`cannot read ${label}: ${describeError(error)}`);
}
