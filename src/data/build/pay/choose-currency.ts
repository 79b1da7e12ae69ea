import { compareNames } from '../compare-names';

/**
 * The currency a role's pay is reported in: `forced` when given (e.g. `--currency EUR`), else the
 * one most of its salaried listings use, ties by code. `undefined` when there is nothing to choose.
 *
 * @example
 * chooseCurrency(new Map([['USD', 40], ['EUR', 3]])); // 'USD'
 */
export function chooseCurrency(counts: ReadonlyMap<string, number>, forced?: string): string | undefined {
  if (forced) return forced.toUpperCase();
  let best: [string, number] | undefined;
  for (const [code, n] of [...counts].sort(([a], [b]) => compareNames(a, b))) {
    if (n > 0 && (!best || n > best[1])) best = [code, n];
  }
  return best?.[0];
}
