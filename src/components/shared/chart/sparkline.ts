import { linear } from './scale.js';

/** Width and height of a sparkline's coordinate box; the SVG stretches it to its cell. */
export const SPARK_WIDTH = 100;
export const SPARK_HEIGHT = 24;
const PAD = 3;

/**
 * The points of a sparkline through `values` (null = no data that week: the line breaks there),
 * on a y scale from `min` to `max` — a line's own lowest and highest values, so its shape shows
 * however small its share; the exact figures are printed beside it. A flat line sits mid-height.
 * Coordinates are in a SPARK_WIDTH × SPARK_HEIGHT box.
 */
export function sparkPoints(values: (number | null)[], max: number, min = 0): ([number, number] | null)[] {
  const last = Math.max(1, values.length - 1);
  const flat = !(max > min);
  const y = (v: number) => (flat ? SPARK_HEIGHT / 2 : linear(min, max, SPARK_HEIGHT - PAD, PAD, v));
  return values.map((v, i) => (v === null ? null : [round(linear(0, last, 0, SPARK_WIDTH, i)), round(y(v))]));
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
