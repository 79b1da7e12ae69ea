import type { SeniorityLevel } from '../../bundle/types.js';

/**
 * One row of the seniority rule table: a listing without a stated level gets the level of the
 * first row whose pattern matches its title. Patterns are RE2 regular expressions (the subset
 * JavaScript and every SQL engine's regex functions share: no look-around), matched anywhere in
 * the title, case-insensitively unless `caseSensitive`.
 */
export interface SeniorityRule {
  level: SeniorityLevel;
  /** The title signals in words, as docs/listings.md lists them: from the same list as the pattern (see `words`). */
  signals: string;
  pattern: string;
  caseSensitive?: boolean;
}

/**
 * Phrases taken out of a title before the rules run: they name a job, not a rank. "Data Entry
 * Clerk" is not entry level; a "Project Manager" manages projects, not people.
 */
export const SENIORITY_IGNORED_PHRASES = ['data entry', 'project manager'] as const;

/**
 * Underscores, with any spaces beside them: they join words in some titles ("IN_Senior
 * Associate_Azure Data Engineer", "Data Engineer _ Pune"), and regular expressions count an
 * underscore as part of a word, so the rules read each run as one space first (titles reach them
 * with their white space collapsed): signals are whole words, and phrases keep their one space.
 */
export const SENIORITY_WORD_JOINER = ' *_+ *';

/*
 * Order settles titles with two signals: "Senior Director" is executive, "Lead Data Engineer II"
 * lead, "Senior Associate" senior. Assistant and associate vice presidents, and associate
 * directors, rank below the executives, so their rows come before the executives'. A level number
 * or numeral stands alone ("Data Analyst II", "Engineer 3"), never inside a word or a longer number.
 */
const alone = (alternatives: string) => String.raw`(?:^|[\s,(/-])(?:${alternatives})(?:$|[\s,)/-])`;
/** A level number ends the title or a bracket or list ("Data Analyst 2", "Engineer (3)"), never "4 days" or "2-Year". */
const numberAtEnd = (alternatives: string) => String.raw`(?:^|[\s,(/-])(?:${alternatives})\s*(?:$|[,)/])`;

/**
 * A row's signals and pattern from one list of whole words and phrases, any case, so that the
 * table in the docs names exactly what the pattern matches. A space in a phrase matches a space or
 * a hyphen ("entry level", "Entry-Level"). `more` is what words cannot say: a level number.
 */
function words(list: readonly string[], more?: { signals: string; pattern: string }): Pick<SeniorityRule, 'signals' | 'pattern'> {
  const alternatives = list.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '[\\s-]'));
  return {
    signals: [...list, ...(more ? [more.signals] : [])].join(', '),
    pattern: String.raw`\b(?:${alternatives.join('|')})\b` + (more ? `|${more.pattern}` : ''),
  };
}

/** The rule table, tried top to bottom; a title no row matches is `unspecified`. */
export const SENIORITY_RULES: readonly SeniorityRule[] = [
  { level: 'intern', ...words(['intern', 'interns', 'internship', 'internships', 'co op', 'student', 'working student', 'werkstudent']) },
  // In banks an AVP is a senior individual rank, well below the executives.
  { level: 'senior', ...words(['assistant vice president', 'associate vice president', 'avp']) },
  { level: 'lead', ...words(['associate director']) },
  {
    level: 'executive',
    ...words(['chief', 'cto', 'cio', 'cdo', 'cdao', 'ceo', 'vp', 'svp', 'evp', 'vice president', 'head of', 'director']),
  },
  { level: 'lead', ...words(['lead', 'leader', 'principal', 'staff', 'manager', 'mgr', 'supervisor']) },
  {
    level: 'senior',
    ...words(['senior', 'sr', 'snr', 'iii', 'iv', 'level 3', 'level 4'], { signals: '3 or 4 ending the title', pattern: numberAtEnd('3|4') }),
  },
  // Not "entry" alone: "Order Entry", "Data Management and Entry Analyst" and "Entry to Expert
  // Level" name no rank.
  {
    level: 'entry',
    ...words(['junior', 'jr', 'entry level', 'early career', 'graduate', 'grad', 'trainee', 'apprentice', 'apprenticeship', 'associate', 'level 1'], {
      signals: '1 ending the title',
      pattern: numberAtEnd('1'),
    }),
  },
  { level: 'entry', signals: 'I, a capital on its own (Data Analyst I)', pattern: alone('I'), caseSensitive: true },
  { level: 'mid', ...words(['mid', 'mid level', 'midlevel', 'intermediate', 'ii', 'level 2'], { signals: '2 ending the title', pattern: numberAtEnd('2') }) },
];
