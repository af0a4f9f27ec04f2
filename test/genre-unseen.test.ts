/** Genre for a language without a calibration of its own: its style (full and fast), or every calibration averaged in a file without that decision. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { segment } from '../src/segment/index.js';
import { loadArticleModel } from '../src/models/genre-frames-load.js';
import type { ArticleLinearModel } from '../src/models/genre-frames-linear.js';
import { scoreGenre } from '../src/models/genre-model.js';
import { genreDecide, genreProbabilities } from '../src/models/genre-decision.js';
import { cueLogits } from '../src/models/genre-cues.js';
import { ARTICLE_CUE_DENSITY_NAMES, articleCueDensities, scriptFreeDensities } from '../src/features/article-cues.js';
import { isShortText } from '../src/models/short-text.js';
import { AVERAGED_CALIBRATION } from '../src/models/technique-model.js';
import { loadFastModels } from '../src/models/fast-models.js';

// Our own Spanish sentences.
const SPANISH = 'El gobierno nos traiciona otra vez.\n\nLos ciudadanos deben resistir ahora, antes de que sea demasiado tarde.\n';
const paragraph = 'El ayuntamiento aprobó el martes un presupuesto de 40 millones de euros para la nueva carretera, según dijo el portavoz municipal. "Es una inversión necesaria", afirmó. Los vecinos, que reunieron 3.000 firmas en 2023, preguntan quién pagará el mantenimiento.';
const LONG_SPANISH = `${paragraph}\n\n${paragraph}\n\n${paragraph}\n`;

const genreWarning = (options: object) =>
  analyzeArticle({ id: 'x', text: SPANISH, lang: 'es' }, options).warnings.find((w) => w.code === 'genre-language-fallback')?.message ?? '';

test('genre of an unseen language: the pooled file\'s style decision, over the densities any language has, with its offsets', () => {
  const model = loadArticleModel('genre', 'es');
  const cues = model.header.unseenCues;
  assert.ok(cues, 'the shipped genre.slm has an unseen-language style decision');
  // The classes our word lists count (six languages' words) weigh nothing in it.
  ARTICLE_CUE_DENSITY_NAMES.forEach((name, j) => {
    if (['i', 'said', 'you', 'we', 'intens', 'hedge', 'absolute'].includes(name)) for (const w of cues.weights) assert.equal(w[j], 0, name);
  });
  const doc = segment({ id: 'x', text: LONG_SPANISH }, { lang: 'es' });
  assert.ok(!isShortText(doc));
  const prediction = scoreGenre(model, doc, false);
  assert.equal(prediction.lang, AVERAGED_CALIBRATION);
  const probs = genreProbabilities(cueLogits(cues, scriptFreeDensities(articleCueDensities(doc))), cues.platt);
  model.header.labels.forEach((g, j) => assert.ok(Math.abs(prediction.scores[g as 'opinion'] - probs[j]!) < 1e-12, g));
  assert.equal(prediction.label, model.header.labels[genreDecide(probs, cues.thresholds)]);
  assert.ok(prediction.cues && prediction.cues.length > 0, 'it names the measures that decided');
  assert.match(genreWarning({}), /^no genre model for language 'es': the genre was decided by the article's style alone \(quotation marks, questions, exclamations, numbers, its length\), with one decision fitted on the articles of all 6 training languages$/);
});

test('genre of an unseen language in a file without the style decision: every calibration averaged, the most probable genre', () => {
  const shipped = loadArticleModel('genre', 'es');
  const { unseenCues: _cues, ...header } = shipped.header;
  const model = Object.assign(Object.create(Object.getPrototypeOf(shipped) as object) as ArticleLinearModel, shipped, { header });
  const doc = segment({ id: 'x', text: LONG_SPANISH }, { lang: 'es' });
  const prediction = scoreGenre(model, doc, false);
  assert.equal(prediction.lang, AVERAGED_CALIBRATION);
  const margins = model.margins(doc);
  const langs = model.header.languages;
  const expected = langs.map((l) => genreProbabilities(margins, model.header.decisions[l]!.platt)).reduce((a, p) => a.map((x, j) => x + p[j]! / langs.length), [0, 0, 0]);
  model.header.labels.forEach((g, j) => assert.ok(Math.abs(prediction.scores[g as 'opinion'] - expected[j]!) < 1e-12, g));
  assert.equal(prediction.label, model.header.labels[expected.indexOf(Math.max(...expected))]);
  assert.match(prediction.warning?.message ?? '', /^no genre model for language 'es': the pooled model was used with its .*en.* calibrations averaged, and the most probable genre is reported$/);
});

test('genre of an unseen language in the fast analysis: its style too (the fast genre file carries the same kind of decision)', () => {
  assert.ok(loadFastModels().genre.header.unseenCues);
  assert.match(genreWarning({ fast: true }), /^no genre model for language 'es': the genre was decided by the article's style alone/);
});
