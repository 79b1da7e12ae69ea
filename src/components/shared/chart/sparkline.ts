import { linear } from './scale.js';

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
  const last = Math.max(1, values.length - 1);
  const top = max > 0 ? max : 1;
  return values.map((v, i) => (v === null ? null : [round(linear(0, last, 0, SPARK_WIDTH, i)), round(linear(0, top, SPARK_HEIGHT - PAD, PAD, v))]));
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
