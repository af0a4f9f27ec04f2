import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterAnalysis } from './filter-analysis.js';
import type { Analysis } from '../result.js';

/** Two paragraphs: ¶1 Loaded_Language 0.3 with a span, ¶3 Name_Calling 0.8 with a span. */
const ANALYSIS: Analysis = {
  article: { id: 'a', lang: 'en', chars: 40, paragraphs: [{ n: 1, start: 0, end: 15 }, { n: 3, start: 17, end: 40 }] },
  paragraphs: [
    { n: 1, techniques: [{ label: 'Loaded_Language', category: 'Manipulative_Wording', score: 0.3, evidence: [] }] },
    { n: 3, techniques: [{ label: 'Name_Calling-Labeling', category: 'Attack_on_Reputation', score: 0.8, evidence: [] }] },
  ],
  spans: [
    { start: 4, end: 12, label: 'Loaded_Language', score: 0.6 },
    { start: 20, end: 28, label: 'Name_Calling-Labeling', score: 0.7 },
  ],
  warnings: [],
  model: { id: 'm', version: '1' },
};

test('--min-score drops a paragraph finding and the spans of that technique in that paragraph', () => {
  const out = filterAnalysis(ANALYSIS, { minScore: 0.5 });
  assert.deepEqual(out.paragraphs.map((p) => p.techniques?.map((t) => t.label)), [[], ['Name_Calling-Labeling']]);
  assert.deepEqual(out.spans?.map((s) => s.label), ['Name_Calling-Labeling'], 'the 0.6 span of a paragraph finding at 0.3 goes with it');
  assert.deepEqual(filterAnalysis(ANALYSIS, { minScore: 0.65 }).spans?.map((s) => s.label), ['Name_Calling-Labeling']);
  assert.deepEqual(filterAnalysis(ANALYSIS, { minScore: 0.75 }).spans, []);
});

test('spans asked for without techniques keep their own scores only', () => {
  const out = filterAnalysis(ANALYSIS, { minScore: 0.5, tasks: ['spans'] });
  assert.deepEqual(out.spans?.map((s) => s.label), ['Loaded_Language', 'Name_Calling-Labeling']);
  assert.deepEqual(out.paragraphs, [{ n: 1 }, { n: 3 }]);
});

test('techniques not asked for are absent, with their scores, not empty', () => {
  const scored: Analysis = { ...ANALYSIS, paragraphs: ANALYSIS.paragraphs.map((p) => ({ ...p, scores: { Loaded_Language: 0.3 } })) };
  const out = filterAnalysis(scored, { tasks: ['genre'] });
  assert.ok(out.paragraphs.every((p) => !('techniques' in p) && !('scores' in p)));
  assert.ok(!JSON.stringify(out).includes('"techniques"'));
});

test('an analysis whose techniques were not run keeps them absent, and its spans', () => {
  const spansOnly: Analysis = { ...ANALYSIS, paragraphs: [{ n: 1 }, { n: 3 }] };
  const out = filterAnalysis(spansOnly, { minScore: 0.5 });
  assert.deepEqual(out.paragraphs, [{ n: 1 }, { n: 3 }]);
  assert.deepEqual(out.spans?.map((s) => s.label), ['Loaded_Language', 'Name_Calling-Labeling'], 'no paragraph decides the spans');
});

test('filtering twice changes nothing', () => {
  const once = filterAnalysis(ANALYSIS, { minScore: 0.5 });
  assert.deepEqual(filterAnalysis(once, { minScore: 0.5 }), once);
});
