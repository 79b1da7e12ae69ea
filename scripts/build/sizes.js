// Byte counts as a page pays them: raw (minified) and gzip at the level servers commonly use.
import { gzipSync } from 'node:zlib';

export function sizeOf(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}
