import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A linear scale onto percentages of a chart's width, and the ticks to label it with. */
export interface PercentAxis {
  x: ScaleLinear<number, number>;
  ticks: number[];
}

/**
 * A scale from [min, max] (widened to round numbers) onto 0–100, so charts can place marks with
 * SVG percentage lengths: they stay exact at any width without measuring the element, and text in
 * the SVG is never stretched. Only numeric domain and range are used, no formatting or colour
 * interpolation, so the scale stays cheap to bundle.
 */
export function percentAxis(min: number, max: number, count = 4): PercentAxis {
  const domain = min < max ? [min, max] : [min * 0.9, max * 1.1 || 1];
  const x = scaleLinear().domain(domain).range([0, 100]).nice(count);
  return { x, ticks: x.ticks(count) };
}

/** A 0–100 position as an SVG length, rounded so attributes stay short and stable. */
export function pct(position: number): string {
  return `${Math.round(position * 1000) / 1000}%`;
}
