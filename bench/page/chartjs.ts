/**
 * The same salary band chart (a p10–p90 band, a p25–p75 box and the median, on one pay axis, from
 * the same bundle) drawn by <salary-band> and by Chart.js, in the same browser run. Render time is
 * measured in the page from creating the element (or canvas) to the chart being on the page with
 * layout done; the first render on a fresh page ("cold") and a later one ("warm").
 */
import type { Browser } from 'playwright-core';
import { keepNamesShim } from '../../tests/e2e/helpers/browser.js';
import { serve } from '../../tests/e2e/helpers/server.js';
import { join } from 'node:path';

export interface RenderTimes {
  cold: number;
  warm: number;
}

const host = (script: string) =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8">${script}</head><body><div id="stage" style="width:600px"></div></body></html>`;

export async function renderTimes(
  browser: Browser,
  root: string,
  chartJs: string,
  bundle: unknown,
): Promise<{ roleHub: RenderTimes; chartJs: RenderTimes }> {
  const server = await serve({
    folders: { '/cdn/': join(root, 'dist') },
    pages: {
      '/role-hub.html': { body: host('<script src="/cdn/role-hub.classic.js"></script>') },
      '/chart.js': { body: chartJs },
      '/chart.html': { body: host('<script type="module" src="/chart.js"></script>') },
    },
  });
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(keepNamesShim);
  try {
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/role-hub.html`);
    const roleHub = await tab.evaluate(async (bundle) => {
      const once = () =>
        new Promise<number>((resolve) => {
          const stage = document.getElementById('stage')!;
          stage.replaceChildren(); // one chart on the page at a time, as for the canvas
          const t0 = performance.now();
          const el = document.createElement('salary-band') as HTMLElement & { data: unknown };
          el.data = bundle;
          stage.append(el);
          const check = () => {
            const root = el.shadowRoot;
            if (root && root.querySelector('svg') && !root.querySelector('[part~="loading"]')) {
              el.getBoundingClientRect(); // layout included, as for the canvas
              observer.disconnect();
              resolve(performance.now() - t0);
            }
          };
          const observer = new MutationObserver(check);
          queueMicrotask(() => {
            if (el.shadowRoot) observer.observe(el.shadowRoot, { childList: true, subtree: true, attributes: true });
            check();
          });
        });
      const cold = await once();
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) warm.push(await once());
      return { cold, warm: warm.sort((a, b) => a - b)[2]! };
    }, bundle);

    await tab.goto(`${server.origin}/chart.html`);
    await tab.waitForFunction(() => 'drawSalaryBandChart' in window);
    const chart = await tab.evaluate(
      (pay) => {
        const once = () => {
          const stage = document.getElementById('stage')!;
          stage.replaceChildren();
          const t0 = performance.now();
          const canvas = document.createElement('canvas');
          canvas.width = 600;
          canvas.height = 120;
          stage.append(canvas);
          window.drawSalaryBandChart(canvas, pay, 'en-US');
          canvas.getBoundingClientRect();
          return performance.now() - t0;
        };
        const cold = once();
        const warm: number[] = [];
        for (let i = 0; i < 5; i++) warm.push(once());
        return { cold, warm: warm.sort((a, b) => a - b)[2]! };
      },
      (bundle as { pay: unknown }).pay,
    );
    return { roleHub, chartJs: chart };
  } finally {
    await context.close();
    await server.close();
  }
}
