import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENRES } from '../labels.js';
import { fitConstantSet, fitMajority } from './fit-prior.js';

const LABELS = ['A', 'B', 'C'] as const;

test('fitConstantSet: best k by training micro-F1', () => {
  // rows {A} {A,B} {B} {}: N = 4, counts A 2, B 2, C 0, total 4
  // k=1 {A}: tp 2, fp 2, fn 2 → 4/8 = 0.5; k=2 {A,B}: tp 4, fp 4, fn 0 → 8/12 = 2/3; k=3: 8/16 = 0.5
  assert.deepEqual(fitConstantSet([['A'], ['A', 'B'], ['B'], []], LABELS), ['A', 'B']);
  // rows {A} {} {} {}: k=0 → 0; k=1: tp 1, fp 3, fn 0 → 2/5; k=2: 2/(2+7) → {A}
  assert.deepEqual(fitConstantSet([['A'], [], [], []], LABELS), ['A']);
  // rows {A} {B} {C} {}: k=1 2/7, k=2 4/11, k=3 tp 3, fp 9 → 6/15 = 0.4 → all three
  assert.deepEqual(fitConstantSet([['A'], ['B'], ['C'], []], LABELS), ['A', 'B', 'C']);
});

test('fitConstantSet: no labels at all gives the empty set', () => {
  assert.deepEqual(fitConstantSet([[], []], LABELS), []);
});

test('fitMajority: most frequent, ties to the earlier label', () => {
  assert.equal(fitMajority(['satire', 'reporting', 'reporting'], GENRES), 'reporting');
  assert.equal(fitMajority(['reporting', 'opinion'], GENRES), 'opinion');
});
