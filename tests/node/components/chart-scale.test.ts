/**
 * The charts' axis and sparkline geometry, checked against a second method: d3-scale's
 * `scaleLinear`, which the charts' arithmetic stands in for, must give the same ticks and the same
 * positions for every domain.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleLinear } from 'd3-scale';
import { linear, percentAxis } from '../../../src/components/shared/chart/scale.js';
import { SPARK_HEIGHT, SPARK_WIDTH, sparkPoints } from '../../../src/components/shared/chart/sparkline.js';

/** Pay-like domains: the fixture's, real-data shapes, a single value, and small and odd spans. */
const domains: [number, number][] = [
  [60_000, 190_000],
  [76_083, 161_654],
  [31_200, 412_000],
  [125_000, 125_000],
  [1, 7],
  [0.2, 0.9],
  [999, 1_001],
  [45_000, 46_500],
];

test('percentAxis(min, max) picks the same round domain and ticks as scaleLinear().nice(4).ticks(4)', () => {
  for (const [min, max] of domains) {
    const domain = min < max ? [min, max] : [min * 0.9, max * 1.1];
    const d3 = scaleLinear().domain(domain).range([0, 100]).nice(4);
    const axis = percentAxis(min, max);
    assert.deepEqual(axis.ticks, d3.ticks(4), `ticks for [${min}, ${max}]`);
    for (const v of [min, max, (min + max) / 2, ...axis.ticks]) assert.equal(axis.x(v), d3(v), `x(${v}) for [${min}, ${max}]`);
  }
});

test('percentAxis(min, max) on the fixture: worked by hand', () => {
  // [60,000, 190,000] over 4 ticks: a raw step of 32,500 rounds to 50,000, so the domain widens to
  // [50,000, 200,000] and the median 124,671 sits at (124,671 − 50,000) / 150,000 = 49.78 %.
  const axis = percentAxis(60_000, 190_000);
  assert.deepEqual(axis.ticks, [50_000, 100_000, 150_000, 200_000]);
  assert.equal(axis.x(50_000), 0);
  assert.equal(axis.x(200_000), 100);
  assert.equal(Math.round(axis.x(124_671) * 100) / 100, 49.78);
});

test('linear(d0, d1, r0, r1, value) maps like scaleLinear, reversed ranges and a zero-width domain included', () => {
  assert.equal(linear(0, 10, 21, 3, 5), scaleLinear().domain([0, 10]).range([21, 3])(5));
  assert.equal(linear(0, 10, 21, 3, 2.5), 16.5);
  assert.equal(linear(4, 4, 0, 100, 4), scaleLinear().domain([4, 4]).range([0, 100])(4));
});

test('sparkPoints(values, max) places every week where two d3 scales would, and breaks at null', () => {
  const values = [0.1, 0.25, null, 0.4, 0.05, 0.33];
  const max = 0.4;
  const x = scaleLinear().domain([0, values.length - 1]).range([0, SPARK_WIDTH]);
  const y = scaleLinear().domain([0, max]).range([SPARK_HEIGHT - 3, 3]);
  const round = (v: number) => Math.round(v * 100) / 100;
  assert.deepEqual(
    sparkPoints(values, max),
    values.map((v, i) => (v === null ? null : [round(x(i)), round(y(v))])),
  );
  // The highest value touches the top padding, zero the bottom one.
  assert.deepEqual(sparkPoints([0, 0.4], 0.4), [[0, SPARK_HEIGHT - 3], [SPARK_WIDTH, 3]]);
});
