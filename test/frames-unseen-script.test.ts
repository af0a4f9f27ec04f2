/** Frames of an article in a script no training language uses: the most common frames of the training articles, scored with their share. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMES } from '../src/labels.js';
import { segment } from '../src/segment/index.js';
import { trainArticleModel } from '../src/train/genre-frames-train.js';
import { framePriors } from '../src/train/frame-priors.js';
import { ArticleLinearModel } from '../src/models/genre-frames-linear.js';
import { encodeModel, type ModelHeader } from '../src/models/model-file.js';
import { scoreFrames, UNSEEN_LANGUAGE_FRAMES, UNSEEN_SCRIPT_FRAMES } from '../src/models/frames-model.js';
import { loadArticleModel } from '../src/models/genre-frames-load.js';
import { loadFastModels } from '../src/models/fast-models.js';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { ModelError } from '../src/errors.js';
import { article, tinyRows, TINY } from './genre-frames-helpers.js';

// Our own sentences: Georgian ("The city council raised taxes. Shopkeepers are against it.") and Spanish.
const GEORGIAN = 'ქალაქის საბჭომ გადასახადები გაზარდა\n\nმაღაზიების მფლობელები ამის წინააღმდეგნი არიან და ამბობენ, რომ ფასები კიდევ გაიზრდება.';
const SPANISH = 'El ayuntamiento sube los impuestos\n\nLa subida de impuestos castiga a las familias y a los comercios del centro, dice la oposición.';

test('frame priors: each frame\'s share of a language\'s articles, averaged over the languages (each weighs the same)', () => {
  // en: 3 articles, Economic in 3, Health in 1; fr: 1 article with Health only.
  const targets = Uint8Array.from([1, 0, 1, 1, 1, 0, 0, 1]);
  assert.deepEqual(framePriors(targets, ['en', 'en', 'en', 'fr'], 2), [0.5, Math.round(((1 / 3 + 1) / 2) * 1e4) / 1e4]);
  assert.deepEqual(framePriors(new Uint8Array(0), [], 3), [0, 0, 0]);
});

const rows = tinyRows('frames');
const trained = trainArticleModel(rows, { ...TINY, task: 'frames', id: 'frames-tiny', labels: FRAMES, framePriors: true });
const model = new ArticleLinearModel(trained.bytes, 'tiny', 'frames');

test('frames in an unseen script: the most common training frames, scored with their share, no evidence', () => {
  const priors = model.header.framePriors;
  assert.ok(priors, 'trained with framePriors: true, the header has them');
  // The tiny corpus: 12 money articles (Economic), 12 health ones, all English.
  assert.equal(priors[FRAMES.indexOf('Economic')], 0.5);
  assert.equal(priors[FRAMES.indexOf('Health_and_safety')], 0.5);
  const out = scoreFrames(model, segment({ id: 'ka', text: GEORGIAN }, { lang: 'ka' }), false, true);
  // Only the two frames the training articles had: a frame no article had is never reported.
  assert.deepEqual(out.frames.map((f) => [f.label, f.score, f.evidence.length, f.paragraphs.length]), [['Economic', 0.5, 0, 0], ['Health_and_safety', 0.5, 0, 0]]);
  FRAMES.forEach((f, l) => assert.equal(out.scores[f], priors[l]));
  assert.equal(out.warning?.code, 'frames-language-fallback');
  assert.match(out.warning?.message ?? '', new RegExp(`^no frames model reads 'ka' or its script: the ${UNSEEN_SCRIPT_FRAMES} frames most common in the training articles are reported, each scored with its share of them`));
  // With every frame asked for, the others come too, not over.
  const all = scoreFrames(model, segment({ id: 'ka', text: GEORGIAN }, { lang: 'ka' }), true, true);
  assert.equal(all.frames.length, 14);
  assert.equal(all.frames.filter((f) => f.over).length, 2);
});

test('frames in an unseen script: a Latin-script language without a model keeps the highest margins', () => {
  const out = scoreFrames(model, segment({ id: 'es', text: SPANISH }, { lang: 'es' }));
  assert.equal(out.frames.length, UNSEEN_LANGUAGE_FRAMES);
  assert.match(out.warning?.message ?? '', new RegExp(`its ${UNSEEN_LANGUAGE_FRAMES} highest-scoring frames are reported`));
  // And a training language is read as ever.
  const en = scoreFrames(model, segment({ id: 'm', text: article('money', 'reporting', 7) }, { lang: 'en' }));
  assert.ok(en.scores.Economic > en.scores.Health_and_safety && en.scores.Economic !== 0.5);
});

test('frames in an unseen script: a header\'s priors are checked on load', () => {
  const { body: _body, ...header } = model.header;
  // Zero weights: only the header is under test.
  const dim = 1 << header.features.bits;
  const bad = (h: Omit<ModelHeader, 'body'>) => () => new ArticleLinearModel(encodeModel(h, new Int8Array(dim * h.labels.length), h.features.idf ? new Float32Array(dim) : undefined), 'bad', 'frames');
  assert.doesNotThrow(bad(header));
  assert.throws(bad({ ...header, framePriors: [0.5] }), (e: unknown) => e instanceof ModelError && /frame priors malformed/.test(e.message));
  assert.throws(bad({ ...header, framePriors: FRAMES.map(() => 1.5) }), ModelError);
});

test('frames in an unseen script: the shipped pooled files (full and fast) carry priors, and the analysis reports their top 5', () => {
  for (const m of [loadArticleModel('frames', 'ka'), loadFastModels().frames]) {
    const priors = m.header.framePriors;
    assert.ok(priors && priors.length === 14 && priors.every((p) => p > 0 && p < 1), m.header.id);
  }
  const priors = loadArticleModel('frames', 'ka').header.framePriors as number[];
  const expected = FRAMES.map((f, l) => [f, priors[l] as number] as const).sort((a, b) => b[1] - a[1]).slice(0, UNSEEN_SCRIPT_FRAMES);
  const result = analyzeArticle({ id: 'ka', text: GEORGIAN }, { tasks: ['frames'] });
  assert.deepEqual(result.frames?.map((f) => [f.label, f.score]), expected.map(([f, p]) => [f, p]));
  assert.ok(result.frames?.every((f) => f.evidence.length === 0));
});
