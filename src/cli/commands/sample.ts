import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { describeError } from '../input/describe-error.js';
import { InputError } from '../input/input-error.js';
import type { Io } from '../io.js';
import { isClosedPipe, watchWrites } from '../output/watch-writes.js';
import { sampleListings } from '../sample/sample-listings.js';
import { UsageError } from '../usage-error.js';
import { parseIsoMoment } from './iso-moment.js';

function parse(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        count: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        end: { type: 'string', default: '2026-10-25' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!/^\d+$/.test(values.count)) throw new UsageError(`--count must be a whole number, not "${values.count}"`);
  if (!/^-?\d+$/.test(values.seed)) throw new UsageError(`--seed must be a whole number, not "${values.seed}"`);
  // A date alone: the sample's last day.
  const end = /^\d{4}-\d{2}-\d{2}$/.test(values.end) ? parseIsoMoment(values.end) : null;
  if (end === null) throw new UsageError(`--end must be a date like 2026-10-25, not "${values.end}"`);
  return { count: Number(values.count), seed: Number(values.seed), out: values.out, end };
}

/** `role-hub sample`: writes synthetic NDJSON listings to stdout or `--out` (gzip when it ends in .gz). */
export async function sampleCommand(argv: string[], io: Io): Promise<number> {
  const options = parse(argv);
  let sink: Writable = io.stdout as Writable;
  let file: Writable | undefined;
  if (options.out) {
    try {
      await mkdir(dirname(options.out), { recursive: true });
    } catch (error) {
      throw new InputError(`cannot write ${options.out}: ${describeError(error)}`);
    }
    const stream = createWriteStream(options.out);
    file = stream;
    const failed = new Promise<never>((_, reject) =>
      stream.once('error', (e) => reject(new InputError(`cannot write ${options.out}: ${e.message}`))),
    );
    failed.catch(() => undefined);
    await Promise.race([once(file, 'open'), failed]);
    sink = options.out.endsWith('.gz') ? createGzip() : file;
    if (sink !== file) sink.pipe(file);
  }
  // A reader that stops early (`role-hub sample | head`) closes the pipe: the sample ends there
  // without a word, as `yes | head` does. Any other failure to write is said once.
  const writes = watchWrites(sink, ...(file && file !== sink ? [file] : []));
  let batch = '';
  for (const { listing } of sampleListings(options)) {
    batch += `${JSON.stringify(listing)}\n`;
    if (batch.length > 1 << 16) {
      // Respect back-pressure so a million listings never pile up in memory.
      // A failure ends the wait too (`once` rejects on it); `writes` has noted it.
      if (!sink.write(batch)) await once(sink, 'drain').catch(() => undefined);
      batch = '';
      if (writes.failure) break;
    }
  }
  if (batch && !writes.failure) sink.write(batch);
  if (file) {
    if (!writes.failure) sink.end();
    else sink.destroy();
    // Settles once the file is written and closed, or has failed, also when that already happened.
    await finished(file).catch(() => undefined);
  }
  // Written to stdout, the last writes' failure (a full disk behind `> file`) comes a turn later.
  const broken = file ? writes.failure : await writes.settled();
  if (broken && !(isClosedPipe(broken) && !file))
    throw new InputError(`cannot write ${options.out ?? 'the sample'}: ${describeError(broken)}`);
  return 0;
}
