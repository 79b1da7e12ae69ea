/**
 * The pictures in docs/gallery/ match the elements the library ships: four per element (light and
 * dark, 320 and 960 px wide) plus the `<salary-band by="seniority">` variant, none for an element
 * that is gone, each a PNG exactly as wide as its name says, and each shown in docs/gallery/README.md.
 * `npm run gallery` regenerates them; a failure here means it was not run after an element was added,
 * renamed or removed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers/paths.js';
import { shippedTags } from './helpers/widgets.js';

const gallery = join(repoRoot, 'docs/gallery');
const THEMES = ['light', 'dark'];
const WIDTHS = [320, 960];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Pictures of an element with an attribute set, named `<tag>-<what>`. */
const VARIANTS: Record<string, string> = { 'salary-band-seniority': 'salary-band' };
const FILE = /^([a-z][a-z0-9-]*)-(light|dark)-(\d+)\.png$/;

const tags = shippedTags();
const stems = [...tags, ...Object.keys(VARIANTS).filter((v) => tags.includes(VARIANTS[v]!))];
const expected = stems.flatMap((stem) => THEMES.flatMap((theme) => WIDTHS.map((width) => `${stem}-${theme}-${width}.png`))).sort();
const pngs = existsSync(gallery)
  ? readdirSync(gallery)
      .filter((f) => f.endsWith('.png'))
      .sort()
  : [];

/** Width and height from the IHDR chunk, which a valid PNG has first, right after the signature. */
function pngSize(file: string): { width: number; height: number } {
  const head = readFileSync(file).subarray(0, 24);
  assert.ok(head.length === 24 && head.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is not a PNG`);
  assert.equal(head.toString('ascii', 12, 16), 'IHDR', `${file} has no IHDR chunk first`);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

describe('docs/gallery', () => {
  it('has the four pictures of every shipped element and of the by-seniority salary band', () => {
    assert.ok(tags.length > 0, 'no elements found under src/components');
    const missing = expected.filter((f) => !pngs.includes(f));
    assert.deepEqual(missing, [], 'missing pictures: run `npm run gallery`');
  });

  it('has no picture of an element that does not exist, nor any other file', () => {
    const strays = pngs.filter((f) => {
      const m = FILE.exec(f);
      return !m || !stems.includes(m[1]!) || !THEMES.includes(m[2]!) || !WIDTHS.includes(Number(m[3]));
    });
    assert.deepEqual(strays, [], 'pictures of no shipped element: run `npm run gallery`, which removes them');
    const others = readdirSync(gallery).filter((f) => !f.endsWith('.png') && f !== 'README.md');
    assert.deepEqual(others, []);
  });

  it('each picture is a PNG exactly as wide as its name says', () => {
    for (const f of pngs) {
      const m = FILE.exec(f);
      if (!m) continue;
      const { width, height } = pngSize(join(gallery, f));
      assert.equal(width, Number(m[3]), `${f} is ${width} px wide`);
      assert.ok(height > 0, `${f} has no height`);
    }
  });

  it('README.md shows every picture, and only pictures that exist', () => {
    const readme = readFileSync(join(gallery, 'README.md'), 'utf8');
    const linked = [...readme.matchAll(/\]\(([^)\s]+\.png)\)/g)].map((m) => m[1]!);
    assert.deepEqual(
      pngs.filter((f) => !linked.includes(f)),
      [],
      'pictures README.md does not show',
    );
    assert.deepEqual(
      linked.filter((f) => !pngs.includes(f)),
      [],
      'pictures README.md shows that do not exist',
    );
  });
});
