/** Reconciliation of tagger spans with paragraph decisions (issue 6, item 2). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reconcileSpans, taggerSpans } from '../src/spans/reconcile-spans.js';
import type { ParagraphCandidates } from '../src/spans/span-candidates.js';

const cand = (label: string, start: number, end: number, paragraph: number, score = 0.6) => ({ label, start, end, score, paragraph });

const CANDIDATES: ParagraphCandidates[] = [
  { index: 0, spans: [cand('Loaded_Language', 0, 5, 0), cand('Doubt', 2, 9, 0)], fallbacks: [cand('Loaded_Language', 0, 5, 0), cand('Slogans', 6, 9, 0)] },
  { index: 1, spans: [cand('Loaded_Language', 20, 25, 1)], fallbacks: [cand('Loaded_Language', 20, 25, 1)] },
];

test('reconcile: a span is kept only where its paragraph reports its technique', () => {
  const out = reconcileSpans([{ index: 0, techniques: [{ label: 'Loaded_Language', score: 0.9 }] }], CANDIDATES);
  assert.deepEqual(out.map((s) => [s.label, s.start, s.end]), [['Loaded_Language', 0, 5]]);
});

test('reconcile: a reported technique without a span gets its best candidate, scored by the paragraph', () => {
  const out = reconcileSpans([{ index: 0, techniques: [{ label: 'Slogans', score: 0.7 }] }], CANDIDATES);
  assert.deepEqual(out, [{ label: 'Slogans', start: 6, end: 9, score: 0.7 }]);
});

test('reconcile: a technique the tagger cannot predict gets no span', () => {
  const out = reconcileSpans([{ index: 1, techniques: [{ label: 'Red_Herring', score: 0.8 }] }], CANDIDATES);
  assert.deepEqual(out, []);
});

test('reconcile: paragraphs without decisions get no spans, and unknown labels are ignored', () => {
  assert.deepEqual(reconcileSpans([], CANDIDATES), []);
  assert.deepEqual(reconcileSpans([{ index: 1, techniques: [{ label: 'Not_A_Technique', score: 1 }] }], CANDIDATES), []);
});

test('reconcile: overlapping spans of different techniques both survive, sorted by position', () => {
  const out = reconcileSpans([{ index: 0, techniques: [{ label: 'Doubt', score: 0.6 }, { label: 'Loaded_Language', score: 0.9 }] }], CANDIDATES);
  assert.deepEqual(out.map((s) => s.label), ['Loaded_Language', 'Doubt']);
});

test('reconcile: without decisions the tagger spans are returned as they are', () => {
  assert.equal(taggerSpans(CANDIDATES).length, 3);
});
