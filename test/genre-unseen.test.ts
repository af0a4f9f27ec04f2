/** Genre for a language without a calibration of its own: every language's averaged (full), English's (fast). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { segment } from '../src/segment/index.js';
import { loadArticleModel } from '../src/models/genre-frames-load.js';
import { scoreGenre } from '../src/models/genre-model.js';
import { genreProbabilities } from '../src/models/genre-decision.js';
import { AVERAGED_CALIBRATION } from '../src/models/technique-model.js';

// Our own Spanish sentences.
const SPANISH = 'El gobierno nos traiciona otra vez.\n\nLos ciudadanos deben resistir ahora, antes de que sea demasiado tarde.\n';

const genreWarning = (options: object) =>
  analyzeArticle({ id: 'x', text: SPANISH, lang: 'es' }, options).warnings.find((w) => w.code === 'genre-language-fallback')?.message ?? '';

test('genre of an unseen language: the probabilities are every calibration\'s averaged, and the warning says so', () => {
  const model = loadArticleModel('genre', 'es');
  const doc = segment({ id: 'x', text: SPANISH }, { lang: 'es' });
  const prediction = scoreGenre(model, doc, false);
  assert.equal(prediction.lang, AVERAGED_CALIBRATION);
  const margins = model.margins(doc);
  const langs = model.header.languages;
  const expected = langs.map((l) => genreProbabilities(margins, model.header.decisions[l]!.platt)).reduce((a, p) => a.map((x, j) => x + p[j]! / langs.length), [0, 0, 0]);
  model.header.labels.forEach((g, j) => assert.ok(Math.abs(prediction.scores[g as 'opinion'] - expected[j]!) < 1e-12, g));
  // The most probable genre, no class offsets.
  const best = model.header.labels[expected.indexOf(Math.max(...expected))];
  assert.equal(prediction.label, best);
  assert.match(genreWarning({}), /^no genre model for language 'es': the pooled model was used with its .*en.* calibrations averaged, and the most probable genre is reported$/);
});

test('genre of an unseen language in the fast analysis: English\'s calibration, as before', () => {
  assert.match(genreWarning({ fast: true }), /^no genre model for language 'es': the pooled model was used with its en calibration, and the most probable genre is reported$/);
});
