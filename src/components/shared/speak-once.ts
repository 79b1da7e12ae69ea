/** When each alert sentence was last announced, page-wide. */
const lastSpoken = new Map<string, number>();

/**
 * Whether an alert sentence is to be announced: false when the same sentence was announced
 * within the last second, by this element or another. Ten widgets that fail on one bundle fail
 * together, and a screen reader should say so once, not ten times; each still shows its sentence.
 */
export function speakOnce(text: string): boolean {
  const now = Date.now();
  if (now - (lastSpoken.get(text) ?? -Infinity) < 1000) return false;
  lastSpoken.set(text, now);
  return true;
}
