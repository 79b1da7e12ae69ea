import { formatCount } from './format-table';

export interface Progress {
  update(records: number, bytesDone: number): void;
  done(): void;
}

/** Inputs this large (bytes on disk) show progress even when stderr is not a terminal. */
export const LARGE_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * Progress on stderr while a build reads its inputs: on a terminal, one line rewritten at most
 * four times a second; otherwise (a log file, CI) a plain line every ten seconds, and only for
 * large inputs so small builds stay quiet.
 */
export function createProgress(stream: NodeJS.WriteStream, totalBytes: number, force?: boolean): Progress {
  const tty = Boolean(stream.isTTY);
  const enabled = force ?? (tty || totalBytes >= LARGE_INPUT_BYTES);
  const interval = tty ? 250 : 10_000;
  let last = Date.now();
  let shown = false;
  const text = (records: number, bytesDone: number) => {
    const pct = totalBytes > 0 ? ` (${Math.min(100, Math.floor((bytesDone / totalBytes) * 100))}% of input)` : '';
    return `role-hub: ${formatCount(records)} records read${pct}`;
  };
  return {
    update(records, bytesDone) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < interval) return;
      last = now;
      shown = true;
      stream.write(tty ? `\r${text(records, bytesDone)}\x1b[K` : `${text(records, bytesDone)}\n`);
    },
    done() {
      if (shown && tty) stream.write('\r\x1b[K');
    },
  };
}

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
