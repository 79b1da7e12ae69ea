import type { SeniorityLevel } from '../../bundle/types.js';

/**
 * One row of the seniority rule table: a listing without a stated level gets the level of the
 * first row whose pattern matches its title. Patterns are RE2 regular expressions (the subset
 * JavaScript and every SQL engine's regex functions share: no look-around), matched anywhere in
 * the title, case-insensitively unless `caseSensitive`.
 */
export interface SeniorityRule {
  level: SeniorityLevel;
  /** The title signals in words, as docs/listings.md lists them. */
  signals: string;
  pattern: string;
  caseSensitive?: boolean;
}

/**
 * Phrases taken out of a title before the rules run: they name a job, not a rank. "Data Entry
 * Clerk" is not entry level; a "Project Manager" manages projects, not people.
 */
export const SENIORITY_IGNORED_PHRASES = ['data entry', 'project manager'] as const;

/*
 * Order settles titles with two signals: "Senior Director" is executive, "Lead Data Engineer II"
 * lead, "Senior Associate" senior. Assistant and associate vice presidents, and associate
 * directors, rank below the executives, so their rows come before the executives'. A level number or numeral stands alone ("Data
 * Analyst II", "Engineer 3"), never inside a word or a longer number.
 */
const alone = (alternatives: string) => String.raw`(?:^|[\s,(/-])(?:${alternatives})(?:$|[\s,)/-])`;
/** A level number ends the title or a bracket or list ("Data Analyst 2", "Engineer (3)"), never "4 days" or "2-Year". */
const numberAtEnd = (alternatives: string) => String.raw`(?:^|[\s,(/-])(?:${alternatives})\s*(?:$|[,)/])`;

/** The rule table, tried top to bottom; a title no row matches is `unspecified`. */
export const SENIORITY_RULES: readonly SeniorityRule[] = [
  {
    level: 'intern',
    signals: 'Intern, Internship(s), Co-op, Student, Working Student',
    pattern: String.raw`\b(?:intern|interns|internship|internships|co-?op|working student|werkstudent|student)\b`,
  },
  {
    // In banks an AVP is a senior individual rank, well below the executives.
    level: 'senior',
    signals: 'Assistant Vice President, Associate Vice President, AVP (not executives)',
    pattern: String.raw`\b(?:avp|assistant vice president|associate vice president)\b`,
  },
  {
    level: 'lead',
    signals: 'Associate Director (below the directors)',
    pattern: String.raw`\bassociate director\b`,
  },
  {
    level: 'executive',
    signals: 'Chief, CTO, CIO, CDO, CEO, VP, SVP, EVP, Vice President, Head of, Director',
    pattern: String.raw`\b(?:chief|cto|cio|cdo|cdao|ceo|vp|svp|evp|vice president|head of|director)\b`,
  },
  {
    level: 'lead',
    signals: 'Lead, Leader, Principal, Staff, Manager, Supervisor',
    pattern: String.raw`\b(?:lead|leader|principal|staff|manager|mgr|supervisor)\b`,
  },
  {
    level: 'senior',
    signals: 'Senior, Sr, Snr, III, IV, 3, 4, Level 3/4',
    pattern: String.raw`\b(?:senior|snr|sr|iii|iv)\b|\blevel (?:3|4)\b|` + numberAtEnd('3|4'),
  },
  {
    level: 'entry',
    signals: 'Junior, Jr, Entry level, Early Career, Graduate, Trainee, Apprentice, Associate, Level 1, 1',
    pattern: String.raw`\b(?:junior|jr|entry|early career|graduate|grad|trainee|apprentice|apprenticeship|associate)\b|\blevel 1\b|` + numberAtEnd('1'),
  },
  {
    level: 'entry',
    signals: 'a capital I on its own (Data Analyst I)',
    pattern: alone('I'),
    caseSensitive: true,
  },
  {
    level: 'mid',
    signals: 'Mid, Mid-level, Intermediate, II, 2, Level 2',
    pattern: String.raw`\b(?:mid|midlevel|intermediate|ii)\b|\blevel 2\b|` + numberAtEnd('2'),
  },
];
