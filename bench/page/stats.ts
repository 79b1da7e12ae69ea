/** Small helpers for benchmark numbers. */
// @ts-expect-error plain JS build helpers
import { kb as kbOf } from '../../scripts/build/sizes.js';

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Bytes as the build and `npm test` print them (one KB = 1,024 bytes). */
export const kb: (bytes: number) => string = kbOf;
export const ms = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '–');

/** A plain-text table with aligned columns, as the bench prints it (also valid Markdown). */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}
