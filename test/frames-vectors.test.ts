import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FRAMES } from '../src/labels.js';
import { segment } from '../src/segment/index.js';
import { ModelError } from '../src/errors.js';
import { decodeWordVectors, encodeWordVectors, meanVector, readWordVectors, tokenRows } from '../src/features/word-vectors.js';
import { lexiconDir } from '../src/features/lexicon-file.js';
import { decodeModel, encodeModel, type ModelHeader } from '../src/models/model-file.js';
import { ArticleLinearModel } from '../src/models/genre-frames-linear.js';
import { scoreFrames, predictFrames } from '../src/models/frames-model.js';
import { ownShare, regressionLogits, vectorContributions, vectorLogits, type VectorDecisionData } from '../src/models/vector-decision.js';
import { articleVectors, crossValidateVectors, fitVectorRegressions, type ArticleVector } from '../src/train/frames-vectors.js';
import { trainArticleModel } from '../src/train/genre-frames-train.js';
import { shippedArticleModelDir } from '../src/models/genre-frames-load.js';
import { FRAMES_VECTORS } from '../src/train/genre-frames-settings.js';
import { article, tinyRows, TINY } from './genre-frames-helpers.js';
import { DEFAULT_ARTICLE_BASE } from '../src/features/article-features.js';

const lexiconFile = path.join(lexiconDir(), FRAMES_VECTORS.file);
const noLexicon = !existsSync(lexiconFile) && 'shipped word-vector lexicon absent';

test('word vectors: a lexicon file round-trips its words and (int8) vectors, and refuses damage', () => {
  const words = ['tax', 'virus', 'déjà'];
  const v = Float32Array.from([0.6, 0.8, 0, 0, -1, 0, 0.5, 0.5, Math.SQRT1_2]);
  const bytes = encodeWordVectors(words, 3, v, { id: 'test' });
  const lex = decodeWordVectors(bytes, 'test.bin');
  assert.equal(lex.dims, 3);
  assert.deepEqual([...lex.index.keys()], words);
  const doc = segment({ id: 'w', text: 'Tax and virus, unknown words; déjà.' }, { lang: 'en' });
  const rows = tokenRows(lex, doc);
  assert.deepEqual([...rows].filter((r) => r >= 0), [0, 1, 2]);
  const mean = meanVector(lex, rows);
  const expected = [0.6 + 0 + 0.5, 0.8 - 1 + 0.5, 0 + 0 + Math.SQRT1_2].map((x) => x / 3);
  mean.forEach((x, k) => assert.ok(Math.abs(x - (expected[k] as number)) < 0.01, `component ${k}`));
  const cut = Uint8Array.from(bytes);
  cut[cut.length - 3] ^= 0xff;
  assert.throws(() => decodeWordVectors(cut, 'cut.bin'), (e: unknown) => e instanceof ModelError && /cut\.bin/.test(e.message));
  assert.throws(() => decodeWordVectors(Buffer.from('not a lexicon'), 'x.bin'), ModelError);
});

test('word vectors: each word\'s share of a label\'s vector logit adds up to the logit less its intercept', { skip: noLexicon }, () => {
  const lex = readWordVectors(FRAMES_VECTORS.file);
  const doc = segment({ id: 's', text: article('money', 'opinion', 2) }, { lang: 'en' });
  const D = lex.dims;
  const d: VectorDecisionData = {
    lexicon: { file: FRAMES_VECTORS.file, sha256: lex.sha256 },
    weights: Array.from({ length: 2 * D }, (_, i) => Math.sin(i)),
    bias: [0.5, -1],
    platt: [{ a: 1, c: 1, b: 0 }, { a: 1, c: 1, b: 0 }],
    thresholds: [0.5, 0.5],
  };
  const { logits, rows } = vectorLogits(d, lex, doc);
  const shares = vectorContributions(d, lex, rows, [0, 1]);
  for (const l of [0, 1]) {
    const sum = (shares[l] as Float64Array).reduce((a, x) => a + x, 0);
    assert.ok(Math.abs(sum + (d.bias[l] as number) - (logits[l] as number)) < 1e-9);
    assert.ok((shares[l] as Float64Array).some((x) => x !== 0));
  }
  assert.deepEqual(Array.from(regressionLogits(d, meanVector(lex, rows))), Array.from(logits));
});

test('word vectors: a short text\'s mean is shrunk toward the training mean by n / (n + words), in training and in use alike', { skip: noLexicon }, () => {
  const lex = readWordVectors(FRAMES_VECTORS.file);
  const rows = tinyRows('frames');
  const L = FRAMES.length;
  const targets = new Uint8Array(rows.length * L);
  rows.forEach((r, i) => { for (const label of r.labels) targets[i * L + FRAMES.indexOf(label as never)] = 1; });
  const X = articleVectors(lex, rows.map((r) => r.doc));
  const fit = fitVectorRegressions(X, targets, L, 1, 30);
  assert.equal(fit.shrink?.words, 30);
  // The centre is the logit of the training articles' mean vector.
  const m = (X[0] as ArticleVector).mean.map((_, k) => X.reduce((a, x) => a + (x.mean[k] as number), 0) / X.length);
  regressionLogits(fit, m).forEach((z, l) => assert.ok(Math.abs(z - (fit.shrink?.centre[l] as number)) < 1e-9));
  const d: VectorDecisionData = { lexicon: { file: FRAMES_VECTORS.file, sha256: lex.sha256 }, ...fit, platt: FRAMES.map(() => ({ a: 1, c: 1, b: 0 })), thresholds: FRAMES.map(() => 0.5) };
  const short = segment({ id: 'short', text: 'Taxes rose again.' }, { lang: 'en' });
  const { logits, rows: tokens } = vectorLogits(d, lex, short);
  const n = [...tokens].filter((r) => r >= 0).length;
  const s = n / (n + 30);
  const raw = regressionLogits(fit, meanVector(lex, tokens));
  const shares = vectorContributions(d, lex, tokens, FRAMES.map((_, l) => l));
  for (let l = 0; l < L; l++) {
    const centre = fit.shrink?.centre[l] as number;
    // (1 - s) of the way from the text's own logit to the centre ...
    assert.ok(Math.abs((logits[l] as number) - ((1 - s) * centre + s * (raw[l] as number))) < 1e-9);
    // ... and the words' shares add up to it less (1 - s)·centre + s·bias.
    const sum = (shares[l] as Float64Array).reduce((a, x) => a + x, 0);
    assert.ok(Math.abs(sum + (1 - s) * centre + s * (fit.bias[l] as number) - (logits[l] as number)) < 1e-9);
  }
  // A training article's mean (hundreds of words) is barely shrunk.
  assert.ok(ownShare(fit.shrink, 600) > 0.95 && ownShare(undefined, 3) === 1);
});

test('word vectors: regressions fitted on mean vectors separate the tiny corpus\'s two frames', { skip: noLexicon }, () => {
  const lex = readWordVectors(FRAMES_VECTORS.file);
  const rows = tinyRows('frames');
  const X = articleVectors(lex, rows.map((r) => r.doc));
  const L = FRAMES.length;
  const targets = new Uint8Array(rows.length * L);
  rows.forEach((r, i) => { for (const label of r.labels) targets[i * L + FRAMES.indexOf(label as never)] = 1; });
  const fit = fitVectorRegressions(X, targets, L, 1, 0);
  const economic = FRAMES.indexOf('Economic');
  const health = FRAMES.indexOf('Health_and_safety');
  rows.forEach((r, i) => {
    const z = regressionLogits(fit, (X[i] as ArticleVector).mean);
    const wanted = r.labels[0] === 'Economic' ? economic : health;
    assert.ok((z[wanted] as number) > (z[wanted === economic ? health : economic] as number));
  });
  const folds = [Int32Array.from(rows, (_, i) => i % 2)];
  const margins = [new Float64Array(rows.length * L)];
  const settings = { lexicon: lex, ref: { file: FRAMES_VECTORS.file, sha256: lex.sha256 }, langs: ['en'], ridge: 1, shrinkWords: 0 };
  const ids = rows.map((_, i) => `a${i}`);
  const cv = crossValidateVectors(X, targets, FRAMES, ids, margins, folds, 2, settings, TINY.thresholds);
  // Margins of zero say nothing; the vectors alone find every frame of the held-out half, so the
  // pair cannot beat them and is not kept.
  assert.ok(cv.figures.own.mean < 0.9 && cv.figures.pooled.mean > 0.9);
  // Every held-out article right: the interval over articles cannot leave 1.
  assert.deepEqual([cv.figures.pooled.interval.value, cv.figures.pooled.interval.low, cv.figures.pooled.interval.high, cv.figures.pooled.interval.articles], [1, 1, 1, rows.length]);
  assert.equal(cv.kept, false);
  assert.equal(cv.decision, undefined);
  const anyway = crossValidateVectors(X, targets, FRAMES, ids, margins, folds, 2, settings, TINY.thresholds, -1);
  assert.ok(anyway.kept && anyway.decision?.lexicon.sha256 === lex.sha256);
  assert.equal(anyway.decision.weights.length, L * lex.dims);
});

/** The tiny frames model with an English word-vector decision written into its header. */
function tinyWithVectors(sha256: string): Uint8Array {
  const lex = readWordVectors(FRAMES_VECTORS.file);
  const trained = trainArticleModel(tinyRows('frames'), { ...TINY, task: 'frames', id: 'frames-tiny', labels: FRAMES });
  const { header, q, idf } = decodeModel(trained.bytes, 'tiny', 'frames');
  const rows = tinyRows('frames');
  const L = FRAMES.length;
  const targets = new Uint8Array(rows.length * L);
  rows.forEach((r, i) => { for (const label of r.labels) targets[i * L + FRAMES.indexOf(label as never)] = 1; });
  const fit = fitVectorRegressions(articleVectors(lex, rows.map((r) => r.doc)), targets, L, 1, 0);
  const en = header.decisions['en'] as ModelHeader['decisions'][string];
  en.vectors = { lexicon: { file: FRAMES_VECTORS.file, sha256 }, ...fit, platt: FRAMES.map(() => ({ a: 1, c: 0.5, b: -1 })), thresholds: FRAMES.map(() => 0.5) };
  const { body: _body, ...rest } = header;
  return encodeModel(rest, q, idf);
}

test('frames: a word-vector decision scores σ(a·margin + c·vector logit + b), and its evidence lies in the paragraphs', { skip: noLexicon }, () => {
  const lex = readWordVectors(FRAMES_VECTORS.file);
  const model = new ArticleLinearModel(tinyWithVectors(lex.sha256), 'tiny', 'frames');
  const doc = segment({ id: 'v', text: article('health', 'reporting', 4) }, { lang: 'en' });
  const out = scoreFrames(model, doc, true);
  const d = model.header.decisions['en']?.vectors as VectorDecisionData;
  const m = model.margins(doc);
  const v = vectorLogits(d, lex, doc).logits;
  FRAMES.forEach((label, l) => {
    const expected = 1 / (1 + Math.exp(-((m[l] as number) - 1 + 0.5 * (v[l] as number))));
    assert.ok(Math.abs(out.scores[label] - expected) < 1e-12, label);
  });
  const health = out.frames.find((f) => f.label === 'Health_and_safety');
  assert.ok(health && health.evidence.length > 0);
  for (const e of health.evidence) {
    assert.equal(doc.article.text.slice(e.start, e.end), e.text);
    assert.ok(doc.paragraphs.some((p) => p.start <= e.start && e.end <= p.end));
  }
});

test('frames: a model fitted with another word-vector lexicon is refused with a message naming the lexicon', { skip: noLexicon }, () => {
  const model = new ArticleLinearModel(tinyWithVectors('0'.repeat(64)), 'tiny', 'frames');
  const doc = segment({ id: 'v', text: article('money', 'reporting', 1) }, { lang: 'en' });
  assert.throws(() => scoreFrames(model, doc), (e: unknown) => e instanceof ModelError && e.message.includes('vectors-en.bin') && /retrain it \(slant train frames\)/.test(e.message));
});

test('frames: a malformed word-vector decision is refused at load', { skip: noLexicon }, () => {
  const good = tinyWithVectors(readWordVectors(FRAMES_VECTORS.file).sha256);
  const { header, q, idf } = decodeModel(good, 'tiny', 'frames');
  const { body: _body, ...rest } = header;
  const en = rest.decisions['en'] as ModelHeader['decisions'][string];
  (en.vectors as VectorDecisionData).bias = [1, 2];
  assert.throws(() => new ArticleLinearModel(encodeModel(rest, q, idf), 'bad.slm', 'frames'), /bad\.slm: word-vector regressions malformed/);
  const fresh = decodeModel(good, 'tiny', 'frames').header;
  const { body: _fresh, ...again } = fresh;
  (again.decisions['en']?.vectors as VectorDecisionData).shrink = { words: 30, centre: [0] };
  assert.throws(() => new ArticleLinearModel(encodeModel(again, q, idf), 'bad.slm', 'frames'), /bad\.slm: word-vector shrinkage malformed$/);
});

const shipped = path.join(shippedArticleModelDir('frames'), 'frames.slm');
test('frames: the shipped pooled model decides English with word vectors', { skip: (!existsSync(shipped) && 'shipped frames model absent') || noLexicon }, () => {
  const header = decodeModel(readFileSync(shipped), shipped, 'frames').header;
  const d = header.decisions['en']?.vectors;
  assert.ok(d, 'English decision has word vectors');
  assert.equal(d.lexicon.sha256, readWordVectors(d.lexicon.file).sha256);
  const out = predictFrames(segment({ id: 'x', text: article('money', 'opinion', 1) }, { lang: 'en' }), { allEvidence: true });
  for (const f of out.frames) assert.ok(f.score >= 0 && f.score <= 1);
});

test('frames: contributionScale brings token contributions to the margin\'s units (exact when every feature occurs once)', () => {
  const base = { ...DEFAULT_ARTICLE_BASE, bits: 16, langFeatures: false, weights: { ...DEFAULT_ARTICLE_BASE.weights, bigram: 1 } };
  const trained = trainArticleModel(tinyRows('frames'), { ...TINY, base, article: { title: 0, cues: 0 }, task: 'frames', id: 'frames-words', labels: FRAMES });
  const model = new ArticleLinearModel(trained.bytes, 'words', 'frames');
  // No word repeats, so no word or bigram feature occurs twice.
  const doc = segment({ id: 'u', text: 'Budget deficit grew\n\nHospitals reported more patients while wages, inflation and trade shaped this quarter.' }, { lang: 'en' });
  const m = model.margins(doc);
  const scale = model.contributionScale;
  FRAMES.forEach((label, l) => {
    const sum = model.tokenContributions(doc, l).reduce((a, x) => a + x, 0) * scale;
    assert.ok(Math.abs(sum - ((m[l] as number) - (model.header.bias[l] as number))) < 1e-4, label);
  });
});
