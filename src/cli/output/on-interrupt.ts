import { existsSync, renameSync, rmSync } from 'node:fs';

/** What to undo if the process is stopped (Ctrl-C, a kill, a closed terminal) before the build ends. */
const pending = new Set<() => void>();
let listening = false;

/**
 * Runs `undo` (synchronously) should the process be interrupted before the returned function is
 * called: an interrupted build is a failed build, and leaves the previous output as it was and no
 * temporary folder behind. Signals end the process as a shell expects, 128 + the signal's number.
 */
export function onInterrupt(undo: () => void): () => void {
  if (!listening) {
    listening = true;
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      // A closed terminal or a dropped connection.
      ['SIGHUP', 129],
    ] as const) {
      process.once(signal, () => {
        for (const step of pending) {
          try {
            step();
          } catch {
            // The engine may still be writing a spill file; the next step and the exit go on.
          }
        }
        process.exit(code);
      });
    }
  }
  pending.add(undo);
  return () => pending.delete(undo);
}

/** `onInterrupt` for a temporary folder: removes it. */
export const removeOnInterrupt = (dir: string) => onInterrupt(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `onInterrupt` for the swap of an output folder, where `dir` is renamed to `retired` and the new
 * set takes its place: a stop between the two renames puts the previous output back; a stop after
 * them removes it, as the build would have.
 */
export const restoreOnInterrupt = (dir: string, retired: string) =>
  onInterrupt(() => {
    if (!existsSync(retired)) return;
    if (existsSync(dir)) rmSync(retired, { recursive: true, force: true });
    else renameSync(retired, dir);
  });
