/**
 * The two sides of a trend's test: `perWeek` (one value a week, oldest first) summed over the last
 * `weeks` weeks and over the `weeks` before them. `weeks` is at least 1.
 *
 * @example
 * testSides([1, 2, 3, 4, 5], 2); // [9, 5]
 */
export function testSides(perWeek: readonly number[], weeks: number): [recent: number, earlier: number] {
  const sum = (from: number, to?: number) => perWeek.slice(from, to).reduce((a, b) => a + b, 0);
  return [sum(-weeks), sum(-2 * weeks, -weeks)];
}
