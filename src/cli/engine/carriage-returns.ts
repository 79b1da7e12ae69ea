import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { removeOnInterrupt } from '../output/on-interrupt.js';

const CR = 0x0d;
const TAB = 0x09;

/**
 * Runs `read` on an uncompressed copy of an NDJSON file in which every carriage return is a tab;
 * the copy is removed afterwards, or when the build is interrupted.
 *
 * A JSON Lines line ends at a line feed. The engine's text reader also ends one at a carriage
 * return inside it, and reads a file's line ends all one way, so where some lines end CRLF and
 * others LF it finds lines that are not there, and numbers every later line too high. A tab reads
 * as the carriage return does in JSON: white space between tokens and at a line's end, and a
 * control character that makes a string invalid; a line of white space stays blank. So each line
 * of the copy is valid, malformed or blank exactly as in the file, and keeps its number. Only the
 * careful read of a file whose carriage returns are uneven (scan-lines.ts) needs the copy.
 */
export async function withCarriageReturnsAsTabs<T>(path: string, gzip: boolean, read: (copy: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'role-hub-lines-'));
  const kept = removeOnInterrupt(folder);
  try {
    const copy = join(folder, 'listings.ndjson');
    const file = createReadStream(path, { highWaterMark: 1 << 20 });
    const write = createWriteStream(copy);
    await pipeline(gzip ? [file, createGunzip(), tabsForCarriageReturns(), write] : [file, tabsForCarriageReturns(), write]);
    return await read(copy);
  } finally {
    await rm(folder, { recursive: true, force: true });
    kept();
  }
}

/** The stream that makes every carriage return a tab. */
export function tabsForCarriageReturns(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const out = Buffer.from(chunk);
      for (let cr = out.indexOf(CR); cr !== -1; cr = out.indexOf(CR, cr + 1)) out[cr] = TAB;
      done(null, out);
    },
  });
}
