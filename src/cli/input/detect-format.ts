import { InputError } from './input-error';

export type ListingFormat = 'ndjson' | 'csv';

/**
 * The listing format of a file, from its name: `.ndjson`, `.jsonl` or `.json` → NDJSON, `.csv` →
 * CSV, each optionally followed by `.gz`. Whether the bytes are gzip is decided from the bytes.
 */
export function detectFormat(path: string): ListingFormat {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(?:ndjson|jsonl|json)$/.test(name)) return 'ndjson';
  if (name.endsWith('.csv')) return 'csv';
  throw new InputError(`cannot tell the format of ${path}: name it .ndjson, .jsonl or .csv (optionally .gz)`);
}
