import { safePath } from '../report/quote-input.js';

/** A short, readable reason for a file system or gzip error ("no such file", "permission denied"…). */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'not a file';
  // What making a folder says when part of its path is a file.
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return `the gzip data is corrupt or cut short (${(error as Error).message})`;
  }
  return errorLine(error);
}

/**
 * The first line of an error's message, with control characters escaped as in file names
 * (`safePath`): the engine's messages quote file names and values as they are, and a name a glob
 * picked up may hold an escape sequence that would repaint the terminal.
 */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return safePath(message.split('\n')[0] ?? '');
}
