import { InputError } from '../input/input-error.js';

/**
 * A build the engine ran out of memory on, as a message about the limit rather than the input:
 * the engine's own text names no setting role-hub has, and failing while a file is read it would
 * read as that file's fault. Anything else is returned as it is.
 */
export function asOutOfMemory(error: unknown, memoryLimit: string): unknown {
  if (!(error instanceof Error) || !error.message.includes('Out of Memory Error')) return error;
  return new InputError(
    `the engine ran out of memory within its limit of ${memoryLimit}; the previous output is unchanged. ` +
      'Give it more with --memory-limit (for example --memory-limit 2GB), or use fewer threads with --threads 1.',
  );
}
