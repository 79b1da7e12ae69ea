/** When each status or alert sentence was last due to be announced, page-wide. */
const lastDue = new Map<string, number>();

/**
 * Whether a status or alert sentence is to be announced: false when another element was due to
 * announce the same sentence within the last second. Ten widgets that fail on one bundle fail
 * together, and a screen reader should say so once, not ten times; each still shows its sentence.
 */
export function speakOnce(text: string): boolean {
  const now = Date.now();
  const last = lastDue.get(text) ?? -Infinity;
  lastDue.set(text, now);
  return now - last > 1000;
}
