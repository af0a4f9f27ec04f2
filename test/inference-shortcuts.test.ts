// The inference shortcuts give what the long way gives: spans tagged only where the paragraph
// model decided, evidence replayed from the occurrences recorded while scoring, frames evidence
// from the scoring pass. Shipped models; our own text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { explainParagraphLabels } from '../src/explain/evidence-spans.js';
import { OccurrenceRecorder } from '../src/features/occurrence-recorder.js';
import { loadArticleModel } from '../src/models/genre-frames-load.js';
import { shippedModelDir, techniqueModelFor } from '../src/models/model-registry.js';
import { segment } from '../src/segment/index.js';
import { reconcileSpans } from '../src/spans/reconcile-spans.js';
import { loadSpanModel, predictSpans, spanCandidates } from '../src/spans/predict-spans.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEXT = readFileSync(path.join(repoRoot, 'examples', 'town-bypass-op-ed.txt'), 'utf8');
const MODELS = shippedModelDir();
const skip = !existsSync(path.join(MODELS, 'techniques.slm')) && `shipped models absent: ${MODELS}`;

/** Decisions that report every technique in every paragraph: the widest reconciliation. */
function allDecisions(paragraphs: number, labels: readonly string[]): { index: number; techniques: { label: string; score: number }[] }[] {
  return Array.from({ length: paragraphs }, (_, index) => ({ index, techniques: labels.filter((_, k) => (k + index) % 3 !== 0).map((label) => ({ label, score: 0.5 })) }));
}

test('spans from the decided paragraphs and labels only equal reconciliation over every candidate', { skip }, () => {
  const doc = segment({ id: 'x', text: TEXT }, { lang: 'en' });
  const model = loadSpanModel('en');
  assert.ok(model);
  const model2 = techniqueModelFor('en');
  const decided = model2.scoreParagraphs(doc).paragraphs.map((p) => ({ index: p.index, techniques: p.labels.filter((l) => l.over).map((l) => ({ label: l.label, score: l.score })) }));
  for (const decisions of [decided, allDecisions(doc.paragraphs.length, model.params.labels)]) {
    assert.deepEqual(predictSpans(doc, { decisions }), reconcileSpans(decisions, spanCandidates(doc, model)));
  }
});

test('evidence replayed from the scoring pass equals evidence from a fresh extraction', { skip }, () => {
  const doc = segment({ id: 'x', text: TEXT }, { lang: 'en' });
  const model = techniqueModelFor('en');
  const recorded: OccurrenceRecorder[] = [];
  const scores = model.scoreParagraphs(doc, recorded);
  assert.deepEqual(scores, model.scoreParagraphs(doc), 'recording does not change scores');
  for (const p of scores.paragraphs) {
    const labels = [...model.header.labels];
    assert.deepEqual(explainParagraphLabels(model, doc, p.index, labels, { recorded: recorded[p.index] }), explainParagraphLabels(model, doc, p.index, labels));
  }
});

test('frames token contributions from the scoring pass equal a fresh extraction', { skip }, () => {
  const doc = segment({ id: 'x', text: TEXT }, { lang: 'en' });
  const model = loadArticleModel('frames', 'en');
  const recorded = new OccurrenceRecorder();
  assert.deepEqual(model.margins(doc, recorded), model.margins(doc), 'recording does not change margins');
  for (let l = 0; l < model.header.labels.length; l++) {
    assert.deepEqual(model.tokenContributions(doc, l, recorded), model.tokenContributions(doc, l));
  }
});
