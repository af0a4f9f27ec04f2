/**
 * The shipped span models (models/spans/): each loads, knows only official techniques, and gives
 * valid spans inside paragraphs on the example article we wrote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTechnique } from '../src/labels.js';
import { segment } from '../src/segment/index.js';
import { predictSpans, readSpanModel, spanModelDir } from '../src/spans/predict-spans.js';
import { reconcileSpans } from '../src/spans/reconcile-spans.js';
import { spanCandidates } from '../src/spans/predict-spans.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = spanModelDir();
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.slm')) : [];
const example = readFileSync(path.join(repoRoot, 'examples/town-bypass-op-ed.txt'), 'utf8');

test('shipped span models load and name only official techniques', { skip: files.length === 0 && 'no span models in models/spans/' }, () => {
  for (const f of files) {
    const m = readSpanModel(path.join(dir, f));
    assert.equal(m.header.task, 'spans');
    assert.ok(m.header.labels.every(isTechnique));
    assert.ok(Object.keys(m.header.unsupported).every(isTechnique));
  }
});

test('the English span model marks phrases inside paragraphs of the example article', { skip: !files.includes('spans-en.slm') && 'no English span model' }, () => {
  const doc = segment({ id: 'example', text: example }, { lang: 'en' });
  const spans = predictSpans(doc);
  assert.ok(spans.length > 0);
  for (const s of spans) {
    assert.ok(isTechnique(s.label));
    assert.ok(s.score >= 0 && s.score <= 1);
    assert.ok(doc.paragraphs.some((p) => p.start <= s.start && s.end <= p.end));
    assert.match(example.slice(s.start, s.end), /\p{L}/u);
  }
});

test('reconciled spans of the example carry only the techniques their paragraph reports', { skip: !files.includes('spans-en.slm') && 'no English span model' }, () => {
  const doc = segment({ id: 'example', text: example }, { lang: 'en' });
  const model = readSpanModel(path.join(dir, 'spans-en.slm'));
  const decisions = doc.paragraphs.map((_, index) => ({ index, techniques: index % 2 ? [{ label: 'Loaded_Language', score: 0.8 }] : [] }));
  const spans = reconcileSpans(decisions, spanCandidates(doc, model));
  for (const s of spans) {
    assert.equal(s.label, 'Loaded_Language');
    const i = doc.paragraphs.findIndex((p) => p.start <= s.start && s.end <= p.end);
    assert.equal(i % 2, 1);
  }
  const covered = new Set(spans.map((s) => doc.paragraphs.findIndex((p) => p.start <= s.start && s.end <= p.end)));
  assert.equal(covered.size, decisions.filter((d) => d.techniques.length > 0).length, 'every reporting paragraph has a span');
});
