/** Metric values worked out by hand; the arithmetic is in the comments. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMES, GENRES, TECHNIQUES, type Frame, type Genre } from '../labels.js';
import { scoreSingleLabel } from './single-label.js';
import { scoreMultiLabel } from './multi-label.js';
import { scoreSpans, type ScoredSpan } from './span-score.js';

const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

test('genre: macro-F1 and micro-F1 by hand', () => {
  // gold o o o r s / pred o o r r o
  // opinion: tp 2, fp 1 (row 5), fn 1 (row 3) → F1 = 4/(4+1+1) = 2/3
  // reporting: tp 1, fp 1 (row 3), fn 0 → F1 = 2/(2+1) = 2/3
  // satire: tp 0, fn 1 → F1 = 0
  // macro = (2/3 + 2/3 + 0)/3 = 4/9; micro: tp 3, fp 2, fn 2 → 6/10 = 0.6 (= accuracy 3/5)
  const g: Genre[] = ['opinion', 'opinion', 'opinion', 'reporting', 'satire'];
  const p: Genre[] = ['opinion', 'opinion', 'reporting', 'reporting', 'opinion'];
  const s = scoreSingleLabel(g.map((gold, i) => ({ gold, pred: p[i]! })), GENRES);
  close(s.macro.f1, 4 / 9, 'macro');
  close(s.micro.f1, 0.6, 'micro');
  close(s.perLabel[1]!.precision, 1 / 2, 'reporting P');
  assert.equal(s.perLabel[2]!.support, 1);
});

test('genre: a label absent from gold and predictions is left out of macro-F1 (scikit-learn)', () => {
  // gold o r / pred o o: opinion tp 1 fp 1 → 2/3; reporting fn 1 → 0; satire absent
  // present: (2/3 + 0)/2 = 1/3; all three: (2/3)/3 = 2/9
  const pairs = [{ gold: 'opinion', pred: 'opinion' }, { gold: 'reporting', pred: 'opinion' }] as const;
  close(scoreSingleLabel(pairs, GENRES).macro.f1, 1 / 3, 'present');
  close(scoreSingleLabel(pairs, GENRES, { macroOver: 'all' }).macro.f1, 2 / 9, 'all');
});

const framePairs: { gold: Frame[]; pred: Frame[] }[] = [
  { gold: ['Economic', 'Political'], pred: ['Economic'] },
  { gold: ['Political'], pred: ['Political', 'Morality'] },
  { gold: [], pred: [] },
  { gold: ['Morality'], pred: [] },
];

test('frames: micro-F1 and macro-F1 over the 14 frames by hand', () => {
  // Economic tp 1; Political tp 1, fn 1; Morality fp 1, fn 1; the 11 others: nothing
  // micro: tp 2, fp 1, fn 2 → P 2/3, R 1/2, F1 4/(4+1+2) = 4/7
  // macro: (1 + 2/(2+1) + 0 + 11 × 0)/14 = (5/3)/14 = 5/42
  const s = scoreMultiLabel(framePairs, FRAMES);
  close(s.micro.precision, 2 / 3, 'micro P');
  close(s.micro.recall, 1 / 2, 'micro R');
  close(s.micro.f1, 4 / 7, 'micro F1');
  close(s.macro.f1, 5 / 42, 'macro F1');
});

test('frames: zero_division=1 gives labels absent from both F1 = 1', () => {
  // (1 + 2/3 + 0 + 11 × 1)/14 = (38/3)/14 = 19/21
  close(scoreMultiLabel(framePairs, FRAMES, { zeroDivision: 1 }).macro.f1, 19 / 21, 'macro');
});

test('edge: a label never predicted has P = zeroDivision, R = 0, its support counted', () => {
  const morality = scoreMultiLabel(framePairs, FRAMES).perLabel.find((l) => l.label === 'Morality')!;
  // Morality: predicted once wrongly (row 2), missed once (row 4): P 0/1, R 0/1
  assert.deepEqual([morality.precision, morality.recall, morality.support, morality.predicted], [0, 0, 1, 1]);
  const quality = scoreMultiLabel(framePairs, FRAMES).perLabel.find((l) => l.label === 'Quality_of_life')!;
  assert.deepEqual([quality.precision, quality.recall, quality.f1, quality.support], [0, 0, 0, 0]);
});

test('edge: no predictions at all gives micro-F1 0', () => {
  // tp 0, fp 0, fn 3 → F1 = 0/(0+0+3) = 0
  const s = scoreMultiLabel(framePairs.map((r) => ({ gold: r.gold, pred: [] })), FRAMES);
  assert.deepEqual([s.micro.precision, s.micro.recall, s.micro.f1], [0, 0, 0]);
});

test('edge: empty gold rows count predictions on them as false positives', () => {
  // techniques: row 1 gold {} pred {Doubt}: fp 1; row 2 gold {Doubt} pred {Doubt}: tp 1
  // micro P = 1/2, R = 1/1, F1 = 2/(2+1+0) = 2/3
  const s = scoreMultiLabel([{ gold: [], pred: ['Doubt'] }, { gold: ['Doubt'], pred: ['Doubt'] }], TECHNIQUES);
  close(s.micro.f1, 2 / 3, 'micro F1');
  close(s.micro.precision, 1 / 2, 'micro P');
});

test('spans: partial overlap credit by hand', () => {
  // gold [0,10), pred [5,15): |∩| = 5 → P = 5/10, R = 5/10, F1 = 0.5
  const s = scoreSpans([{ id: 'a', start: 0, end: 10 }], [{ id: 'a', start: 5, end: 15 }], { techniqueAware: false });
  assert.deepEqual([s.precision, s.recall, s.f1], [0.5, 0.5, 0.5]);
});

test('spans: one prediction over two gold spans', () => {
  // gold [0,10) [20,30); pred [0,30): P = (10/30 + 10/30)/1 = 2/3, R = (10/10 + 10/10)/2 = 1
  // F1 = 2 × (2/3) × 1 / (2/3 + 1) = (4/3)/(5/3) = 4/5
  const gold = [{ id: 'a', start: 0, end: 10 }, { id: 'a', start: 20, end: 30 }];
  const s = scoreSpans(gold, [{ id: 'a', start: 0, end: 30 }], { techniqueAware: false });
  close(s.precision, 2 / 3, 'P');
  close(s.f1, 4 / 5, 'F1');
});

test('edge: overlapping gold spans are merged; touching ones are not', () => {
  // gold [0,10) ∪ [5,15) = [0,15); pred [0,15): P = 15/15, R = 15/15
  const merged = scoreSpans([{ id: 'a', start: 0, end: 10 }, { id: 'a', start: 5, end: 15 }], [{ id: 'a', start: 0, end: 15 }], { techniqueAware: false });
  assert.deepEqual([merged.precision, merged.recall, merged.goldSpans], [1, 1, 1]);
  // gold [0,5) [5,10) stay two; pred [0,10): P = 5/10 + 5/10 = 1, R = (5/5 + 5/5)/2 = 1
  const touching = scoreSpans([{ id: 'a', start: 0, end: 5 }, { id: 'a', start: 5, end: 10 }], [{ id: 'a', start: 0, end: 10 }], { techniqueAware: false });
  assert.equal(touching.goldSpans, 2);
});

test('edge: overlapping predictions are merged, so recall stays ≤ 1', () => {
  // pred [0,6) ∪ [4,10) = [0,10) against gold [0,10): R = 1 (unmerged it would be 6/10 + 6/10 = 1.2)
  const s = scoreSpans([{ id: 'a', start: 0, end: 10 }], [{ id: 'a', start: 0, end: 6 }, { id: 'a', start: 4, end: 10 }], { techniqueAware: false });
  assert.equal(s.recall, 1);
});

test('spans: technique-aware variant and per-technique figures by hand', () => {
  const gold: ScoredSpan[] = [{ id: 'a', technique: 'Doubt', start: 0, end: 10 }, { id: 'a', technique: 'Slogans', start: 20, end: 30 }];
  const pred: ScoredSpan[] = [{ id: 'a', technique: 'Doubt', start: 0, end: 5 }, { id: 'a', technique: 'Doubt', start: 20, end: 30 }];
  // aware: Doubt[0,5) vs Doubt[0,10): 5/5 and 5/10; Doubt[20,30) vs Slogans: no credit
  // P = 1/2, R = 0.5/2 = 1/4, F1 = 2 × 1/2 × 1/4 / (3/4) = 1/3
  const aware = scoreSpans(gold, pred, { techniqueAware: true, labels: ['Doubt', 'Slogans'] });
  close(aware.f1, 1 / 3, 'aware F1');
  // Doubt: P = 1/2 (2 predicted), R = 0.5/1 → F1 0.5; Slogans: nothing predicted → 0
  assert.deepEqual(aware.perLabel.map((l) => [l.label, l.precision, l.recall, l.support, l.predicted]), [
    ['Doubt', 0.5, 0.5, 1, 2],
    ['Slogans', 0, 0, 1, 0],
  ]);
  // agnostic: 5/5 + 10/10 → P = 2/2 = 1; R = (5/10 + 10/10)/2 = 3/4; F1 = 1.5/1.75 = 6/7
  close(scoreSpans(gold, pred, { techniqueAware: false }).f1, 6 / 7, 'SI F1');
});

test('edge: no predicted spans gives P = R = F1 = 0; other articles earn nothing', () => {
  const gold = [{ id: 'a', start: 0, end: 10 }];
  assert.deepEqual(Object.values(scoreSpans(gold, [], { techniqueAware: false })).slice(0, 3), [0, 0, 0]);
  assert.equal(scoreSpans(gold, [{ id: 'b', start: 0, end: 10 }], { techniqueAware: false }).f1, 0);
});

test('spans: no gold span and none predicted scores 1, as the SemEval-2020 scorer; one side empty scores 0', () => {
  assert.equal(scoreSpans([], [], { techniqueAware: false }).f1, 1);
  assert.equal(scoreSpans([], [], { techniqueAware: true, labels: ['Doubt'] }).f1, 1);
  assert.equal(scoreSpans([{ id: 'a', start: 0, end: 5 }], [], { techniqueAware: false }).f1, 0);
  assert.equal(scoreSpans([], [{ id: 'a', start: 0, end: 5 }], { techniqueAware: false }).f1, 0);
});
