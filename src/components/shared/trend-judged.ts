import type { MentionCount, Trend } from '../../data/bundle/types.js';
import { testSides } from '../../data/bundle/trend-sides.js';
import { formatCount } from './format.js';

type Judged = Pick<Trend, 'weeks' | 'skillTotals' | 'test'>;

/**
 * Why the bundle's trend cannot speak of any change, or null when its test could judge a skill.
 * It needs the last `test.weeks` complete weeks and the `test.weeks` before them, and on each side
 * at least `test.minMentions` listings that carry skills: with fewer, no skill can have that many
 * mentions there, and a share of a handful of listings is no level to measure a change from. Then
 * the builder still writes "steady" for every skill, but only as its default: no comparison was
 * made, so no element may present that word (or an arrow, a change, or their absence) as a
 * finding. One rule, read by every element that speaks of a change in demand, so the FAQ and the
 * chart never disagree.
 *
 * @example
 * trendUnjudged({ weeks: [six weeks], test: { weeks: 4, … }, … }, 'en-US'); // "too few complete weeks to say …"
 */
export function trendUnjudged(trend: Judged, locale: string): string | null {
  const { weeks, test } = trend;
  if (weeks.length < 2 * test.weeks) return TOO_FEW_WEEKS;
  const [recent, earlier] = testSides(trend.skillTotals, test.weeks);
  if (Math.min(recent, earlier) >= test.minMentions) return null;
  const w = formatCount(test.weeks, locale);
  const side = recent < earlier ? `the last ${w} weeks` : `the ${w} weeks before the last ${w}`;
  return `too few listings that list skills to say whether demand for any skill is changing (${formatCount(Math.min(recent, earlier), locale)} in ${side}; at least ${formatCount(test.minMentions, locale)} a side needed)`;
}

/** Why no change is shown with too few weeks, in the words of every element that says so. */
export const TOO_FEW_WEEKS = 'too few complete weeks to say whether demand for any skill is changing';

/**
 * Whether the test could judge one skill: at least `minMentions` mentions on each side. Below
 * that the builder's "steady" is again its default, so an element says the skill was too little
 * mentioned to test rather than that its demand held.
 */
export function skillTested(recent: MentionCount, earlier: MentionCount, test: Pick<Trend['test'], 'minMentions'>): boolean {
  return Math.min(recent.mentions, earlier.mentions) >= test.minMentions;
}
