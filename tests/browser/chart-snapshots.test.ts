/**
 * Charts as tests: each chart's SVG on the seed-shaped bundle, normalised (attributes sorted,
 * numbers rounded to two decimals, Lit's markers and whitespace dropped) and compared with a file
 * under tests/browser/snapshots/, which is reviewed like code. A change to the drawing shows up as
 * a diff of that file; `UPDATE_SNAPSHOTS=1 npx wtr --files tests/browser/chart-snapshots.test.ts`
 * rewrites the files after a deliberate change.
 */
import { expect } from '@open-wc/testing';
import { readFile, writeFile } from '@web/test-runner-commands';
import '../../src/index.js';
import { backendBundle } from './fixtures/backend-bundle.js';
import { placed } from './helpers/mount.js';

declare global {
  interface Window {
    updateSnapshots: boolean;
  }
}

const round = (value: string) => value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100));

/** One SVG element as indented text: name, sorted attributes, rounded numbers, children, text. */
function normalise(node: Element, depth = 1): string {
  const pad = '  '.repeat(depth);
  const attrs = [...node.attributes]
    .map((a) => [a.name, round(a.value.replace(/\s+/g, ' ').trim())] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const children = [...node.children].map((child) => normalise(child, depth + 1));
  const text = node.children.length === 0 ? (node.textContent ?? '').trim() : '';
  if (!children.length && !text) return `${pad}<${node.localName}${attrs}/>`;
  if (!children.length) return `${pad}<${node.localName}${attrs}>${text}</${node.localName}>`;
  return `${pad}<${node.localName}${attrs}>\n${children.join('\n')}\n${pad}</${node.localName}>`;
}

/** Every chart SVG of an element, outside its legend, in document order, as one reviewable SVG file. */
function snapshotOf(el: Element): string {
  const svgs = [...el.shadowRoot!.querySelectorAll('svg')].filter((svg) => !svg.closest('.legend'));
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${svgs.map((svg) => normalise(svg)).join('\n')}\n</svg>\n`;
}

const charts: [string, string, Record<string, string>][] = [
  ['skill-ranking', 'skill-ranking', {}],
  ['salary-band', 'salary-band', {}],
  ['salary-band-by-seniority', 'salary-band', { by: 'seniority' }],
  ['skill-trend', 'skill-trend', {}],
  ['seniority-breakdown', 'seniority-breakdown', {}],
];

describe('chart SVG snapshots on the seed-shaped bundle', () => {
  for (const [name, tag, attrs] of charts) {
    it(name, async () => {
      const el = await placed(tag, { width: 640, attrs, data: backendBundle() });
      const actual = snapshotOf(el);
      const path = `snapshots/${name}.svg`;
      if (window.updateSnapshots) await writeFile({ path, content: actual });
      const stored = await readFile({ path });
      expect(stored, `${path} is missing: run UPDATE_SNAPSHOTS=1 npx wtr --files tests/browser/chart-snapshots.test.ts`).to.be.a('string');
      expect(actual).to.equal(stored);
    });
  }
});
