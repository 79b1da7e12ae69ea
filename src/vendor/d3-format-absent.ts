/**
 * A stand-in for d3-format, used ONLY by the browser builds (dist/role-hub.js and
 * dist/role-hub.classic.js), where the build aliases `d3-format` to this file.
 *
 * Why: d3-scale's `scaleLinear` carries a `tickFormat` method that imports d3-format (about 5 KB
 * minified). role-hub never calls it: every number it shows goes through Intl.NumberFormat
 * (src/components/shared/format.ts), in the bundle's currency and the reader's locale. So the
 * exports d3-scale imports are here only to satisfy the import, and throw if anything calls them.
 * The npm build keeps the real d3-format.
 */

function absent(name: string): never {
  throw new Error(`role-hub: d3-format's ${name} is not in this build; numbers are formatted with Intl.NumberFormat.`);
}

export const format = (_specifier: string): ((n: number) => string) => absent('format');
export const formatPrefix = (_specifier: string, _value: number): ((n: number) => string) => absent('formatPrefix');
export const formatSpecifier = (_specifier: string): never => absent('formatSpecifier');
export const precisionFixed = (_step: number): number => absent('precisionFixed');
export const precisionPrefix = (_step: number, _value: number): number => absent('precisionPrefix');
export const precisionRound = (_step: number, _max: number): number => absent('precisionRound');
