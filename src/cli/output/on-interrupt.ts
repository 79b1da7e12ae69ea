import { rmSync } from 'node:fs';

/** Folders to remove if the process is stopped (Ctrl-C, or a kill) before the build ends. */
const pending = new Set<string>();
let listening = false;

/**
 * Removes `dir` should the process be interrupted before the returned function is called: an
 * interrupted build is a failed build, and leaves no temporary folder behind (a failed write, or a
 * finished build, removes its own). Signals end the process as a shell expects, 128 + signal.
 */
export function removeOnInterrupt(dir: string): () => void {
  if (!listening) {
    listening = true;
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => {
        for (const path of pending) rmSync(path, { recursive: true, force: true });
        process.exit(code);
      });
    }
  }
  pending.add(dir);
  return () => pending.delete(dir);
}
