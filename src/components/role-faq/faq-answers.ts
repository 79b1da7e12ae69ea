import type { RoleBundle, SeniorityLevel } from '../../data/bundle/types.js';
import { andList, formatCount, formatMoney, formatPercent, formatPercentDelta } from '../shared/format.js';
import { withArticle } from './role-title.js';

/** One question and its answer, as plain text: the same words go on the page and into JSON-LD. */
export interface FaqEntry {
  question: string;
  answer: string;
}

function listings(n: number, locale: string, adjective = ''): string {
  return `${formatCount(n, locale)}${adjective ? ` ${adjective}` : ''} ${n === 1 ? 'listing' : 'listings'}`;
}

/**
 * The level most listings name, or null when no level stands out (no level given, or a tie for the
 * top): a tie gives no single band to recommend, so the answer says nothing rather than pick one.
 */
function commonestLevel(bundle: RoleBundle): { level: SeniorityLevel; share: number } | null {
  const known = bundle.seniority.filter((s) => s.level !== 'unspecified' && s.count > 0);
  const top = Math.max(0, ...known.map((s) => s.count));
  const atTop = known.filter((s) => s.count === top);
  if (atTop.length !== 1 || bundle.listings === 0) return null;
  return { level: atTop[0]!.level, share: top / bundle.listings };
}

function howToBecome(bundle: RoleBundle, role: string): string {
  const lead = bundle.skills.slice(0, 3).map((s) => s.name);
  const first = lead.length
    ? `Build the skills employers actually ask for — currently ${andList(lead)} ${lead.length === 1 ? 'leads' : 'lead'} ${role} listings, prove them with portfolio projects, then tailor your resume to live listing language.`
    : 'Build the skills employers actually ask for, prove them with portfolio projects, then tailor your resume to live listing language.';
  const level = commonestLevel(bundle);
  if (!level) return first;
  // "Most" only when it is true: at least half of all listings.
  const where =
    level.share >= 0.5
      ? `Most ${role} openings are at the ${level.level} level`
      : `More ${role} openings are at the ${level.level} level than at any other`;
  return `${first} ${where}, so target that band first.`;
}

function whatSkills(bundle: RoleBundle, role: string, locale: string): string {
  const across = `Across ${listings(bundle.listings, locale, `active ${role}`)}`;
  const top = bundle.skills.slice(0, 5);
  const first = top[0];
  if (!first) return `${across}, no skill is named often enough to rank yet.`;
  const share = formatPercent(first.count / bundle.listings, locale);
  if (top.length === 1) return `${across}, the most-requested skill is ${first.name}, which appears in ${share} of postings.`;
  return `${across}, the most-requested skills are ${top.map((s) => s.name).join(', ')}. ${first.name} appears in ${share} of postings.`;
}

function howMuch(bundle: RoleBundle, role: string, locale: string): string {
  const pay = bundle.pay;
  if (!pay) return `No ${role} listing in this data publishes pay yet, so there is no salary figure to give.`;
  const money = (v: number) => formatMoney(v, pay.currency, locale);
  return `The median ${role} salary is ${money(pay.median)}, with most disclosed ranges falling between ${money(pay.p25)} and ${money(pay.p75)}, based on ${listings(pay.n, locale)} with employer-published pay.`;
}

/**
 * Only what the data shows: how many listings there are, and how the latest week's count compares
 * with the week before. No verdict on whether the career is "good".
 */
function goodCareer(bundle: RoleBundle, role: string, locale: string): string {
  const n = bundle.listings;
  const count = `There ${n === 1 ? 'is' : 'are'} ${listings(n, locale, `active ${role}`)} in the current index.`;
  const totals = bundle.trend.totals;
  if (totals.length < 2) return count;
  const last = totals.at(-1)!;
  const prev = totals.at(-2)!;
  const posted = `In the latest week of the data, ${formatCount(last, locale)} new ${last === 1 ? 'listing was' : 'listings were'} posted`;
  let change: string;
  if (last === prev) change = 'the same as the week before';
  else if (prev === 0) change = 'up from none the week before';
  else change = `${last > prev ? 'up' : 'down'} from ${formatCount(prev, locale)} the week before (${formatPercentDelta((last - prev) / prev, locale)})`;
  return `${count} ${posted}, ${change}.`;
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
  const year = new Date(bundle.provenance.generatedAt).getUTCFullYear();
  return [
    { question: `How do I become ${aTitle}?`, answer: howToBecome(bundle, role) },
    { question: `What skills do you need to be ${aTitle}?`, answer: whatSkills(bundle, role, locale) },
    { question: `How much does ${aTitle} earn?`, answer: howMuch(bundle, role, locale) },
    { question: `Is ${title} a good career in ${year}?`, answer: goodCareer(bundle, role, locale) },
  ];
}

/**
 * schema.org FAQPage JSON-LD for the entries, safe inside a `<script>` element: every `<` is written
 * as `\u003c`, so no text from data can close the script ("</script>") or open a comment.
 */
export function faqJsonLd(entries: readonly FaqEntry[]): string {
  const doc = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answer },
    })),
  };
  return JSON.stringify(doc).replace(/</g, '\\u003c');
}
