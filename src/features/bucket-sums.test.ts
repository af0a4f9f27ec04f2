import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BucketSums } from './bucket-sums.js';
import { mulberry32 } from '../models/prng.js';

/** The sums `acc[bucket] += value` gives, in emission order, as sorted (bucket, sum) pairs. */
function plainSums(pairs: [number, number][]): [number, number][] {
  const acc = new Map<number, number>();
  for (const [b, v] of pairs) acc.set(b, (acc.get(b) ?? 0) + v);
  return [...acc].sort((a, b) => a[0] - b[0]);
}

function bucketSums(sums: BucketSums, pairs: [number, number][]): [number, number][] {
  for (const [b, v] of pairs) sums.push(b, v);
  const count = sums.sum();
  return Array.from({ length: count }, (_, k) => [sums.buckets[k] as number, sums.sums[k] as number]);
}

test('sums match the plain accumulator at every list size (insertion, top-digit and radix sorts)', () => {
  const rand = mulberry32(5);
  const sums = new BucketSums(18);
  for (const n of [0, 1, 30, 47, 48, 300, 1024, 1025, 5000]) {
    // Few distinct buckets, so that runs of equal buckets sum several non-integer values in order.
    const pairs = Array.from({ length: n }, (): [number, number] => [Math.floor(rand() * rand() * 2000) * 131, (rand() - 0.5) * 0.7]);
    assert.deepEqual(bucketSums(sums, pairs), plainSums(pairs), `n = ${n}`);
  }
});

test('a list crowded into one top digit still sorts (the radix sort takes over)', () => {
  const sums = new BucketSums(18);
  const pairs = Array.from({ length: 600 }, (_, k): [number, number] => [(k * 7) % 500, k % 3 === 0 ? 0.1 : -0.3]);
  assert.deepEqual(bucketSums(sums, pairs), plainSums(pairs));
});
