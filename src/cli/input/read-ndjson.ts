import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RecordSink } from './record-sink';

/**
 * Reads NDJSON (one JSON value per line) from a text stream, line by line, without holding more
 * than one line. A line that is not valid JSON goes to `sink.malformed` with its line number;
 * blank lines are skipped (they are not records). Resolves with the number of blank lines.
 */
export async function readNdjson(stream: Readable, sink: RecordSink): Promise<{ blank: number }> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let blank = 0;
  for await (let text of lines) {
    line += 1;
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (!text.trim()) {
      blank += 1;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      sink.malformed(line, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    sink.record(value, line);
  }
  return { blank };
}
