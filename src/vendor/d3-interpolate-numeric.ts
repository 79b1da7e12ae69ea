/**
 * A numbers-only stand-in for d3-interpolate in every build of the library (the one-file scripts
 * and the npm build, which bundles d3-scale with it), where the build aliases `d3-interpolate` to
 * this file.
 *
 * Why: d3-scale's `scaleLinear` imports d3-interpolate's generic `interpolate`, which can blend
 * colours and strings, and so pulls d3-color (about 10 KB minified) into every bundle that draws a
 * bar. role-hub's charts only ever map numbers to numbers (a pay value to an x position), so the
 * numeric paths below are all they run. They are the same formulas as d3-interpolate 3
 * (`a * (1 - t) + b * t`), so charts draw the same geometry; the e2e tests compare the built charts
 * with ones built from the real package to prove it.
 *
 * Anything non-numeric fails loudly instead of drawing something wrong.
 */

type Interpolator<T> = (t: number) => T;

/** d3's interpolateNumber: a straight blend of two numbers. */
export function interpolateNumber(a: unknown, b: unknown): Interpolator<number> {
  const x = Number(a);
  const y = Number(b);
  return (t) => x * (1 - t) + y * t;
}

/** d3's interpolateRound: the blend, rounded to the nearest integer. */
export function interpolateRound(a: unknown, b: unknown): Interpolator<number> {
  const blend = interpolateNumber(a, b);
  return (t) => Math.round(blend(t));
}

/**
 * d3's generic interpolate, for numbers only: that is all a number-to-number chart hands it. Dates,
 * colours, strings, arrays and objects are not supported here and throw a clear error instead of
 * drawing something wrong.
 */
export function interpolate(a: unknown, b: unknown): Interpolator<unknown> {
  if (typeof b !== 'number') throw new TypeError('role-hub interpolates numbers only');
  return interpolateNumber(a, b);
}

/** d3's piecewise: one interpolator per pair of neighbouring values. */
export function piecewise(fn: ((a: unknown, b: unknown) => Interpolator<unknown>) | unknown[], values?: unknown[]): Interpolator<unknown> {
  let make = fn as (a: unknown, b: unknown) => Interpolator<unknown>;
  if (values === undefined) {
    values = fn as unknown[];
    make = interpolate;
  }
  const n = values.length - 1;
  const parts: Interpolator<unknown>[] = [];
  for (let i = 0; i < n; i++) parts.push(make(values[i], values[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]?.(t - i);
  };
}
