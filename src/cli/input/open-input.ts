import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { describeError } from './describe-error';
import { InputError } from './input-error';

export interface OpenedInput {
  /** The file's text, decompressed when it is gzip, decoded as UTF-8. */
  stream: Readable;
  /** Size of the file on disk, and how much of it has been read so far (for progress). */
  size: number;
  bytesRead(): number;
}

/**
 * Opens a listing file for streaming. Gzip is recognised by its magic bytes (1f 8b), whatever the
 * name says. A missing or unreadable file, or a directory, is an `InputError` with a clear message.
 */
export async function openInput(path: string): Promise<OpenedInput> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${describeError(error)}`);
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    throw new InputError(`cannot read ${path}: not a file`);
  }
  const head = Buffer.alloc(2);
  const { bytesRead: headBytes } = await handle.read(head, 0, 2, 0);
  const gzip = headBytes === 2 && head[0] === 0x1f && head[1] === 0x8b;
  const raw = handle.createReadStream({ start: 0, autoClose: true });
  let read = 0;
  raw.on('data', (chunk: Buffer | string) => {
    read += chunk.length;
  });
  let stream: Readable = raw;
  if (gzip) {
    const gunzip = createGunzip();
    raw.on('error', (error) => gunzip.destroy(error));
    stream = raw.pipe(gunzip);
    stream.on('error', () => raw.destroy());
  }
  stream.setEncoding('utf8');
  return { stream, size: stat.size, bytesRead: () => read };
}
