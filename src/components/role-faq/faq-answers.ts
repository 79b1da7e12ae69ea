import type { RoleBundle } from '../../data/bundle/types.js';
import { andList, formatCount, formatMoney, formatMonthRange, formatPercent, formatYear } from '../shared/format.js';
import { LEVEL_LABELS, statedSeniority } from '../shared/levels.js';
import { skillShare } from '../shared/skill-share.js';
import { enoughSalaries } from '../../data/bundle/pay-floor.js';
import { salaries, tooFewSalaries, USABLE_YEARLY_SALARY } from '../shared/salary-words.js';
import { skillTested, trendUnjudged } from '../shared/trend-judged.js';
import { withArticle } from './role-title.js';
import { inMarket } from '../shared/in-market.js';

/** One question and its answer, as plain text: the same words go on the page and into JSON-LD. */
export interface FaqEntry {
  question: string;
  answer: string;
}

function listings(n: number, locale: string, adjective = ''): string {
  return `${formatCount(n, locale)}${adjective ? ` ${adjective}` : ''} ${n === 1 ? 'listing' : 'listings'}`;
}

/** "posted Sep–Dec 2024": the bundle's data window, never a clock. */
function posted(bundle: RoleBundle, locale: string): string {
  const months = formatMonthRange(bundle.provenance.window.from, bundle.provenance.window.to, locale);
  return months ? `posted ${months}` : '';
}

/**
 * Where the listings are, to follow "listings": " in the United States" for one market; " from all
 * markets in the data" for an all-markets view that pools them (several countries, or one and
 * listings that name none), because search engines read these answers in the JSON-LD without the
 * footer that says so; nothing for an all-markets view of a single market, whose bundle does not
 * name that market.
 */
function whereFrom(bundle: RoleBundle): string {
  if (bundle.market.key !== 'all') return ` ${inMarket(bundle.market.name)}`;
  return bundle.market.pooled ? ' from all markets in the data' : '';
}

/** "10,509 data analyst listings in the United States posted Sep–Dec 2024". */
function basis(bundle: RoleBundle, role: string, locale: string): string {
  return [listings(bundle.listings, locale, role) + whereFrom(bundle), posted(bundle, locale)].filter(Boolean).join(' ');
}

function howToBecome(bundle: RoleBundle, role: string, locale: string): string {
  const lead = bundle.skills.slice(0, 3).map((s) => s.name);
  const first = lead.length
    ? `Build the skills employers actually ask for — ${andList(lead)} ${lead.length === 1 ? 'leads' : 'lead'} these ${role} listings — prove them with portfolio projects, then tailor your resume to their wording.`
    : 'Build the skills employers actually ask for, prove them with portfolio projects, then tailor your resume to the wording of the listings.';
  const { stated, unstated, top, advise } = statedSeniority(bundle.seniority, bundle.listings);
  // Advice from seniority only when most listings state a level; otherwise say how many do not.
  if (stated * 2 <= bundle.listings) {
    return `${first} ${formatCount(unstated, locale)} of the ${basis(bundle, role, locale)} do not state a seniority level, too many to point at one.`;
  }
  if (!advise || !top) return first;
  const label = LEVEL_LABELS[top.level].toLowerCase();
  const of = `Of the ${formatCount(stated, locale)} ${[`${role} listings${whereFrom(bundle)}`, posted(bundle, locale)].filter(Boolean).join(' ')} that state a level`;
  const where =
    top.count * 2 > stated
      ? `${of}, most (${formatCount(top.count, locale)}) are ${label}`
      : `${of}, more are ${label} (${formatCount(top.count, locale)}) than any other`;
  return `${first} ${where}, so target that band first.`;
}

function whatSkills(bundle: RoleBundle, role: string, locale: string): string {
  const across = `Across ${basis(bundle, role, locale)}`;
  const top = bundle.skills.slice(0, 5);
  const first = top[0];
  if (!first) return `${across}, no skill is named often enough to rank.`;
  const share = formatPercent(skillShare(bundle, first.count), locale);
  if (top.length === 1)
    return `${across}, the most-requested skill is ${first.name}, which appears in ${share} of the ${formatCount(bundle.skillListings, locale)} that list skills.`;
  return `${across}, the most-requested skills are ${andList(top.map((s) => s.name))}. ${first.name} appears in ${share} of the ${formatCount(bundle.skillListings, locale)} that list skills.`;
}

function howMuch(bundle: RoleBundle, role: string, locale: string): string {
  const pay = bundle.pay;
  // Pay null: see USABLE_YEARLY_SALARY for why the sentence says this and never "no pay".
  if (!pay) return `None of the ${basis(bundle, role, locale)} states ${USABLE_YEARLY_SALARY}, so there is no salary figure to give.`;
  if (!enoughSalaries(pay.n, pay)) return tooFewSalaries(role, pay, locale, `of the ${basis(bundle, role, locale)}`);
  const money = (v: number) => formatMoney(v, pay.currency, locale);
  const figures = `In the ${formatCount(pay.n, locale)} ${salaries(pay.n, pay.basis)} stated by the ${basis(bundle, role, locale)}, the median is ${money(pay.median)} and the middle half runs from ${money(pay.p25)} to ${money(pay.p75)}.`;
  // Pay levels differ by market, so pooled figures describe none of them: say so where the answer
  // is read alone (the JSON-LD has no footer).
  return bundle.market.pooled ? `${figures} These figures pool pay across those markets, so they describe no single market.` : figures;
}

/**
 * Only what the data shows: how many listings there are, and which of the followed skills the
 * bundle's test finds rising or falling over its complete weeks. No verdict on whether the career
 * is "good", and no change read from a single week. A skill named in fewer than `test.minMentions`
 * listings on a side was not tested (its "steady" is the builder's default), so it is counted
 * apart and never said to have held steady, as `<skill-trend>` marks it "too few to test".
 */
function goodCareer(bundle: RoleBundle, role: string, locale: string): string {
  const count = `The data holds ${basis(bundle, role, locale)}.`;
  const { weeks, skills, test } = bundle.trend;
  const unjudged = trendUnjudged(bundle.trend, locale);
  if (unjudged) return `${count} It covers ${unjudged}.`;
  const tested = skills.filter((s) => skillTested(s.recent, s.earlier, test));
  const untested = skills.length - tested.length;
  const least = formatCount(test.minMentions, locale);
  const side = formatCount(test.weeks, locale);
  const window = `between the last ${side} complete weeks to ${weeks.at(-1)} and the ${side} before`;
  if (!tested.length)
    return `${count} No followed skill was named in enough listings to test for a change ${window} (at least ${least} in each period needed).`;
  const rising = tested.filter((s) => s.verdict === 'rising').map((s) => s.name);
  const falling = tested.filter((s) => s.verdict === 'falling').map((s) => s.name);
  const were = (n: number) => (n === 1 ? 'was' : 'were');
  const moves = [
    rising.length ? `${andList(rising)} ${were(rising.length)} named in a clearly larger share of listings` : '',
    // After a rising clause the verb is understood ("…, and Python in a clearly smaller share"); alone it is said.
    falling.length
      ? `${andList(falling)} ${rising.length ? '' : `${were(falling.length)} named `}in a clearly smaller share${rising.length ? '' : ' of listings'}`
      : '',
  ].filter(Boolean);
  const steady = tested.length - rising.length - falling.length;
  const rest = [
    moves.length && steady ? `the other tested ${steady === 1 ? 'skill' : 'skills'} held steady` : '',
    untested
      ? `${formatCount(untested, locale)} of the ${formatCount(skills.length, locale)} followed skills ${were(untested)} named in too few listings to test (fewer than ${least} in either period)`
      : '',
  ].filter(Boolean);
  const found = moves.length ? moves.join(', and ') : "No followed skill's share of listings changed clearly";
  return `${count} ${found} ${window}${rest.length ? `; ${rest.join(', and ')}` : ''}.`;
}

/**
 * The four questions of a role page, answered from its bundle in `locale`. Pure: the same bundle
 * and locale always give the same words.
 *
 * @example
 * faqEntries(bundle, 'en-US')[2].answer; // "The median backend engineer salary is $124,671, …"
 */
export function faqEntries(bundle: RoleBundle, locale: string): FaqEntry[] {
  const title = bundle.role.title;
  const aTitle = withArticle(title);
  const role = title.toLowerCase();
  // The year of the data, never of a clock: a page read in 2027 about 2024 listings says 2024.
  // In the locale's digits, like every figure in the answers; none for a role without listings,
  // whose window is empty.
  const { from, to } = bundle.provenance.window;
  const year = (date: string) => formatYear(Number(date.slice(0, 4)), locale);
  const years = !from || !to ? '' : year(from) === year(to) ? ` in ${year(to)}` : ` in ${year(from)}–${year(to)}`;
  return [
    { question: `How do I become ${aTitle}?`, answer: howToBecome(bundle, role, locale) },
    { question: `What skills do you need to be ${aTitle}?`, answer: whatSkills(bundle, role, locale) },
    { question: `How much does ${aTitle} earn?`, answer: howMuch(bundle, role, locale) },
    { question: `Is ${title} a good career${years}?`, answer: goodCareer(bundle, role, locale) },
  ];
}

/**
 * schema.org FAQPage JSON-LD for the entries, safe inside a `<script>` element: every `<` is written
 * as `\u003c`, so no text from data can close the script ("</script>") or open a comment. Written
 * out rather than by JSON.stringify of objects: a host page that adds `toJSON` to Object.prototype
 * would turn every object into its answer. Only the strings go through JSON.stringify. The
 * questions and answers are English whatever the page's language, and say so.
 */
export function faqJsonLd(entries: readonly FaqEntry[]): string {
  const text = (value: string) => JSON.stringify(value);
  const questions = entries.map(
    (e) => `{"@type":"Question","name":${text(e.question)},"acceptedAnswer":{"@type":"Answer","text":${text(e.answer)}}}`,
  );
  return `{"@context":"https://schema.org","@type":"FAQPage","inLanguage":"en","mainEntity":[${questions.join(',')}]}`.replace(
    /</g,
    '\\u003c',
  );
}
