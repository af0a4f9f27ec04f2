/**
 * The span tagger on a tiny corpus we wrote: it learns to mark a phrase, decodes valid spans
 * inside paragraphs, maps gold spans to tokens with snapping, and its model file round-trips.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../src/segment/index.js';
import { ModelError } from '../src/errors.js';
import { goldTags, tagRuns, type LabelledSpan } from '../src/spans/gold-tags.js';
import { predictSpans } from '../src/spans/predict-spans.js';
import { decodeSpanModel, encodeSpanModel } from '../src/spans/span-model-file.js';
import { emissions } from '../src/spans/tagger-params.js';
import { tokenFeatures } from '../src/spans/token-features.js';
import { trainPerceptron } from '../src/spans/train-perceptron.js';
import { encodeContainer } from '../src/models/model-file.js';
import { buildSequences } from '../src/train/spans-dataset.js';
import type { SpanArticle } from '../src/train/spans-corpus.js';

const PHRASE = 'shameful betrayal';
const FILLERS = [
  'The committee met on Monday to discuss the budget for the coming year.',
  'Residents asked about parking near the new library and the opening hours.',
  'The report lists three options and their costs in some detail.',
  'A spokesperson said the decision would be announced next week.',
];

/** Articles where every paragraph that contains PHRASE marks it as Loaded_Language. */
function corpus(count: number): SpanArticle[] {
  const out: SpanArticle[] = [];
  for (let i = 0; i < count; i++) {
    const lines = [
      FILLERS[i % 4] as string,
      `Critics called the plan a ${PHRASE} of the town and its people number ${i}.`,
      FILLERS[(i + 1) % 4] as string,
      `Nobody expected such a ${PHRASE} from the council in year ${2000 + i}.`,
    ];
    const text = lines.join('\n');
    const spans: LabelledSpan[] = [];
    for (let at = text.indexOf(PHRASE); at >= 0; at = text.indexOf(PHRASE, at + 1)) {
      spans.push({ label: 'Loaded_Language', start: at, end: at + PHRASE.length });
    }
    out.push({ doc: segment({ id: `t${i}`, text }, { lang: 'en' }), spans });
  }
  return out;
}

const LABELS = ['Loaded_Language', 'Doubt'];
const BITS = 12;

function trained() {
  const seqs = buildSequences(corpus(12), LABELS, BITS);
  const params = trainPerceptron(seqs, LABELS, BITS, { epochs: 4, seed: 7, active: [0, 1], missCost: 3 });
  return params;
}

test('spans: the tagger learns to mark the phrase in an unseen paragraph', () => {
  const params = trained();
  const text = 'The mayor gave a speech.\nSome saw it as a shameful betrayal of every promise he made.';
  const doc = segment({ id: 'x', text }, { lang: 'en' });
  const spans = predictSpans(doc, { model: { header: {} as never, params } });
  const texts = spans.filter((s) => s.label === 'Loaded_Language').map((s) => text.slice(s.start, s.end));
  assert.ok(texts.includes(PHRASE), `found ${JSON.stringify(texts)}`);
  assert.ok(!spans.some((s) => s.label === 'Doubt'), 'a label without examples never fires');
});

test('spans: decoded spans lie inside one paragraph, are not punctuation only, and are sorted', () => {
  const params = trained();
  const text = 'Title line here\n\nWhat a shameful betrayal!\nA quiet paragraph about the weather.\n';
  const doc = segment({ id: 'y', text }, { lang: 'en' });
  const spans = predictSpans(doc, { model: { header: {} as never, params } });
  for (const s of spans) {
    assert.ok(s.start < s.end);
    assert.ok(doc.paragraphs.some((p) => p.start <= s.start && s.end <= p.end), `span ${s.start}-${s.end} outside paragraphs`);
    assert.match(text.slice(s.start, s.end), /\p{L}/u);
    assert.ok(s.score >= 0 && s.score <= 1);
  }
  const starts = spans.map((s) => s.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('spans: a gold span ending one character short of the word covers the whole word', () => {
  const text = 'They are utterly corrupt people.';
  const doc = segment({ id: 'z', text }, { lang: 'en' });
  const at = text.indexOf('utterly');
  const tags = goldTags(doc.paragraphs[0]!, [{ label: 'Loaded_Language', start: at, end: text.indexOf('corrupt') + 6 }], LABELS);
  const runs = tagRuns(tags.get(0)!);
  assert.equal(runs.length, 1);
  const p = doc.paragraphs[0]!;
  assert.equal(text.slice(p.tokens[runs[0]![0]]!.start, p.tokens[runs[0]![1]]!.end), 'utterly corrupt');
});

test('spans: a gold span crossing a paragraph break is clipped to each paragraph', () => {
  const text = 'First part ends here\nsecond part starts';
  const doc = segment({ id: 'w', text }, { lang: 'en' });
  const span = { label: 'Doubt', start: text.indexOf('ends'), end: text.indexOf('starts') };
  const first = tagRuns(goldTags(doc.paragraphs[0]!, [span], LABELS).get(1)!);
  const second = tagRuns(goldTags(doc.paragraphs[1]!, [span], LABELS).get(1)!);
  assert.deepEqual(first, [[2, 3]]);
  assert.deepEqual(second, [[0, 1]]);
});

test('spans: touching spans of one label stay two runs', () => {
  assert.deepEqual(tagRuns([1, 2, 1, 2, 0, 1]), [[0, 1], [2, 3], [5, 5]]);
});

test('spans: the model file round-trips, is deterministic, and refuses corrupt or foreign files', () => {
  const params = trained();
  const meta = { id: 'spans-test', lang: 'en', unsupported: { Slogans: 0 }, training: { seed: 7 }, cv: null };
  const bytes = encodeSpanModel(params, meta);
  assert.deepEqual(encodeSpanModel(params, meta), bytes);
  const back = decodeSpanModel(bytes, 'mem');
  assert.deepEqual(back.params.labels, LABELS);
  assert.equal(back.header.task, 'spans');
  let maxErr = 0;
  let maxW = 0;
  for (let i = 0; i < params.w.length; i++) {
    maxErr = Math.max(maxErr, Math.abs(params.w[i]! - back.params.w[i]!));
    maxW = Math.max(maxW, Math.abs(params.w[i]!));
  }
  assert.ok(maxErr <= maxW / 127 + 1e-6, 'weights within one quantisation step');
  assert.deepEqual(Array.from(back.params.trans), Array.from(params.trans));
  const corrupt = Uint8Array.from(bytes);
  corrupt[corrupt.length - 3] ^= 0xff;
  assert.throws(() => decodeSpanModel(corrupt, 'bad'), ModelError);
  assert.throws(() => decodeSpanModel(Buffer.from('not a model at all'), 'txt'), ModelError);
  const foreign = encodeContainer({ format: 'slant-model', formatVersion: 1, task: 'techniques' }, new Uint8Array(4));
  assert.throws(() => decodeSpanModel(foreign, 'tech'), /not spans/);
});

test('spans: a decoded model keeps one int8 block, and its emissions equal those of its float weights', () => {
  const back = decodeSpanModel(encodeSpanModel(trained(), { id: 'spans-test', lang: 'en', unsupported: {}, training: {}, cv: null }), 'mem').params;
  assert.ok(back.byFeature);
  assert.deepEqual(Object.keys(back).filter((k) => k.startsWith('by')), ['byFeature']);
  const float = { labels: back.labels, bits: back.bits, w: back.w, trans: back.trans, offsets: back.offsets };
  const doc = segment({ id: 'x', text: `Critics saw a ${PHRASE} in the plan.\nThe report lists three options.` }, { lang: 'en' });
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const rows = tokenFeatures(doc, i, BITS);
    for (const withOffsets of [true, false]) {
      assert.deepEqual(emissions(back, rows, withOffsets), emissions(float, rows, withOffsets));
      assert.deepEqual(emissions(back, rows, withOffsets, [1]), emissions(float, rows, withOffsets, [1]));
    }
  }
});
