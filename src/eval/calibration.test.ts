import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calibration, calibrationSummary } from './calibration.js';

test('calibration: scores that match their rates have no error; overconfident ones have the gap', () => {
  // Eight scores of 0.25 with two hits, four of 0.75 with three.
  const scores = [...Array(8).fill(0.25), ...Array(4).fill(0.75)];
  const gold = [1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0];
  const shown = scores.map((s) => (s >= 0.5 ? 1 : 0));
  const c = calibration(scores, gold, shown);
  assert.equal(c.ece, 0);
  assert.deepEqual(c.reported, { n: 4, meanScore: 0.75, precision: 0.75 });
  assert.equal(c.bins[2]!.n, 8);
  assert.equal(c.bins[7]!.rate, 0.75);
  // Said 0.95, right half the time: the error is the gap, 0.45.
  const over = calibration([0.95, 0.95], [1, 0], [1, 1]);
  assert.ok(Math.abs(over.ece - 0.45) < 1e-12);
  assert.deepEqual(over.reported, { n: 2, meanScore: 0.95, precision: 0.5 });
});

test('calibration: a score of 1 falls in the last bin, and `include` leaves entries out', () => {
  const c = calibration([1, 0, 0.5], [1, 0, 1], [1, 0, 1], (i) => i !== 2);
  assert.equal(c.bins[9]!.n, 1);
  assert.equal(c.bins[0]!.n, 1);
  assert.equal(c.bins[5]!.n, 0);
  assert.equal(c.reported.n, 1);
  const s = calibrationSummary(c);
  assert.equal(s.bins.length, 10);
  assert.deepEqual(s.reported, { n: 1, meanScore: 1, precision: 1 });
  assert.deepEqual(calibration([], [], []).reported, { n: 0, meanScore: 0, precision: 0 });
});
