/**
 * Renders in slices, yielding to the browser between them. When one bundle arrives for fifty
 * widgets, or a hub hands it to its nine sections, every element would otherwise render in the same
 * task: one long task that blocks input and paint (Lighthouse's total blocking time). Each queued
 * update runs with its render (the update's `updateComplete`), and once a slice has used about half
 * a frame the rest wait for the next task. Every element already shows a placeholder of its final
 * size, so rendering a few milliseconds later moves nothing on the page.
 */

const SLICE_MS = 8;
const queue: (() => unknown)[] = [];
let scheduled = false;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function schedule(): void {
  scheduled = true;
  try {
    setTimeout(drain, 0);
  } catch {
    // A page that broke its timers still gets its widgets, all at once.
    void Promise.resolve().then(drain);
  }
}

async function drain(): Promise<void> {
  const start = now();
  while (queue.length > 0) {
    const run = queue.shift();
    if (!run) break;
    try {
      await run();
    } catch {
      // One element's failed update never holds back the others (it shows its own error state).
    }
    if (now() - start > SLICE_MS) break;
  }
  if (queue.length > 0) schedule();
  else scheduled = false;
}

/** Runs `update` in a coming slice; it may return a promise (its render) that the slice waits for. */
export function inSlice(update: () => unknown): void {
  queue.push(update);
  if (!scheduled) schedule();
}
