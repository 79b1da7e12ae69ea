import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../input/input-error.js';

/** What one pass over a text file's lines found. */
export interface LineScan {
  /** Lines, a last line without a line break included. */
  lines: number;
  /** Numbers of the blank (or white-space-only) lines, or null past `MAX_NOTED_LINES`. */
  blanks: number[] | null;
  blankCount: number;
  /**
   * NDJSON only: whether a carriage return does anything but end every line (CRLF throughout): one
   * inside a line, or CRLF ending some lines and LF others. A line ends at a line feed (JSON Lines),
   * and the engine's text reader would split or renumber lines there (read-ndjson.ts).
   */
  unevenCarriageReturns?: boolean;
  /**
   * NDJSON only: the lines holding U+0001, which the text reader splits a line at (read-ndjson.ts)
   * and no JSON text holds unescaped; empty in nearly every file.
   */
  startOfHeadingLines?: number[];
  /** NDJSON only: whether a line reaches `MAX_LINE_BYTES`, which the text reader refuses. */
  overlongLine?: boolean;
  /** CSV only: what the file's quoting does to its lines (see `CsvLines`). */
  csv?: CsvLines;
}

/**
 * Where a CSV file's records start, by RFC 4180's quoting: a line break inside a quoted field
 * continues the record, and a record still in quotes at the end of the file is broken. The
 * engine's CSV reader numbers records, not lines, and drops such a last record without a word;
 * these say which line each record starts on, and that it was there.
 */
export interface CsvLines {
  /** Lines that continue a record begun on an earlier line, or null past `MAX_NOTED_LINES`. */
  continued: number[] | null;
  /** The line a record starts on whose quoted field is never closed, or null. */
  unclosedFrom: number | null;
  /**
   * The blank lines as the reader numbers lines (counting blank ones, not those inside quoted
   * fields), as runs of [first, count], or null past `MAX_NOTED_LINES` runs: what turns its
   * numbers into data rows. Runs, so that a block of blank lines is one entry, however long.
   */
  blankRunsRead: [number, number][] | null;
  /**
   * In a file whose lines end in LF or CRLF, the first line with a carriage return outside quotes
   * that ends no line (no line feed after it), or null.
   */
  bareCarriageReturnLine: number | null;
  /** The first line whose end differs from the first line's, or null. */
  mixedLineEnds: MixedLineEnds | null;
}

/** A line that ends otherwise than the first line of its file. */
export interface MixedLineEnds {
  line: number;
  /** How the first line ends. */
  first: LineEnd;
  /** How this line ends. */
  end: LineEnd;
}

/**
 * Line numbers a scan keeps of each kind (blank, continued). Past it an NDJSON file is read the
 * careful way, and a CSV file's records are named by data row instead of line.
 */
const MAX_NOTED_LINES = 100_000;

/** Read and inflate a megabyte at a time: with the streams' 16–64 KB default the scan costs half again as much. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads a text file (decompressing gzip) to its end in Node, while the engine reads it too: counts
 * its lines and notes its blank ones, and throws if gzip data is corrupt or cut short — the
 * engine's reader stops quietly at a truncated stream, which would lose listings without a word —
 * or if the file is UTF-16.
 * It runs on Node's thread pool, beside the engine, so it costs little time. `signal` stops it.
 */
export async function scanLines(path: string, gzip: boolean, label: string, signal?: AbortSignal, csv = false): Promise<LineScan> {
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
  let bareCarriageReturns = 0;
  let lineEndingCarriageReturns = 0;
  // A carriage return at a chunk's end: bare unless the next chunk starts with a line feed.
  let carriageReturnAtEnd = false;
  let first = true;
  const startOfHeadingLines: number[] = [];
  // Whether the line still open at the last chunk's end holds U+0001.
  let lineHasStartOfHeading = false;
  let overlongLine = false;
  // Bytes of the line still open at the last chunk's end.
  let lineBytes = 0;
  const csvLines = csv ? new CsvLineCounter() : null;
  const counter = new Writable({
    highWaterMark: CHUNK_BYTES,
    write(chunk: Buffer, _encoding, done) {
      const firstChunk = first;
      if (first) {
        first = false;
        // A UTF-16 byte order mark (what Windows PowerShell writes by default): every line would be
        // a malformed record, so the file is refused with what to do instead.
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          done(new InputError(`cannot read ${label}: it is UTF-16 text; save it as UTF-8, which is what role-hub reads`));
          return;
        }
      }
      if (csvLines) {
        // A UTF-8 byte order mark is no part of the first line (read-csv.ts drops it from the
        // header too): a file of it alone is empty, and a quote just after it opens a quoted name.
        const bom = firstChunk && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
        csvLines.write(bom ? chunk.subarray(3) : chunk);
        done();
        return;
      }
      if (carriageReturnAtEnd) {
        if (chunk[0] === 0x0a) lineEndingCarriageReturns += 1;
        else bareCarriageReturns += 1;
      }
      carriageReturnAtEnd = false;
      for (let cr = chunk.indexOf(0x0d); cr !== -1; cr = chunk.indexOf(0x0d, cr + 1)) {
        if (cr === chunk.length - 1) carriageReturnAtEnd = true;
        else if (chunk[cr + 1] !== 0x0a) bareCarriageReturns += 1;
        else lineEndingCarriageReturns += 1;
      }
      let from = 0;
      // One native search a chunk: a file without U+0001 costs nothing more.
      let soh = chunk.indexOf(START_OF_HEADING);
      for (let end = chunk.indexOf(0x0a, from); end !== -1; end = chunk.indexOf(0x0a, from)) {
        lines += 1;
        if (lineBytes + end - from >= MAX_LINE_BYTES) overlongLine = true;
        lineBytes = 0;
        if (lineHasStartOfHeading || (soh !== -1 && soh < end)) {
          if (startOfHeadingLines.push(lines) > MAX_NOTED_LINES) {
            done(
              new InputError(
                `cannot read ${label}: more than ${MAX_NOTED_LINES.toLocaleString('en-US')} of its lines hold U+0001, so it is no NDJSON file`,
              ),
            );
            return;
          }
          lineHasStartOfHeading = false;
          if (soh !== -1 && soh < end) soh = chunk.indexOf(START_OF_HEADING, end + 1);
        }
        if (!lineHasText && !hasText(chunk, from, end)) {
          blankCount += 1;
          if (blanks && blanks.push(lines) > MAX_NOTED_LINES) blanks = null;
        }
        lineHasText = false;
        pendingChars = false;
        from = end + 1;
      }
      if (from < chunk.length) {
        pendingChars = true;
        lineHasText ||= hasText(chunk, from, chunk.length);
        lineHasStartOfHeading ||= soh !== -1;
        lineBytes += chunk.length - from;
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
  if (csvLines) return csvLines.end();
  if (carriageReturnAtEnd) bareCarriageReturns += 1;
  // Carriage returns and not one line feed (`lines` has counted line feeds so far): a file in
  // classic Mac OS's line endings, which would be one line of many listings.
  if (bareCarriageReturns > 0 && lines === 0) {
    throw new InputError(
      `cannot read ${label}: its lines end with a carriage return alone (as classic Mac OS wrote them); NDJSON lines end with a line feed, so convert it first (for example: tr '\\r' '\\n')`,
    );
  }
  if (pendingChars) {
    lines += 1;
    if (!lineHasText) blankCount += 1;
    if (!lineHasText && blanks) blanks.push(lines);
    if (lineHasStartOfHeading) startOfHeadingLines.push(lines);
    if (lineBytes >= MAX_LINE_BYTES) overlongLine = true;
  }
  const lineFeeds = pendingChars ? lines - 1 : lines;
  const unevenCarriageReturns = bareCarriageReturns > 0 || (lineEndingCarriageReturns > 0 && lineEndingCarriageReturns < lineFeeds);
  return { lines, blanks, blankCount, unevenCarriageReturns, startOfHeadingLines, overlongLine };
}

/**
 * The text readers' line limit (8 MiB), CSV's and NDJSON's careful one: a line of this many bytes
 * or more (a carriage return before its line feed counted) is a malformed record. NDJSON's typed
 * reader takes any length, so a file with such a line is read the careful way, and the line gets
 * the same verdict whatever else the file holds.
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** U+0001, the byte the NDJSON text reader splits lines at. */
const START_OF_HEADING = 0x01;
const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/** How a line ends: a line feed, a carriage return and a line feed, or a carriage return alone. */
export type LineEnd = 'LF' | 'CRLF' | 'CR';

/**
 * Follows a CSV file's quoting byte by byte, as the engine's reader does (RFC 4180): a quote opens a
 * quoted field only at a field's start, a doubled quote inside one is a quote, and a line break
 * inside one continues the record. A blank line is an empty one, which the reader skips; a line of
 * spaces is a record, which it refuses.
 *
 * A line ends at a line feed, at a carriage return and a line feed (one line end, not two), and, in
 * a file whose first line ends so (classic Mac OS), at a carriage return alone. The reader reads a
 * file's line ends all one way; in a file whose lines end in LF or CRLF a carriage return alone is
 * text inside quotes and, outside them, a character it cannot read.
 */
class CsvLineCounter {
  #line = 1;
  #recordStart = 1;
  #inQuotes = false;
  #afterQuote = false;
  #fieldStart = true;
  #lineEmpty = true;
  #blanks: number[] | null = [];
  #blankCount = 0;
  #continued: number[] | null = [];
  #readLine = 1;
  #blankRunsRead: [number, number][] | null = [];
  /**
   * The last byte was a carriage return, not yet read: whether it ends a line on its own depends
   * on the byte after it, which may be in the next chunk.
   */
  #pendingCr = false;
  #bareCrLine: number | null = null;
  /** How the first line ended (null before it ended), and where a line first ended otherwise. */
  #firstEnd: LineEnd | null = null;
  #mixed: MixedLineEnds | null = null;

  write(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (this.#pendingCr) {
        this.#pendingCr = false;
        if (byte === LF) {
          this.#lineEnd('CRLF');
          continue;
        }
        this.#loneCarriageReturn();
      }
      if (byte === CR) this.#pendingCr = true;
      else if (byte === LF) this.#lineEnd('LF');
      else if (this.#inQuotes) {
        if (byte === QUOTE) {
          this.#inQuotes = false;
          this.#afterQuote = true;
        }
      } else if (byte === QUOTE) {
        // A doubled quote inside a quoted field, or a quote opening one.
        if (this.#afterQuote || this.#fieldStart) this.#inQuotes = true;
        this.#afterQuote = false;
        this.#fieldStart = false;
        this.#lineEmpty = false;
      } else {
        this.#afterQuote = false;
        // Spaces before a field's opening quote leave it a quoted field, as the reader reads it.
        this.#fieldStart = byte === COMMA || (this.#fieldStart && byte === SPACE);
        this.#lineEmpty = false;
      }
    }
  }

  /** A carriage return with no line feed after it: a line end in a file of CR line ends, else no line end. */
  #loneCarriageReturn(): void {
    if (this.#firstEnd === null || this.#firstEnd === 'CR') this.#lineEnd('CR');
    // Outside quotes the reader cannot read it (the message is in read-csv.ts); inside, it is text.
    else if (!this.#inQuotes) this.#bareCrLine ??= this.#line;
  }

  #lineEnd(end: LineEnd): void {
    if (this.#inQuotes) {
      this.#line += 1;
      if (this.#continued && this.#continued.push(this.#line) > MAX_NOTED_LINES) this.#continued = null;
      return;
    }
    // The reader cannot read a file whose lines end more than one way (the message is in read-csv.ts).
    this.#firstEnd ??= end;
    if (end !== this.#firstEnd) this.#mixed ??= { line: this.#line, first: this.#firstEnd, end };
    if (this.#lineEmpty) {
      this.#blankCount += 1;
      if (this.#blanks && this.#blanks.push(this.#line) > MAX_NOTED_LINES) this.#blanks = null;
      const runs = this.#blankRunsRead;
      const last = runs?.[runs.length - 1];
      if (last && last[0] + last[1] === this.#readLine) last[1] += 1;
      else if (runs && runs.push([this.#readLine, 1]) > MAX_NOTED_LINES) this.#blankRunsRead = null;
    }
    this.#line += 1;
    this.#readLine += 1;
    this.#recordStart = this.#line;
    this.#afterQuote = false;
    this.#fieldStart = true;
    this.#lineEmpty = true;
  }

  end(): LineScan {
    if (this.#pendingCr) {
      this.#pendingCr = false;
      this.#loneCarriageReturn();
    }
    // A last line without a line break is a line; an empty one after the last break is not.
    const lines = this.#lineEmpty && !this.#inQuotes ? this.#line - 1 : this.#line;
    return {
      lines,
      blanks: this.#blanks,
      blankCount: this.#blankCount,
      csv: {
        continued: this.#continued,
        unclosedFrom: this.#inQuotes ? this.#recordStart : null,
        blankRunsRead: this.#blankRunsRead,
        bareCarriageReturnLine: this.#bareCrLine,
        mixedLineEnds: this.#mixed,
      },
    };
  }
}
