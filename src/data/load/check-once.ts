import type { Validation } from '../bundle/validate.js';

/**
 * Every check's answer per object, kept for as long as the object lives. A page hands the same
 * bundle to many elements (the hub to its nine sections, the loader to every widget on one URL),
 * and each would otherwise walk it again on every load. Keyed by the check function, so this relies
 * on checks being made once (module-level `bundleCheck({ … })` constants, `validateIndex`), not per
 * call.
 */
const results = new WeakMap<object, Map<(json: unknown) => Validation<unknown>, Validation<unknown>>>();

/**
 * `check(value)`, run at most once per (object, check) pair; a failure is remembered like a
 * success. Values that are not objects are checked every time (they fail fast, and cannot be keys).
 *
 * The object is not watched: one changed in place after its check keeps its first answer, so a
 * page that edits a bundle must give the elements a new object (as any Lit property needs anyway).
 *
 * @example
 * const result = checkOnce(SkillRanking.bundleCheck, data); // free for the next ranking given `data`
 */
export function checkOnce<T>(check: (json: unknown) => Validation<T>, value: unknown): Validation<T> {
  if (typeof value !== 'object' || value === null) return check(value);
  let byCheck = results.get(value);
  if (!byCheck) results.set(value, (byCheck = new Map()));
  let result = byCheck.get(check) as Validation<T> | undefined;
  if (!result) byCheck.set(check, (result = check(value)));
  return result;
}
