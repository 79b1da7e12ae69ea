/**
 * Windows' high-contrast mode (forced colours): every data mark takes the reader's system colours,
 * whatever theme the page gave the widget. A theme's own colours there would be a white median on
 * a white canvas.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import realBundle from '../../demo/real/data-analyst.json';
import { placed } from './helpers/mount.js';

/** What a system colour resolves to on this page now. */
function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Each element, a mark in it, the property that paints it, and the system colour it must take. */
const marks: Array<[string, Record<string, string>, string, 'fill' | 'stroke', string]> = [
  ['salary-band', {}, '.box', 'fill', 'Highlight'],
  ['salary-band', {}, '.median', 'stroke', 'CanvasText'],
  ['salary-band', {}, '.band', 'fill', 'CanvasText'],
  ['skill-trend', {}, '.spark', 'stroke', 'Highlight'],
  ['skill-trend', {}, '.spark-dot', 'stroke', 'Highlight'],
  ['skill-ranking', {}, '.fill', 'fill', 'Highlight'],
  ['seniority-breakdown', {}, '.fill', 'fill', 'Highlight'],
];

describe('in forced colours, every mark takes the system colours', () => {
  before(() => executeServerCommand('forced-colors', { active: true }));
  after(() => executeServerCommand('forced-colors', { active: false }));

  it('the page is in forced colours', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  for (const theme of [null, 'light', 'dark', 'auto']) {
    for (const [tag, attrs, selector, property, system] of marks) {
      it(`<${tag}${theme ? ` theme="${theme}"` : ''}> paints ${selector} (${property}) in ${system}`, async () => {
        const el = await placed(tag, { width: 600, attrs: theme ? { ...attrs, theme } : attrs, data: realBundle });
        const mark = el.shadowRoot!.querySelector(selector);
        expect(mark, selector).to.not.equal(null);
        expect(getComputedStyle(mark!)[property]).to.equal(systemColor(system));
      });
    }
  }
});
