import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENRES } from '../src/labels.js';
import { segment } from '../src/segment/index.js';
import { trainArticleModel } from '../src/train/genre-frames-train.js';
import { ArticleLinearModel } from '../src/models/genre-frames-linear.js';
import { scoreGenre } from '../src/models/genre-model.js';
import { decodeModel, encodeModel } from '../src/models/model-file.js';
import { CUE_TEMPER, cueContributions, fitCueDecision, standardised } from '../src/models/genre-cues.js';
import { ARTICLE_CUE_DENSITY_NAMES, ARTICLE_CUE_RATES, articleCueDensities } from '../src/features/article-cues.js';
import { genreStyleText } from '../src/render/label-text.js';
import { isModelError } from '../src/errors.js';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { renderArticle } from '../src/render/formats.js';
import { article, tinyRows, TINY } from './genre-frames-helpers.js';

const rows = tinyRows('genre');
// The tiny articles hold about 40 tokens: tempered as shipped (300 tokens), their rates would say little.
const trained = trainArticleModel(rows, { ...TINY, task: 'genre', id: 'genre-cues-tiny', labels: GENRES, cueLangs: ['en'], cueTemper: { tokens: 10, clip: 3 } });
const model = new ArticleLinearModel(trained.bytes, 'tiny', 'genre');

test('genre by cues: the style measures separate the tiny corpus\'s reporting from its opinion, and say which measures decided', () => {
  assert.ok(model.header.decisions.en?.cues, 'the header holds the cue decision');
  const rep = scoreGenre(model, segment({ id: 'r', text: article('health', 'reporting', 7) }, { lang: 'en' }));
  const op = scoreGenre(model, segment({ id: 'o', text: article('money', 'opinion', 8) }, { lang: 'en' }));
  assert.equal(rep.label, 'reporting');
  assert.equal(op.label, 'opinion');
  assert.ok(Math.abs(Object.values(rep.scores).reduce((a, b) => a + b, 0) - 1) < 1e-9);
  assert.ok(rep.cues && rep.cues.length > 0 && rep.cues.every((c) => c.push > 0));
  const pushes = rep.cues.map((c) => c.push);
  assert.deepEqual(pushes, [...pushes].sort((a, b) => b - a));
});

test('genre by cues: the evidence is the cue words of the measures above their usual value, inside the article', () => {
  const doc = segment({ id: 'r', text: article('money', 'reporting', 10) }, { lang: 'en' });
  const out = scoreGenre(model, doc);
  assert.equal(out.label, 'reporting');
  assert.ok(out.evidence.length > 0);
  for (const e of out.evidence) {
    assert.equal(doc.article.text.slice(e.start, e.end), e.text);
    // Reported speech, numbers and years are the reporting voice's cues; no topic word is evidence.
    assert.match(e.text, /^(said|According|reported|\d+)$/i, e.text);
  }
  const bare = scoreGenre(model, doc, false);
  assert.deepEqual(bare.evidence, []);
  assert.deepEqual(bare.cues, out.cues);
  assert.equal(bare.label, out.label);
});

test('genre by cues: the fit is deterministic, and a malformed cue decision in a file is refused with a message', () => {
  const x = rows.map((r) => articleCueDensities(r.doc));
  const gold = rows.map((r) => GENRES.indexOf(r.labels[0] as (typeof GENRES)[number]));
  assert.deepEqual(fitCueDecision(x, gold, 3), fitCueDecision(x, gold, 3));
  // A single article (a fold of a tiny corpus) fits without failing: nothing is left for its inner logits.
  const one = fitCueDecision(x.slice(0, 1), gold.slice(0, 1), 3);
  assert.ok(one.weights.flat().every(Number.isFinite) && one.bias.every(Number.isFinite));
  const { header, q } = decodeModel(trained.bytes, 'tiny', 'genre');
  const { body: _body, ...rest } = header;
  const cues = rest.decisions.en!.cues!;
  const broken = encodeModel({ ...rest, decisions: { en: { ...rest.decisions.en!, cues: { ...cues, sd: [1] } } } }, q);
  assert.throws(() => new ArticleLinearModel(broken, 'broken.slm', 'genre'), (e) => isModelError(e) && e.message === 'broken.slm: cue decision malformed');
  const untempered = encodeModel({ ...rest, decisions: { en: { ...rest.decisions.en!, cues: { ...cues, temper: { tokens: -1, clip: 3 } } } } }, q);
  assert.throws(() => new ArticleLinearModel(untempered, 'broken.slm', 'genre'), (e) => isModelError(e) && e.message === 'broken.slm: cue tempering malformed');
  const unseen = encodeModel({ ...rest, unseenCues: { ...cues, weights: [[1]] } }, q);
  assert.throws(() => new ArticleLinearModel(unseen, 'broken.slm', 'genre'), (e) => isModelError(e) && e.message === 'broken.slm: unseen-language cue decision malformed');
});

test('genre by cues: a short text\'s rates are pulled toward the mean and every standardised value clipped, in training and in use alike', () => {
  const x = rows.map((r) => articleCueDensities(r.doc));
  const gold = rows.map((r) => GENRES.indexOf(r.labels[0] as (typeof GENRES)[number]));
  const tempered = fitCueDecision(x, gold, 3);
  assert.deepEqual(tempered.temper, CUE_TEMPER);
  assert.equal(fitCueDecision(x, gold, 3, null).temper, undefined);
  // Five tokens, one of them a question mark: 200 per 1,000, far above any article.
  const short = articleCueDensities(segment({ id: 's', text: 'Is this fine?' }, { lang: 'en' }));
  const z = standardised(tempered, short);
  const plain = standardised({ mean: tempered.mean, sd: tempered.sd }, short);
  const q = ARTICLE_CUE_DENSITY_NAMES.indexOf('?');
  const t = Math.expm1(short[ARTICLE_CUE_RATES] as number);
  assert.ok(Math.abs((z[q] as number) - Math.max(-3, Math.min(3, (plain[q] as number) * (t / (t + CUE_TEMPER.tokens))))) < 1e-12);
  assert.ok(z.every((v) => Math.abs(v) <= CUE_TEMPER.clip));
  assert.ok(plain.some((v) => Math.abs(v) > CUE_TEMPER.clip), 'the untempered values of so short a text leave the clip');
  // The pushes the result explains are those of the tempered values.
  const push = cueContributions(tempered, short, 0);
  push.forEach((p, j) => assert.ok(Math.abs(p - (tempered.weights[0]?.[j] as number) * (z[j] as number)) < 1e-12));
});

test('genreStyleText: the measures as more or fewer than usual, none when the genre was decided by words', () => {
  assert.equal(genreStyleText({ cues: [{ cue: 'quote', value: 0, usual: 4.2 }, { cue: 'said', value: 9, usual: 2 }, { cue: 'tokens', value: 900, usual: 600 }] }), 'style: fewer quotation marks, more reported speech, a longer article than usual');
  assert.equal(genreStyleText({}), null);
});

test('shipped English genre model: decides by style, and every view says which measures decided', () => {
  const text = 'Council approves the bypass\n\nThe council voted 7 to 2 on Tuesday, officials said.\n\n"We have waited since 2019," the mayor said, according to a statement.';
  const a = analyzeArticle({ id: 'c', text }, { lang: 'en' });
  assert.ok(a.genre?.cues && a.genre.cues.length > 0, 'the English genre names its style measures');
  for (const c of a.genre.cues) assert.ok(c.push > 0 && Number.isFinite(c.value) && Number.isFinite(c.usual));
  for (const format of ['table', 'md', 'html'] as const) assert.match(renderArticle(format, a, text, { color: false }), /style: [^<\n]+ than usual/, format);
  const fr = analyzeArticle({ id: 'f', text: 'Le conseil approuve la déviation\n\nLe conseil a voté mardi, ont dit les responsables de la ville.' }, { lang: 'fr' });
  assert.equal(fr.genre?.cues, undefined, 'French genre is decided by words');
});

test('training genre on articles that all have one genre says the model can only say that', () => {
  const lines: string[] = [];
  trainArticleModel(rows.map((r) => ({ ...r, labels: ['opinion'] })), { ...TINY, task: 'genre', id: 'one-genre', labels: GENRES }, (line) => lines.push(line));
  assert.ok(lines.includes('  warning: every en article is opinion: the model can only say that, and its macro-F1 over one genre says nothing'), lines.join('\n'));
  const mixed: string[] = [];
  trainArticleModel(rows, { ...TINY, task: 'genre', id: 'two-genres', labels: GENRES }, (line) => mixed.push(line));
  assert.ok(!mixed.some((l) => l.includes('warning:')));
});
