/**
 * Layout that holds: at any width from 200 px to 1600 px (480 px is a phone held sideways or a
 * sidebar), and with a documented part hidden, every label of every element stays whole enough to
 * read and no two text boxes overlap. Measured on the
 * seed-shaped fixture and on the real data-analyst bundle (seven seniority levels, long skill names).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { elementCases } from './helpers/elements.js';
import { placed, sized } from './helpers/mount.js';
import { settled } from './helpers/render.js';
import { overlaps, textBoxes } from './helpers/text-boxes.js';

import realBundle from '../../demo/real/data-analyst.json';
import realIndex from '../../demo/real/index.json';
import allAnalyst from '../../demo/real/data-analyst.all.json';
import allMlEngineer from '../../demo/real/machine-learning-engineer.all.json';
import allSoftware from '../../demo/real/software-engineer.all.json';
import manifest from '../../custom-elements.json';

// Every element the manifest documents, the hub included, and the pay band by seniority too.
const cases = elementCases();

const label = (tag: string, attrs: Record<string, string>) =>
  `<${tag}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('')}>`;

for (const [name, data, index] of [
  ['the seed-shaped bundle', backendBundle(), roleIndex()],
  ['the real data-analyst bundle', realBundle, realIndex],
] as const) {
  describe(`no two text boxes overlap, on ${name}`, () => {
    for (const width of [200, 220, 320, 480, 960, 1600]) {
      for (const [tag, attrs] of cases) {
        it(`${label(tag, attrs)} at ${width} px`, async () => {
          const el = await placed(tag, { width, attrs, data, index });
          const boxes = textBoxes(el);
          expect(boxes.length, 'some text is shown').to.be.greaterThan(2);
          expect(overlaps(boxes)).to.deep.equal([]);
          // And every text stays inside the element: nothing runs past its edge.
          const edge = el.getBoundingClientRect();
          const outside = boxes
            .filter((b) => b.left < edge.left - 1 || b.right > edge.right + 1)
            .map((b) => `“${b.text}” ${b.left.toFixed(0)}–${b.right.toFixed(0)} px`);
          expect(outside, `outside ${edge.left.toFixed(0)}–${edge.right.toFixed(0)} px`).to.deep.equal([]);
        });
      }
    }
  });
}

describe('hiding a documented part leaves the rest readable', () => {
  it('<skill-ranking> with ::part(rank) hidden at 320 px keeps every skill name whole', async () => {
    const style = document.createElement('style');
    style.textContent = 'skill-ranking.no-rank::part(rank) { display: none; }';
    document.head.append(style);
    try {
      const el = await placed('skill-ranking', { width: 320, attrs: { class: 'no-rank' }, data: realBundle });
      const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="label"]')];
      expect(names.length).to.be.greaterThan(3);
      for (const n of names) expect(n.scrollWidth, `“${n.textContent}” is cut`).to.be.at.most(n.clientWidth);
    } finally {
      style.remove();
    }
  });
});

/** The parts a page may hide (states and wrappers aside: hiding those hides the whole element). */
const STRUCTURAL = new Set(['base', 'loading', 'error', 'empty', 'sections', 'section', 'list', 'chart']);

interface Declaration {
  tagName?: string;
  cssParts?: { name: string }[];
}
const documentedParts = (manifest as { modules: { declarations?: Declaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .flatMap((d) => (d.cssParts ?? []).filter((p) => !STRUCTURAL.has(p.name)).map((p) => [d.tagName!, p.name] as const));

describe('hiding any documented part at 320 px leaves no text overlapping', () => {
  for (const [tag, part] of documentedParts) {
    it(`${tag}::part(${part}) hidden`, async () => {
      const style = document.createElement('style');
      style.textContent = `${tag}.hide-part::part(${part}) { display: none; }`;
      document.head.append(style);
      try {
        const attrs = { class: 'hide-part', ...(tag === 'salary-band' ? { by: 'seniority' } : {}) };
        const el = await placed(tag, { width: 320, attrs, data: realBundle, index: realIndex });
        expect(overlaps(textBoxes(el))).to.deep.equal([]);
      } finally {
        style.remove();
      }
    });
  }
});

describe('a container that sizes by its content gives every element room', () => {
  // A job board's sidebar, a flex row, a float, a table cell: each sizes its boxes by their
  // content, and a size container offers none. The test page's font is 16 px, so 20em is 320 px.
  const layouts: Array<[string, string, string]> = [
    ['a flex row', '<div style="display:flex">', '</div>'],
    [
      'a sidebar beside a flexible article',
      '<div style="display:flex;width:900px"><article style="flex:1">Most people who move into this work do it from a neighbouring role.</article><aside><h3>Sidebar</h3>',
      '</aside></div>',
    ],
    ['a float', '<div style="float:left">', '</div><div style="clear:both"></div>'],
    ['a table cell', '<table><tr><td>', '</td></tr></table>'],
    ['an inline block', '<div><span style="display:inline-block">', '</span></div>'],
  ];
  for (const [layout, open, close] of layouts) {
    for (const [tag, attrs] of cases) {
      it(`${label(tag, attrs)} in ${layout} is 20em wide and no taller than at 320 px`, async () => {
        const wrapper = sized();
        wrapper.innerHTML = `${open}<${tag}></${tag}>${close}`;
        const el = wrapper.querySelector(tag) as HTMLElement & { data: unknown; index: unknown; updateComplete: Promise<unknown> };
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        el.index = realIndex;
        el.data = realBundle;
        await settled(el);
        const reference = await placed(tag, { width: 320, attrs, data: realBundle, index: realIndex });
        expect(el.getBoundingClientRect().width).to.be.closeTo(320, 1);
        expect(el.getBoundingClientRect().height).to.be.at.most(reference.getBoundingClientRect().height + 1);
      });
    }
  }
});

describe('the provenance footer keeps within the room it reserves while loading', () => {
  // The footer's placeholder holds the lines the footer may take at each width (theme.styles.ts);
  // a longer line would push the page down when the data arrives. The all-markets view has the
  // longest one ("from all markets (pay pooled)"), with the most listings.
  const bundles = { 'data-analyst': allAnalyst, 'machine-learning-engineer': allMlEngineer, 'software-engineer': allSoftware };
  for (const [role, bundle] of Object.entries(bundles)) {
    it(`${role}, all markets: from 240 to 1000 px the footer's text fits its reserved height`, async () => {
      const over: string[] = [];
      for (let width = 240; width <= 1000; width += 8) {
        const el = await placed('role-glance', { width, data: bundle });
        const footer = el.shadowRoot!.querySelector<HTMLElement>('[part~="footer"]')!;
        const reserved = parseFloat(getComputedStyle(footer).minHeight);
        const text = document.createRange();
        text.selectNodeContents(footer);
        const used = text.getBoundingClientRect().height;
        if (used > reserved + 1) over.push(`${width} px: ${used.toFixed(0)} > ${reserved.toFixed(0)}`);
        el.parentElement!.remove();
      }
      expect(over).to.deep.equal([]);
    });
  }
});
