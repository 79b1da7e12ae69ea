/**
 * The elements the tests go through, from the manifest (custom-elements.json, made from the
 * source by `npm run analyze`, which `npm test` runs first): an element added under src/components
 * is measured and checked with the others without a list to extend.
 */
import manifest from '../../../custom-elements.json';

interface Declaration {
  tagName?: string;
}

/** Every documented element's tag, sorted. */
export const documentedTags: string[] = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .flatMap((d) => (d.tagName ? [d.tagName] : []))
  .sort();

/** Attribute sets worth checking apart from the plain element (the pay band by seniority). */
const VARIANTS: Record<string, Record<string, string>[]> = { 'salary-band': [{}, { by: 'seniority' }] };

/** Every element as [tag, attributes], with its variants. */
export function elementCases(tags: string[] = documentedTags): [string, Record<string, string>][] {
  return tags.flatMap((tag) => (VARIANTS[tag] ?? [{}]).map((attrs): [string, Record<string, string>] => [tag, attrs]));
}
