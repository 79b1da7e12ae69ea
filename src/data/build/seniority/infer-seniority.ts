import type { SeniorityLevel } from '../../bundle/types';

/**
 * Title signals for each level, tried in this order; the first level with a match wins. The order
 * settles titles with two signals: "Senior Director" is executive, "Lead Data Engineer II" is
 * lead, "Associate Director" is executive, "Senior Associate" is senior.
 */
const RULES: ReadonlyArray<readonly [SeniorityLevel, readonly RegExp[]]> = [
  ['intern', [/\b(?:intern|interns|internship|co-?op|working student|werkstudent|student)\b/i]],
  ['executive', [/\b(?:chief|cto|cio|cdo|cdao|ceo|vp|svp|evp|vice president|head of|director)\b/i]],
  ['lead', [/\b(?:lead|leader|principal|staff|manager|mgr)\b/i]],
  ['senior', [/\b(?:senior|snr|sr|iii|iv)\b/i, /\blevel (?:3|4)\b/i]],
  // A lone "I" is a level only as a capital letter ("Data Analyst I"), never the word "i".
  ['entry', [/\b(?:junior|jr|entry|graduate|grad|trainee|apprentice|apprenticeship|associate)\b/i, /\blevel 1\b/i, /(?:^|[\s,(-])I(?=$|[\s,)/-])/]],
  ['mid', [/\b(?:mid|midlevel|intermediate|ii)\b/i, /\blevel 2\b/i]],
];

/**
 * Infers a seniority level from a job title; a title with no signal is `unspecified`.
 * "Sr."/"Senior"/"III"/"IV" → senior; "Lead"/"Principal"/"Staff"/"Manager" → lead;
 * "Head of"/"Director"/"VP"/"Chief" → executive; "Junior"/"Jr"/"Associate"/"Graduate"/"I" → entry;
 * "Mid"/"II" → mid; "Intern"/"Internship"/"Co-op"/"Student" → intern.
 *
 * @example
 * inferSeniority('Sr. Backend Engineer'); // 'senior'
 * inferSeniority('Head of Data');         // 'executive'
 * inferSeniority('Data Analyst');         // 'unspecified'
 */
export function inferSeniority(title: string): SeniorityLevel {
  for (const [level, patterns] of RULES) {
    if (patterns.some((p) => p.test(title))) return level;
  }
  return 'unspecified';
}
