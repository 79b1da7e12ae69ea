/** A short, readable reason for a file system or gzip error ("no such file", "permission denied"…). */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'not a file';
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return `the gzip data is corrupt or cut short (${(error as Error).message})`;
  }
  return error instanceof Error ? error.message : String(error);
}
