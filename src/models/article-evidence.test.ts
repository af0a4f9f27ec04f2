import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kthLargestPositive } from './article-evidence.js';
import { mulberry32 } from './prng.js';

test('kthLargestPositive: the k-th of the positive values sorted from the largest, or the smallest when fewer', () => {
  assert.equal(kthLargestPositive([0.5, -1, 0.2, 0.9, 0, 0.2, 0.7], 3), 0.5);
  assert.equal(kthLargestPositive([0.5, -1, 0.2, 0.9, 0, 0.2, 0.7], 5), 0.2);
  assert.equal(kthLargestPositive([0.5, -1, 0.2, 0.9, 0, 0.2, 0.7], 10), 0.2);
  assert.equal(kthLargestPositive([-3, 0.1, -2], 10), 0.1);
  const random = mulberry32(7);
  for (let trial = 0; trial < 200; trial++) {
    const values = Float64Array.from({ length: 1 + Math.floor(random() * 300) }, () => (random() < 0.3 ? -random() : Math.round(random() * 50) / 50));
    const positive = Array.from(values).filter((c) => c > 0).sort((a, b) => b - a);
    if (positive.length === 0) continue;
    for (const k of [1, 3, 10]) assert.equal(kthLargestPositive(values, k), positive[Math.min(k, positive.length) - 1]);
  }
});
