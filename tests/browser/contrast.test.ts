/**
 * Every element reads on a light page and on a dark one: every text passes 4.5:1 (axe's
 * color-contrast rule) and every data mark — bars, bands, boxes, median marks, sparklines — 3:1
 * against the background, with no theme (the widget follows the page) and with each theme.
 */
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import realBundle from '../../demo/real/data-analyst.json';
import { backendBundle, roleIndex } from './fixtures/backend-bundle.js';
import { documentedTags, elementCases } from './helpers/elements.js';
import { placed } from './helpers/mount.js';
import { deepAll } from './helpers/render.js';

declare const axe: {
  run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { failureSummary?: string; target: unknown }[] }[] }>;
};

/** A page: its background and text colour, its color-scheme, and the theme attribute of the widget. */
const pages = [
  { name: 'a light page, no theme', background: '#ffffff', color: '#1f2328', scheme: 'light', theme: null },
  { name: 'a dark page, no theme', background: '#0d1117', color: '#e6edf3', scheme: 'dark', theme: null },
  { name: 'a cream page with grey text, no theme', background: '#fdf6e3', color: '#333333', scheme: 'light', theme: null },
  { name: 'a dark grey page, no theme', background: '#222222', color: '#dddddd', scheme: 'dark', theme: null },
  { name: 'theme="light"', background: '#0d1117', color: '#e6edf3', scheme: 'dark', theme: 'light' },
  { name: 'theme="dark"', background: '#ffffff', color: '#1f2328', scheme: 'light', theme: 'dark' },
  { name: 'theme="auto" on a dark color-scheme page', background: '#0d1117', color: '#e6edf3', scheme: 'dark', theme: 'auto' },
] as const;

// Every element the manifest documents, and the pay band by seniority; the hub is its sections,
// each checked here alone.
const tags = elementCases(documentedTags.filter((tag) => tag !== 'role-hub'));

/** [r, g, b, alpha] from a computed colour: `rgb()`, `rgba()` or `color(srgb …)`. */
function parse(color: string): [number, number, number, number] | null {
  let m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  m = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(color);
  if (m) return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, m[4] === undefined ? 1 : Number(m[4])];
  return null;
}

const luminance = ([r, g, b]: number[]) =>
  [r!, g!, b!]
    .map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);

function ratio(fg: [number, number, number, number], bg: [number, number, number, number]): number {
  const seen = [0, 1, 2].map((i) => fg[i]! * fg[3] + bg[i]! * (1 - fg[3]));
  const [a, b] = [luminance(seen), luminance(bg)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The colour behind a widget's marks: its own card when themed, else the page's. */
function backdrop(el: Element): [number, number, number, number] {
  const card = parse(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor);
  if (card && card[3] === 1) return card;
  return parse(getComputedStyle(el.parentElement!).backgroundColor)!;
}

const MARKS = '.fill, .band, .box, .median, .spark, .spark-dot';
/** The elements that draw marks; the others are text alone. */
const CHARTS = new Set(['skill-ranking', 'salary-band', 'skill-trend', 'seniority-breakdown']);

for (const page of pages) {
  describe(`contrast on ${page.name}`, () => {
    for (const [tag, attrs] of tags) {
      const label = `<${tag}${Object.entries(attrs)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('')}>`;
      it(`${label}: text 4.5:1, marks 3:1`, async () => {
        const data = tag === 'salary-band' && attrs.by ? realBundle : backendBundle();
        const el = await placed(tag, {
          width: 720,
          attrs: { ...attrs, ...(page.theme ? { theme: page.theme } : {}) },
          data,
          index: roleIndex(),
        });
        const wrapper = el.parentElement!;
        Object.assign(wrapper.style, { background: page.background, color: page.color, colorScheme: page.scheme, padding: '8px' });
        const { violations } = await axe.run(el, { runOnly: ['color-contrast'] });
        expect(violations.flatMap((v) => v.nodes.map((n) => n.failureSummary))).to.deep.equal([]);

        const bg = backdrop(el);
        const marks = deepAll(el.shadowRoot!).filter((n) => n instanceof SVGElement && n.matches(MARKS) && !n.closest('.legend'));
        if (CHARTS.has(tag)) expect(marks.length, 'marks drawn').to.be.greaterThan(0);
        for (const mark of marks) {
          const style = getComputedStyle(mark);
          const paint =
            parse(style.fill) && style.fill !== 'none' && mark.localName !== 'line' && !mark.classList.contains('spark')
              ? style.fill
              : style.stroke;
          const color = parse(paint);
          expect(color, `${mark.getAttribute('class')} paint ${paint}`).to.not.equal(null);
          expect(ratio(color!, bg), `${mark.getAttribute('class')} (${paint})`).to.be.at.least(3);
        }
      });
    }
  });
}
