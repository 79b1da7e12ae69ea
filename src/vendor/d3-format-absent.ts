/**
 * A stand-in for d3-format in every build of the library (the one-file scripts and the npm build,
 * which bundles d3-scale with it), where the build aliases `d3-format` to this file.
 *
 * Why: d3-scale's `scaleLinear` carries a `tickFormat` method that imports d3-format (about 5 KB
 * minified). role-hub never calls it: every number it shows goes through Intl.NumberFormat
 * (src/components/shared/format.ts), in the bundle's currency and the reader's locale. So the
 * exports d3-scale imports are here only to satisfy the import, and throw if anything calls them.
 */

function absent(): never {
  throw new Error('role-hub formats numbers with Intl');
}

export {
  absent as format,
  absent as formatPrefix,
  absent as formatSpecifier,
  absent as precisionFixed,
  absent as precisionPrefix,
  absent as precisionRound,
};
