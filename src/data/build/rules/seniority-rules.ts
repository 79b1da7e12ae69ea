import type { SeniorityLevel } from '../../bundle/types';

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

/** Phrases taken out of a title before the rules run: "Data Entry Clerk" says nothing about level. */
export const SENIORITY_IGNORED_PHRASES = ['data entry'] as const;

/*
 * Order settles titles with two signals: "Senior Director" is executive, "Lead Data Engineer II"
 * lead, "Senior Associate" senior. Assistant and associate vice presidents are middle managers,
 * so their row comes before the executives'. A level number or numeral stands alone ("Data
 * Analyst II", "Engineer 3"), never inside a word or a longer number.
 */
const alone = (alternatives: string) => String.raw`(?:^|[\s,(/-])(?:${alternatives})(?:$|[\s,)/-])`;

/** The rule table, tried top to bottom; a title no row matches is `unspecified`. */
export const SENIORITY_RULES: readonly SeniorityRule[] = [
  {
    level: 'intern',
    signals: 'Intern, Internship, Co-op, Student, Working Student',
    pattern: String.raw`\b(?:intern|interns|internship|co-?op|working student|werkstudent|student)\b`,
  },
  {
    level: 'lead',
    signals: 'Assistant Vice President, Associate Vice President, AVP (not executives)',
    pattern: String.raw`\b(?:avp|assistant vice president|associate vice president)\b`,
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
    pattern: String.raw`\b(?:senior|snr|sr|iii|iv)\b|\blevel (?:3|4)\b|` + alone('3|4'),
  },
  {
    level: 'entry',
    signals: 'Junior, Jr, Entry level, Graduate, Trainee, Apprentice, Associate, Level 1, 1',
    pattern: String.raw`\b(?:junior|jr|entry|graduate|grad|trainee|apprentice|apprenticeship|associate)\b|\blevel 1\b|` + alone('1'),
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
    pattern: String.raw`\b(?:mid|midlevel|intermediate|ii)\b|\blevel 2\b|` + alone('2'),
  },
];
