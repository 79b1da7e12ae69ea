import type { SkillIndex } from './skill-index';

interface Found {
  name: string;
  start: number;
  end: number;
  ambiguous: boolean;
}

/** What may stand between two items of a list: commas, slashes, "and", "or", brackets… */
const LIST_GAP = /^(?:[\s,;/|&+()]|\band\b|\bor\b)*$/i;
const MAX_GAP = 12;

/**
 * Finds taxonomy skills in free text (a listing's description), each once, sorted.
 *
 * Aliases match as whole tokens (see `createSkillIndex`): C++, C#, .NET, Node.js and CI/CD are
 * found as written, Go is not found in "Google" nor R in "R&D". Ambiguous aliases — ordinary
 * words such as go, r, c, flow, excel, react — need strong context in free text: they must be
 * written as a proper noun (first letter upper case: "Go", "R") and sit in a list right next to
 * another skill that counts ("Python, R and SQL"; "Java/Go"), directly or through a chain of such
 * neighbours. Unambiguous aliases ("golang", "R programming", "Apache Spark") always count.
 *
 * @example
 * extractSkills('Google R&D team: Python, R and SQL; we go fast.', index); // ['Python', 'R', 'SQL']
 */
export function extractSkills(text: string, index: SkillIndex): string[] {
  const found: Found[] = [];
  // The one shared pattern (compiling it per call costs more than the search); reset before use.
  const pattern = index.textPattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const alias = m[0];
    const skill = index.lookup(alias);
    if (!skill) continue;
    const ambiguous = index.isAmbiguous(alias);
    // A lower-case ambiguous word is the ordinary word; "-" after it is a compound ("go-to", "C-suite").
    if (ambiguous && (!/^\p{Lu}/u.test(alias) || text[m.index + alias.length] === '-')) continue;
    found.push({ name: skill.name, start: m.index, end: m.index + alias.length, ambiguous });
  }
  const accepted = found.map((f) => !f.ambiguous);
  const listed = (a: Found, b: Found) => {
    const gap = text.slice(a.end, b.start);
    return gap.length <= MAX_GAP && LIST_GAP.test(gap);
  };
  // Accept ambiguous words next to an accepted skill until nothing changes ("Python, Go, Rust").
  for (let changed = true; changed; ) {
    changed = false;
    found.forEach((f, i) => {
      if (accepted[i]) return;
      const prev = i > 0 && accepted[i - 1] && listed(found[i - 1], f);
      const next = i < found.length - 1 && accepted[i + 1] && listed(f, found[i + 1]);
      if (prev || next) accepted[i] = changed = true;
    });
  }
  const names = new Set(found.filter((_, i) => accepted[i]).map((f) => f.name));
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
