import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossValidate, makeFolds, spread } from './cross-validation.js';

const groups = Array.from({ length: 11 }, (_, i) => `a${i}`);

test('folds: every group in exactly one fold, sizes differ by at most one', () => {
  const folds = makeFolds(groups, 3, 7);
  assert.deepEqual(folds.flat().sort(), [...groups].sort());
  assert.deepEqual(folds.map((f) => f.length), [4, 4, 3]);
});

test('folds: same seed gives the same folds whatever the input order; another seed differs', () => {
  assert.deepEqual(makeFolds([...groups].reverse(), 3, 7), makeFolds(groups, 3, 7));
  assert.notDeepEqual(makeFolds(groups, 3, 8), makeFolds(groups, 3, 7));
});

test('folds: k outside [2, groups] is refused', () => {
  assert.throws(() => makeFolds(groups, 1, 1), /2 ≤ k ≤ 11/);
  assert.throws(() => makeFolds(['x'], 2, 1), /k = 2/);
});

test('spread: mean and sample standard deviation', () => {
  // values 1, 2, 3: mean 2; variance ((1)² + 0 + (1)²)/(3 − 1) = 1 → std 1
  assert.deepEqual(spread([1, 2, 3]), { mean: 2, std: 1, n: 3 });
});

test('crossValidate: items of one group never straddle train and test', () => {
  // two items per article; the "model" is the set of training groups, the metric checks disjointness
  const items = groups.flatMap((g) => [{ g, n: 1 }, { g, n: 2 }]);
  const cv = crossValidate(
    {
      items,
      groupOf: (i) => i.g,
      train: (train) => new Set(train.map((i) => i.g)),
      predict: (model, test) => test.some((i) => model.has(i.g)),
      metric: (test, leaked) => ({ value: leaked ? 0 : test.length, perLabel: [{ label: 'x', precision: 1, recall: 1, f1: 1, support: test.length, predicted: 0 }] }),
    },
    { k: 4, seed: 3, repeats: 2 },
  );
  assert.equal(cv.folds.length, 8);
  // each repeat tests all 22 items once: mean items per fold = 22/4 = 5.5
  assert.equal(cv.value.mean, 5.5);
  assert.equal(cv.perLabel[0]!.support, 22);
});
