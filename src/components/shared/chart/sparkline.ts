import { scaleLinear } from 'd3-scale';

/** Width and height of a sparkline's coordinate box; the SVG stretches it to its cell. */
export const SPARK_WIDTH = 100;
export const SPARK_HEIGHT = 24;
const PAD = 3;

/**
 * The path of a sparkline through `values` (null = no data that week: the line breaks there),
 * on a y scale from 0 to `max` shared by every line of a chart, so lines can be compared.
 * Coordinates are in a SPARK_WIDTH × SPARK_HEIGHT box.
 */
export function sparkPoints(values: (number | null)[], max: number): ([number, number] | null)[] {
  const x = scaleLinear().domain([0, Math.max(1, values.length - 1)]).range([0, SPARK_WIDTH]);
  const y = scaleLinear().domain([0, max > 0 ? max : 1]).range([SPARK_HEIGHT - PAD, PAD]);
  return values.map((v, i) => (v === null ? null : [round(x(i)), round(y(v))]));
}

/** SVG path data for points from sparkPoints: a move at the start and after every gap. */
export function sparkPath(points: ([number, number] | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p[0]},${p[1]}`;
    pen = true;
  }
  return d;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
