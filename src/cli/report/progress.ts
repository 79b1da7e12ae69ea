/** Inputs this large (bytes on disk) show progress even when stderr is not a terminal. */
export const LARGE_INPUT_BYTES = 64 * 1024 * 1024;

export interface Stages {
  step(what: string): void;
  done(): void;
}

/**
 * Progress on stderr while the engine works: one line per stage with the time since the start,
 * on a terminal or for inputs of 64 MB or more (or when forced), so small builds stay quiet.
 */
export function createStages(stream: NodeJS.WriteStream, totalBytes: number, force?: boolean): Stages {
  const enabled = force ?? (Boolean(stream.isTTY) || totalBytes >= LARGE_INPUT_BYTES);
  const start = Date.now();
  const seconds = () => ((Date.now() - start) / 1000).toFixed(1);
  return {
    step(what) {
      if (enabled) stream.write(`role-hub: ${seconds()} s: ${what}\n`);
    },
    done() {
      if (enabled) stream.write(`role-hub: ${seconds()} s: done\n`);
    },
  };
}
