import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { GENRES } from '../src/labels.js';
import { segment } from '../src/segment/index.js';
import { trainArticleModel } from '../src/train/genre-frames-train.js';
import { ArticleLinearModel } from '../src/models/genre-frames-linear.js';
import { predictGenre, scoreGenre } from '../src/models/genre-model.js';
import { shippedArticleModelDir } from '../src/models/genre-frames-load.js';
import { genreDecide, macroF1 } from '../src/models/genre-decision.js';
import { article, tinyRows, TINY } from './genre-frames-helpers.js';
import { OccurrenceRecorder } from '../src/features/occurrence-recorder.js';
import { fitGenreDecisions, fitGenreDecisionsOnRepeats } from '../src/train/genre-frames-cv.js';
import { mulberry32 } from '../src/models/prng.js';

const trained = trainArticleModel(tinyRows('genre'), { ...TINY, task: 'genre', id: 'genre-tiny', labels: GENRES });

function sum(scores: Record<string, number>): number {
  return Object.values(scores).reduce((a, b) => a + b, 0);
}

test('genre: a model trained on a tiny corpus separates opinion from reporting', () => {
  const model = new ArticleLinearModel(trained.bytes, 'tiny', 'genre');
  const op = scoreGenre(model, segment({ id: 'o', text: article('health', 'opinion', 7) }, { lang: 'en' }));
  const rep = scoreGenre(model, segment({ id: 'r', text: article('money', 'reporting', 8) }, { lang: 'en' }));
  assert.equal(op.label, 'opinion');
  assert.equal(rep.label, 'reporting');
  assert.ok(Math.abs(sum(op.scores) - 1) < 1e-9);
});

test('genre: the file carries the calibration of its cross-validated probabilities, one decided genre per article', () => {
  const c = (trained.header.cv as { perLanguage: { calibration: { reported: { n: number }; bins: { n: number }[] } }[] }).perLanguage[0]!.calibration;
  const articles = tinyRows('genre').length;
  assert.equal(c.reported.n, articles * TINY.repeats);
  assert.equal(c.bins.reduce((a, b) => a + b.n, 0), articles * TINY.repeats * GENRES.length);
});

test('genre: evidence comes from the decided genre and lies inside the article, strongest paragraph first', () => {
  const model = new ArticleLinearModel(trained.bytes, 'tiny', 'genre');
  const doc = segment({ id: 'e', text: article('health', 'opinion', 7) }, { lang: 'en' });
  const out = scoreGenre(model, doc);
  assert.equal(out.label, 'opinion');
  assert.ok(out.evidence.length > 0 && out.paragraphs.length > 0);
  for (const e of out.evidence) {
    assert.equal(doc.article.text.slice(e.start, e.end), e.text);
    assert.ok(doc.paragraphs.some((p) => p.start <= e.start && e.end <= p.end));
    assert.ok(e.weight > 0 && e.weight <= 1);
  }
  const weights = out.paragraphs.map((p) => p.weight);
  assert.deepEqual(weights, [...weights].sort((a, b) => b - a));
  assert.ok(out.paragraphs.every((p) => doc.paragraphs.some((q) => q.n === p.n)));
  // Recording the occurrences for evidence leaves the margins (so the scores) as they are without it.
  assert.deepEqual(Array.from(model.margins(doc, new OccurrenceRecorder())), Array.from(model.margins(doc)));
});

test('genre: the decision offsets move the label to a rarer class', () => {
  assert.equal(genreDecide([0.6, 0.3, 0.1], [0, 0, 0]), 0);
  assert.equal(genreDecide([0.6, 0.3, 0.1], [0, 1, 0]), 1);
  assert.equal(macroF1([0, 1, 2], [0, 1, 2], 3), 1);
  assert.equal(macroF1([0, 0], [0, 1], 3), (2 / 3 + 0) / 2);
});

test('genre: model file round trip', () => {
  const model = new ArticleLinearModel(trained.bytes, 'tiny', 'genre');
  assert.equal(model.header.task, 'genre');
  assert.deepEqual(model.header.labels, [...GENRES]);
  assert.equal(model.header.decisions.en?.thresholds.length, 3);
});

const shipped = path.join(shippedArticleModelDir('genre'), 'genre.slm');
test('genre: the shipped model loads and gives probabilities summing to 1', { skip: !existsSync(shipped) && 'shipped genre model absent' }, () => {
  for (const lang of ['en', 'de', 'es']) {
    const out = predictGenre(segment({ id: 'x', text: article('money', 'reporting', 2) }, { lang }));
    assert.ok(Math.abs(sum(out.scores) - 1) < 1e-9);
    for (const v of Object.values(out.scores)) assert.ok(v >= 0 && v <= 1);
    assert.ok(GENRES.includes(out.label));
    if (lang === 'es') assert.equal(out.warning?.code, 'genre-language-fallback');
  }
});

test('genre: a language without a calibration of its own gets the most probable genre', { skip: !existsSync(shipped) && 'shipped genre model absent' }, () => {
  for (const text of [article('money', 'reporting', 3), article('health', 'opinion', 4), 'Título\n\nEs una vergüenza absoluta. ¿Quién puede creer a estos mentirosos?']) {
    const out = predictGenre(segment({ id: 'es', text }, { lang: 'es' }));
    const top = GENRES.reduce((a, b) => (out.scores[b] > out.scores[a] ? b : a));
    assert.equal(out.label, top);
  }
});

test('genre decisions rest on every repeat\'s out-of-fold margins: the rows of all repeats at once', () => {
  const random = mulberry32(5);
  const n = 40;
  const K = GENRES.length;
  const gold = Int32Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 2 : i % 3 === 0 ? 1 : 0));
  const langs = Array.from({ length: n }, (_, i) => (i < 25 ? 'en' : 'fr'));
  const draw = (): Float64Array => Float64Array.from({ length: n * K }, (_, j) => (j % K === gold[Math.floor(j / K)] ? 1 : 0) + 2 * random() - 1);
  const [a, b] = [draw(), draw()];
  assert.deepEqual(fitGenreDecisionsOnRepeats([a], gold, langs, K), fitGenreDecisions(a, gold, langs, K), 'one repeat: the one decision');
  const both = new Float64Array(2 * n * K);
  both.set(a);
  both.set(b, n * K);
  const twice = <T>(xs: ArrayLike<T>): T[] => [...Array.from(xs), ...Array.from(xs)];
  assert.deepEqual(fitGenreDecisionsOnRepeats([a, b], gold, langs, K), fitGenreDecisions(both, twice(gold), twice(langs), K));
  assert.notDeepEqual(fitGenreDecisionsOnRepeats([a, b], gold, langs, K), fitGenreDecisions(a, gold, langs, K), 'the second repeat counts');
});
