import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../input/input-error.js';

/** What one pass over a text file's lines found. */
export interface LineScan {
  /** Lines, a last line without a line break included. */
  lines: number;
  /** Numbers of the blank (or white-space-only) lines, or null past `MAX_BLANKS`. */
  blanks: number[] | null;
  blankCount: number;
}

const MAX_BLANKS = 10_000;

/** Read and inflate a megabyte at a time: with the streams' 16–64 KB default the scan costs half again as much. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads a text file (decompressing gzip) to its end in Node, while the engine reads it too: counts
 * its lines and notes its blank ones, and throws if gzip data is corrupt or cut short — the
 * engine's reader stops quietly at a truncated stream, which would lose listings without a word —
 * or if the file is UTF-16.
 * It runs on Node's thread pool, beside the engine, so it costs little time. `signal` stops it.
 */
export async function scanLines(path: string, gzip: boolean, label: string, signal?: AbortSignal): Promise<LineScan> {
  let lines = 0;
  let blankCount = 0;
  let blanks: number[] | null = [];
  let lineHasText = false;
  let pendingChars = false;
  // Spaces, tabs and carriage returns leave a line blank; a listing's line starts with "{", so
  // the look for text mostly stops at the first byte, and native indexOf finds the line breaks.
  const hasText = (chunk: Buffer, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const byte = chunk[i];
      if (byte !== undefined && byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return true;
    }
    return false;
  };
  let first = true;
  const counter = new Writable({
    highWaterMark: CHUNK_BYTES,
    write(chunk: Buffer, _encoding, done) {
      if (first) {
        first = false;
        // A UTF-16 byte order mark (what Windows PowerShell writes by default): every line would be
        // a malformed record, so the file is refused with what to do instead.
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          done(new InputError(`cannot read ${label}: it is UTF-16 text; save it as UTF-8, which is what role-hub reads`));
          return;
        }
      }
      let from = 0;
      for (let end = chunk.indexOf(0x0a, from); end !== -1; end = chunk.indexOf(0x0a, from)) {
        lines += 1;
        if (!lineHasText && !hasText(chunk, from, end)) {
          blankCount += 1;
          if (blanks && blanks.push(lines) > MAX_BLANKS) blanks = null;
        }
        lineHasText = false;
        pendingChars = false;
        from = end + 1;
      }
      if (from < chunk.length) {
        pendingChars = true;
        lineHasText ||= hasText(chunk, from, chunk.length);
      }
      done();
    },
  });
  try {
    const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
    await pipeline(gzip ? [file, createGunzip({ chunkSize: CHUNK_BYTES }), counter] : [file, counter], { signal });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('Z_') || code === 'ERR_STREAM_PREMATURE_CLOSE' || /unexpected end/i.test((error as Error).message)) {
      throw new InputError(`cannot read ${label}: the gzip data is corrupt or cut short (${(error as Error).message})`);
    }
    throw error;
  }
  if (pendingChars) {
    lines += 1;
    if (!lineHasText) blankCount += 1;
    if (!lineHasText && blanks) blanks.push(lines);
  }
  return { lines, blanks, blankCount };
}
