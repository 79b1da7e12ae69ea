/**
 * What role-hub costs in bytes: the shipped one-file scripts, each element alone as a bundler
 * would cut it from the npm package, and — for the before/after of the build's two size measures —
 * the all-in-one built with the real d3-interpolate/d3-format and with template whitespace kept.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
// @ts-expect-error plain JS build helpers
import { moduleBuild } from '../../scripts/build/configs.js';
// @ts-expect-error plain JS build helpers
import { bundleAsConsumer } from '../../scripts/build/consumer-bundle.js';
// @ts-expect-error plain JS build helpers
import { sizeOf } from '../../scripts/build/sizes.js';

export interface Size {
  raw: number;
  gzip: number;
}

const size = (text: string | Buffer): Size => sizeOf(Buffer.from(text));

export function shippedScripts(root: string): Record<string, Size> {
  return {
    'dist/role-hub.js': size(readFileSync(join(root, 'dist/role-hub.js'))),
    'dist/role-hub.classic.js': size(readFileSync(join(root, 'dist/role-hub.classic.js'))),
  };
}

/** `import 'role-hub/<tag>'` bundled alone and minified, as an app's bundler does with no configuration. */
export async function perElement(root: string, tag: string): Promise<Size> {
  return size(await bundleAsConsumer(root, `import 'role-hub/${tag}';`));
}

/** The all-in-one as it would be without the build's size measures, for the before/after table. */
export async function allInOneVariants(root: string): Promise<Record<string, Size>> {
  const out: Record<string, Size> = {};
  const variants: Record<string, { templates: boolean; shims: boolean }> = {
    'real d3-interpolate/d3-format, templates as written': { templates: false, shims: false },
    'real d3-interpolate/d3-format, templates collapsed': { templates: true, shims: false },
    'numeric stand-ins, templates as written': { templates: false, shims: true },
  };
  for (const [name, v] of Object.entries(variants)) {
    const dir = mkdtempSync(join(root, '.tmp/bench-variant-'));
    try {
      const config = moduleBuild(root, join(root, 'src/index.ts'), dir, { templates: v.templates });
      if (!v.shims) config.resolve = { alias: {} };
      await build(config);
      out[name] = size(readFileSync(join(dir, 'role-hub.js')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

/** The Chart.js side of the comparison: only the pieces a floating horizontal bar chart needs. */
export const chartJsEntry = `
import { Chart, BarController, BarElement, LinearScale, CategoryScale } from 'chart.js';
Chart.register(BarController, BarElement, LinearScale, CategoryScale);
window.drawSalaryBandChart = (canvas, pay, locale) => {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: pay.currency, notation: 'compact', maximumFractionDigits: 0 });
  const span = (pay.p90 - pay.p10) / 200;
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: ['Pay'],
      datasets: [
        { label: '10th–90th percentile', data: [[pay.p10, pay.p90]], backgroundColor: 'rgba(37,99,235,0.2)', barPercentage: 0.35, grouped: false },
        { label: '25th–75th percentile', data: [[pay.p25, pay.p75]], backgroundColor: 'rgba(37,99,235,0.6)', barPercentage: 0.8, grouped: false },
        { label: 'Median', data: [[pay.median - span, pay.median + span]], backgroundColor: '#1f2328', barPercentage: 1, grouped: false },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { ticks: { callback: (v) => money.format(v) } }, y: { display: false } },
    },
  });
};
`;

export async function chartJsBundle(root: string): Promise<string> {
  return bundleAsConsumer(root, chartJsEntry);
}
