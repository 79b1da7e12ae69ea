/** The first failed write to the streams a command writes its output to. */
export interface WriteWatch {
  /** The first failure so far, or undefined. */
  readonly failure: NodeJS.ErrnoException | undefined;
  /**
   * The first failure, once the writes made so far have had their turn to fail: a write to a pipe
   * or a file that fails at once reports it on the next turn of the event loop.
   */
  settled(): Promise<NodeJS.ErrnoException | undefined>;
}

/**
 * Notes a failed write to any of `streams` instead of letting it crash the process (an 'error'
 * event with no listener throws, after the command may have done all its work). The listener
 * stays for the life of the process, so a failure reported after the command returns is noted
 * too, and never thrown.
 *
 * @example
 * const writes = watchWrites(io.stdout);
 * io.stdout.write(report);
 * const failure = await writes.settled();
 * if (failure && !isClosedPipe(failure)) throw new InputError(`cannot write the report: ${failure.message}`);
 */
export function watchWrites(...streams: NodeJS.EventEmitter[]): WriteWatch {
  let failure: NodeJS.ErrnoException | undefined;
  for (const stream of streams) stream.on('error', (error: NodeJS.ErrnoException) => (failure ??= error));
  return {
    get failure() {
      return failure;
    },
    async settled() {
      await new Promise((resolve) => setImmediate(resolve));
      return failure;
    },
  };
}

/**
 * Whether a write failed because the reader closed the pipe: `role-hub … | head` stops reading
 * early, and the command ends its output there without a word, as `yes | head` does.
 */
export function isClosedPipe(error: NodeJS.ErrnoException | undefined): boolean {
  return error?.code === 'EPIPE';
}
