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

test('percentAxis(min, max) picks the same round domain as scaleLinear().nice(10) and its ticks(5)', () => {
  for (const [min, max] of domains) {
    const domain = min < max ? [min, max] : [min * 0.9, max * 1.1];
    const d3 = scaleLinear().domain(domain).range([0, 100]).nice(10);
    const axis = percentAxis(min, max);
    assert.deepEqual(axis.ticks, d3.ticks(5), `ticks for [${min}, ${max}]`);
    for (const v of [min, max, (min + max) / 2, ...axis.ticks]) assert.equal(axis.x(v), d3(v), `x(${v}) for [${min}, ${max}]`);
  }
});

test('percentAxis(min, max) on the fixture: worked by hand', () => {
  // [60,000, 190,000] on ten intervals: a raw step of 13,000 rounds to 10,000, and both ends are
  // already multiples of it, so the domain stays [60,000, 190,000]. Ticks for about five: 26,000
  // rounds to 20,000 (2.6 lies between √2 and √10), so 60,000 … 180,000. The median 124,671 sits at
  // (124,671 − 60,000) / 130,000 = 49.75 %.
  const axis = percentAxis(60_000, 190_000);
  assert.deepEqual(axis.ticks, [60_000, 80_000, 100_000, 120_000, 140_000, 160_000, 180_000]);
  assert.equal(axis.x(60_000), 0);
  assert.equal(axis.x(190_000), 100);
  assert.equal(Math.round(axis.x(124_671) * 100) / 100, 49.75);
});

test('percentAxis(min, max, { exact: true }) keeps the given domain and draws values outside it at the edge', () => {
  const axis = percentAxis(0, 300_000, { exact: true });
  assert.equal(axis.x(150_000), 50);
  assert.deepEqual(axis.ticks, [0, 50_000, 100_000, 150_000, 200_000, 250_000, 300_000]);
  const narrow = percentAxis(100_000, 200_000, { exact: true });
  assert.equal(narrow.x(60_000), 0);
  assert.equal(narrow.x(250_000), 100);
});

test('linear(d0, d1, r0, r1, value) maps like scaleLinear, reversed ranges and a zero-width domain included', () => {
  assert.equal(linear(0, 10, 21, 3, 5), scaleLinear().domain([0, 10]).range([21, 3])(5));
  assert.equal(linear(0, 10, 21, 3, 2.5), 16.5);
  assert.equal(linear(4, 4, 0, 100, 4), scaleLinear().domain([4, 4]).range([0, 100])(4));
});

test('sparkPoints(values, max) places every week where two d3 scales would, and breaks at null', () => {
  const values = [0.1, 0.25, null, 0.4, 0.05, 0.33];
  const max = 0.4;
  const x = scaleLinear()
    .domain([0, values.length - 1])
    .range([0, SPARK_WIDTH]);
  const y = scaleLinear()
    .domain([0, max])
    .range([SPARK_HEIGHT - 3, 3]);
  const round = (v: number) => Math.round(v * 100) / 100;
  assert.deepEqual(
    sparkPoints(values, max),
    values.map((v, i) => (v === null ? null : [round(x(i)), round(y(v))])),
  );
  // The highest value touches the top padding, zero the bottom one.
  assert.deepEqual(sparkPoints([0, 0.4], 0.4), [
    [0, SPARK_HEIGHT - 3],
    [SPARK_WIDTH, 3],
  ]);
});
