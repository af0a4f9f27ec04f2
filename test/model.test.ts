import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../src/segment/index.js';
import { trainTechniqueModel, type TrainTechniqueOptions } from '../src/train/train-techniques.js';
import { modelCard, section } from '../src/train/model-card.js';
import type { TrainRow } from '../src/train/semeval-corpus.js';
import { TechniqueModel } from '../src/models/technique-model.js';
import { DEFAULT_FEATURES } from '../src/features/feature-config.js';
import { DEFAULT_LEARNER } from '../src/models/logistic-ovr.js';
import { isModelError } from '../src/errors.js';
import { SIGNAL_WIDTH } from '../src/train/decision.js';
import { sentenceDocument } from '../src/models/sentence-signal.js';

// Our own sentences: "fear" paragraphs warn of disaster, "pride" paragraphs praise the nation.
const FEAR = [
  'The flood of danger will destroy our towns and terror is coming.',
  'Terrible danger waits for every family if nothing is done now.',
  'Disaster and chaos will follow, and the danger grows every day.',
  'Fear the coming catastrophe, the danger is real and close.',
  'This danger will ruin us all, a disaster beyond any measure.',
  'Our children face danger and terror in the dark streets.',
  'A catastrophe is near, the danger cannot be ignored any longer.',
  'Panic spreads as the danger and the disaster draw closer.',
  'Nobody is safe from this danger, terror will reach every home.',
  'The disaster will strike without warning and the danger is everywhere.',
];
const PRIDE = [
  'Our great nation stands proud and strong under the flag.',
  'The proud people of this nation honour the flag with joy.',
  'Patriots love the nation and carry the flag with pride.',
  'This glorious nation deserves proud and loyal citizens.',
  'Raise the flag high, the nation is proud of its heroes.',
  'Proud citizens sing for the nation and salute the flag.',
  'The flag unites the proud nation from coast to coast.',
  'A strong nation, a proud people, one flag for all of us.',
  'Honour the nation and the flag, be proud of our history.',
  'Every proud patriot stands for the nation and its flag.',
];

function rows(): TrainRow[] {
  const all = [...FEAR.map((t) => [t, 'Fear']), ...PRIDE.map((t) => [t, 'Pride'])];
  return all.map(([text, label], i) => {
    const doc = segment({ id: `a${i}`, text: `${text}\n` }, { lang: 'en' });
    return { doc, index: 0, lang: 'en', articleId: `a${i}`, labels: [label as string] };
  });
}

/** Decision signals (B, I and S) that say which label each row carries: +4 for its own label, -4 for the other. */
function trackingSignal(r: TrainRow[]): Float64Array {
  const signal = new Float64Array(r.length * 2 * SIGNAL_WIDTH);
  r.forEach((row, i) => ['Fear', 'Pride'].forEach((label, l) => signal.fill(row.labels.includes(label) ? 4 : -4, (i * 2 + l) * SIGNAL_WIDTH, (i * 2 + l + 1) * SIGNAL_WIDTH)));
  return signal;
}

const OPTS: TrainTechniqueOptions = {
  id: 'tiny',
  labels: ['Fear', 'Pride'],
  features: { ...DEFAULT_FEATURES, bits: 14 },
  learner: { ...DEFAULT_LEARNER, epochs: 10 },
  thresholds: { mode: 'label', shrink: 5 },
  folds: 2,
  innerFolds: 0,
  seed: 3,
  files: [],
};

function scoresOf(model: TechniqueModel, text: string): Record<string, number> {
  const { paragraphs } = model.scoreParagraphs(segment({ id: 'x', text }, { lang: 'en' }));
  return Object.fromEntries((paragraphs[0]?.labels ?? []).map((l) => [l.label, l.score]));
}

test('a model trained on a tiny corpus separates its two labels', () => {
  const model = TechniqueModel.fromBytes(trainTechniqueModel(rows(), OPTS).bytes, 'tiny');
  const fear = scoresOf(model, 'The danger of disaster and terror is near.');
  const pride = scoresOf(model, 'The proud nation raises its flag.');
  assert.ok((fear['Fear'] as number) > (fear['Pride'] as number));
  assert.ok((pride['Pride'] as number) > (pride['Fear'] as number));
  for (const s of [...Object.values(fear), ...Object.values(pride)]) assert.ok(s >= 0 && s <= 1);
});

test('the model file is self-describing and carries CV figures', () => {
  const { header } = TechniqueModel.fromBytes(trainTechniqueModel(rows(), OPTS).bytes, 'tiny');
  assert.equal(header.format, 'slant-model');
  assert.equal(header.task, 'techniques');
  assert.deepEqual(header.labels, ['Fear', 'Pride']);
  assert.deepEqual(header.languages, ['en']);
  assert.equal(header.decisions['en']?.thresholds.length, 2);
  assert.ok(JSON.stringify(header.cv).includes('micro'));
});

test('the model file carries the calibration of its cross-validated scores: every score binned once, the labels shown among them', () => {
  const r = rows();
  const { header } = TechniqueModel.fromBytes(trainTechniqueModel(r, OPTS).bytes, 'tiny');
  const c = (header.cv as { perLanguage: { calibration: { ece: number; reported: { n: number; meanScore: number; precision: number }; bins: { n: number; meanScore: number; rate: number }[] } }[] }).perLanguage[0]!.calibration;
  assert.equal(c.bins.length, 10);
  assert.equal(c.bins.reduce((a, b) => a + b.n, 0), r.length * 2, 'each paragraph × label once');
  assert.ok(c.ece >= 0 && c.ece <= 1);
  assert.ok(c.reported.n > 0 && c.reported.precision > 0.5, JSON.stringify(c.reported));
  for (const b of c.bins) if (b.n > 0) assert.ok(b.meanScore >= 0 && b.meanScore <= 1 && b.rate >= 0 && b.rate <= 1);
  const card = section({ file: 'tiny.slm', header, bytes: 1000 }).join('\n');
  assert.ok(card.includes(`| ${c.reported.meanScore.toFixed(2)} / ${c.reported.precision.toFixed(2)} (${c.reported.n}) | ${c.ece.toFixed(3)} |`), card);
  assert.match(modelCard([{ file: 'tiny.slm', header, bytes: 1000 }], 'slant train techniques'), /expected calibration/);
});

test('the model file stores micro-F1 over all out-of-fold rows with its bootstrap interval over articles, and the card shows it', () => {
  const r = rows();
  const { header } = TechniqueModel.fromBytes(trainTechniqueModel(r, OPTS).bytes, 'tiny');
  const i = (header.cv as { perLanguage: { interval: { value: number; low: number; high: number; articles: number } }[] }).perLanguage[0]!.interval;
  assert.equal(i.articles, r.length);
  assert.ok(i.low <= i.value && i.value <= i.high, JSON.stringify(i));
  const card = section({ file: 'tiny.slm', header, bytes: 1000 }).join('\n');
  assert.ok(card.includes(`| ${i.value.toFixed(3)} (${i.low.toFixed(3)}–${i.high.toFixed(3)}), ${r.length} articles |`), card);
});

test('same seed gives a byte-identical model file', () => {
  const a = trainTechniqueModel(rows(), OPTS).bytes;
  const b = trainTechniqueModel(rows(), OPTS).bytes;
  assert.deepEqual(Buffer.from(a), Buffer.from(b));
});

test('save and load round-trip gives the same scores', () => {
  const bytes = trainTechniqueModel(rows(), OPTS).bytes;
  const one = TechniqueModel.fromBytes(bytes, 'one');
  const two = TechniqueModel.fromBytes(Uint8Array.from(bytes), 'two');
  assert.deepEqual(scoresOf(one, 'Danger everywhere.'), scoresOf(two, 'Danger everywhere.'));
});

test('a corrupt or foreign file is a ModelError', () => {
  const bytes = Buffer.from(trainTechniqueModel(rows(), OPTS).bytes);
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 5] = (flipped[flipped.length - 5] as number) ^ 0xff;
  for (const bad of [Buffer.from('hello world, not a model'), bytes.subarray(0, 40), flipped]) {
    assert.throws(() => TechniqueModel.fromBytes(bad, 'bad.slm'), (e: unknown) => isModelError(e) && /bad\.slm/.test((e as Error).message));
  }
});

test('evidence spans lie inside their paragraph and point at the words that carry the label', async () => {
  const { explainParagraph } = await import('../src/explain/evidence-spans.js');
  const model = TechniqueModel.fromBytes(trainTechniqueModel(rows(), OPTS).bytes, 'tiny');
  const text = 'Yesterday the danger of disaster reached the quiet town.';
  const doc = segment({ id: 'x', text }, { lang: 'en' });
  const spans = explainParagraph(model, doc, 0, 'Fear');
  assert.ok(spans.length > 0);
  const para = doc.paragraphs[0]!;
  for (const s of spans) assert.ok(s.start >= para.start && s.end <= para.end && s.start < s.end);
  assert.ok(spans.some((s) => /danger|disaster/.test(text.slice(s.start, s.end))));
  const { explainParagraphLabels } = await import('../src/explain/evidence-spans.js');
  const strongest = [...spans].sort((a, b) => b.weight - a.weight)[0]!;
  assert.deepEqual(explainParagraphLabels(model, doc, 0, ['Fear'], { max: 1 })[0], [strongest], 'max keeps the strongest phrases');
  assert.deepEqual(explainParagraphLabels(model, doc, 0, ['Fear'], { signal: undefined, sentence: undefined })[0], spans, 'undefined options are left out');
});

test("with the span tagger's signal the decision weighs margin and signal, and a fallback language keeps the margin-only decision", async () => {
  const { emptyParams } = await import('../src/spans/tagger-params.js');
  const { applySpanPlatt, applyPlatt } = await import('../src/models/platt.js');
  const r = rows();
  const signal = trackingSignal(r);
  const model = TechniqueModel.fromBytes(trainTechniqueModel(r, OPTS, () => {}, signal).bytes, 'tiny-span');
  const span = model.header.decisions['en']?.span;
  assert.ok(span && span.platt.length === 2 && span.thresholds.length === 2, 'the file keeps the span decision');
  assert.ok(span.platt.every((p) => p.sb + p.si + (p.ss ?? 0) > 0), 'signals that track the label get a positive weight');
  const doc = segment({ id: 'x', text: 'The danger of disaster is near. The town is quiet.\n' }, { lang: 'en' });
  const m = model.margins(doc, 0);
  // An untrained tagger emits 0 everywhere: B and I are 0 for both labels. The tiny model doubles
  // as the sentence model: S is its higher margin over the paragraph's two sentences.
  const tagger = emptyParams(['Fear', 'Pride'], 10);
  const { doc: sentences } = sentenceDocument(doc);
  assert.equal(sentences.paragraphs.length, 2);
  const S = [0, 1].map((l) => Math.max(model.margins(sentences, 0)[l]!, model.margins(sentences, 1)[l]!));
  const withSignals = model.scoreParagraphs(doc, undefined, { spans: tagger, sentences: model }).paragraphs[0]!.labels;
  withSignals.forEach((l, i) => {
    assert.equal(l.score, applySpanPlatt(span.platt[i]!, m[i]!, 0, 0, S[i]!));
    assert.equal(l.over, l.score >= span.thresholds[i]!);
  });
  const margin = (ls: { score: number }[]): void => ls.forEach((l, i) => assert.equal(l.score, applyPlatt(model.header.decisions['en']!.platt[i]!, m[i]!)));
  margin(model.scoreParagraphs(doc).paragraphs[0]!.labels);
  // A decision that weighs S cannot run without the sentence model: it falls back to the margin.
  margin(model.scoreParagraphs(doc, undefined, { spans: tagger, sentences: null }).paragraphs[0]!.labels);
  const es = model.scoreParagraphs(segment({ id: 'y', text: 'El peligro del desastre está cerca.\n' }, { lang: 'es' }), undefined, { spans: tagger, sentences: model });
  assert.equal(es.fallback, true);
  const mEs = model.margins(segment({ id: 'y', text: 'El peligro del desastre está cerca.\n' }, { lang: 'es' }), 0);
  es.paragraphs[0]!.labels.forEach((l, i) => assert.equal(l.score, applyPlatt(model.header.decisions['en']!.platt[i]!, mEs[i]!)));
});

test('a span decision of the wrong length is a ModelError naming the file', async () => {
  const { decodeModel, encodeModel } = await import('../src/models/model-file.js');
  const { header, q } = decodeModel(trainTechniqueModel(rows(), OPTS).bytes, 'tiny');
  const { body: _body, ...rest } = header;
  const bad = encodeModel({ ...rest, decisions: { en: { ...header.decisions['en']!, span: { platt: [{ a: 1, b: 0, sb: 1, si: 1 }], thresholds: [0.5] } } } }, q);
  assert.throws(() => TechniqueModel.fromBytes(bad, 'odd.slm'), (e: unknown) => isModelError(e) && /odd\.slm.*span-signal decision/.test((e as Error).message));
});

test("evidence includes the token the span tagger's signal came from when the decision used it", async () => {
  const { emptyParams } = await import('../src/spans/tagger-params.js');
  const { tokenFeatures } = await import('../src/spans/token-features.js');
  const { explainParagraphLabels } = await import('../src/explain/evidence-spans.js');
  const r = rows();
  const signal = trackingSignal(r);
  const model = TechniqueModel.fromBytes(trainTechniqueModel(r, OPTS, () => {}, signal).bytes, 'tiny-span');
  const text = 'Yesterday the danger reached the quiet town.';
  const doc = segment({ id: 'x', text: `${text}\n` }, { lang: 'en' });
  const quiet = doc.paragraphs[0]!.tokens.findIndex((t) => text.slice(t.start, t.end) === 'quiet');
  // A tagger whose Fear B emission peaks on "quiet".
  const tagger = emptyParams(['Fear', 'Pride'], 10);
  for (const f of tokenFeatures(doc, 0, 10)[quiet]!) tagger.w[f * 4] = 3;
  const words = (ev: { start: number; end: number }[]): string => ev.map((e) => text.slice(e.start, e.end)).join(' | ');
  const plain = explainParagraphLabels(model, doc, 0, ['Fear'])[0]!;
  const { spanSignal } = model.scoreParagraphs(doc, undefined, { spans: tagger, sentences: model }).paragraphs[0]!;
  assert.ok(spanSignal, 'the decision used the signal, and the scores carry it');
  const withTagger = explainParagraphLabels(model, doc, 0, ['Fear'], { signal: spanSignal })[0]!;
  assert.ok(!/quiet/.test(words(plain)), words(plain));
  assert.ok(/quiet/.test(words(withTagger)), words(withTagger));
  for (const e of withTagger) assert.ok(e.weight > 0 && e.weight <= 1);
});

test('evidence includes the words of the sentence the sentence signal came from when the decision used it', async () => {
  const { emptyParams } = await import('../src/spans/tagger-params.js');
  const { explainParagraphLabels } = await import('../src/explain/evidence-spans.js');
  const r = rows();
  const signal = trackingSignal(r);
  const model = TechniqueModel.fromBytes(trainTechniqueModel(r, OPTS, () => {}, signal).bytes, 'tiny-span');
  // A sentence model for which "quiet" (not "danger") carries Fear.
  const quietRows = r.map((row, i) => ({ ...row, doc: segment({ id: `q${i}`, text: `${row.doc.article.text.replace(/danger/g, 'quiet')}` }, { lang: 'en' }) }));
  const sentences = TechniqueModel.fromBytes(trainTechniqueModel(quietRows, OPTS).bytes, 'tiny-sentences');
  const text = 'Yesterday the mayor opened the market. The quiet lake slept.';
  const doc = segment({ id: 'x', text: `${text}\n` }, { lang: 'en' });
  const words = (ev: { start: number; end: number }[]): string => ev.map((e) => text.slice(e.start, e.end)).join(' | ');
  const { sentenceSignal } = model.scoreParagraphs(doc, undefined, { spans: emptyParams(['Fear', 'Pride'], 10), sentences }).paragraphs[0]!;
  assert.ok(sentenceSignal, 'the decision used the sentence signal, and the scores carry it');
  assert.equal(sentenceSignal.peaks[0], 1, 'Fear peaks in the second sentence');
  const plain = explainParagraphLabels(model, doc, 0, ['Fear'])[0]!;
  const withSentence = explainParagraphLabels(model, doc, 0, ['Fear'], { sentence: { signal: sentenceSignal, model: sentences } })[0]!;
  assert.ok(!/quiet/.test(words(plain)), words(plain));
  assert.ok(/quiet/.test(words(withSentence)), words(withSentence));
  for (const e of withSentence) assert.ok(e.weight > 0 && e.weight <= 1);
});
