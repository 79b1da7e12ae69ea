import type { Trend } from '../../data/bundle/types.js';

/**
 * Whether the bundle's trend covers enough complete weeks for its test to judge any skill: the last
 * `test.weeks` weeks and the `test.weeks` before them. With fewer, the builder still writes
 * "steady" for every skill, but only as its default: no comparison was made, so no element may
 * present that word (or an arrow, or its absence) as a finding. One rule, read by every element
 * that speaks of a change in demand, so the FAQ and the chart never disagree.
 *
 * @example
 * trendJudged({ weeks: ['2024-W41', …six weeks], test: { weeks: 4, … } }); // false: 6 < 2 × 4
 */
export function trendJudged(trend: Pick<Trend, 'weeks' | 'test'>): boolean {
  return trend.weeks.length >= 2 * trend.test.weeks;
}

/** Why no change is shown with too few weeks, in the words of every element that says so. */
export const TOO_FEW_WEEKS = 'too few complete weeks to say whether demand for any skill is changing';
