/**
 * The bytes a bundle or index is written as: compact JSON (no indentation keeps bundles small)
 * and a final newline. Key order comes from the objects, which the builder always creates in the
 * same order, so the same input gives the same bytes.
 */
export function serialise(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
