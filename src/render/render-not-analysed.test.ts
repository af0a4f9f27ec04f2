import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../result.js';
import { renderArticle } from './formats.js';
import { renderIndexHtml } from './render-index.js';

const TEXT = 'Bypass\n\nThe planners are reckless.';

/** An analysis run with `--tasks genre`: its paragraphs have no `techniques`. */
const GENRE_ONLY: Analysis = {
  article: { id: 'g', lang: 'en', chars: TEXT.length, paragraphs: [{ n: 1, start: 0, end: 6 }, { n: 2, start: 8, end: TEXT.length }] },
  genre: { label: 'opinion', scores: { opinion: 0.8, reporting: 0.15, satire: 0.05 }, evidence: [], paragraphs: [] },
  paragraphs: [{ n: 1 }, { n: 2 }],
  warnings: [],
  model: { id: 'm', version: '1' },
};

/** The same article with techniques analysed and none found. */
const NONE_FOUND: Analysis = { ...GENRE_ONLY, paragraphs: [{ n: 1, techniques: [] }, { n: 2, techniques: [] }] };

const render = (format: 'table' | 'md' | 'html', analysis: Analysis): string => renderArticle(format, analysis, TEXT, { color: false });

test('table: techniques not analysed are said to be, not counted 0', () => {
  assert.match(render('table', GENRE_ONLY), /^Techniques not analysed$/m);
  assert.doesNotMatch(render('table', GENRE_ONLY), /Techniques +0/);
  assert.match(render('table', NONE_FOUND), /^Techniques 0: /m);
});

test('md: techniques not analysed are said to be, not counted 0', () => {
  assert.match(render('md', GENRE_ONLY), /^- \*\*Techniques:\*\* not analysed$/m);
  assert.match(render('md', NONE_FOUND), /^- \*\*Techniques:\*\* 0$/m);
});

test('html: the techniques box says "Not analysed." and has no counts or filters', () => {
  const box = /<section class="slant-box slant-techniques">.*?<\/section>/.exec(render('html', GENRE_ONLY))?.[0] ?? '';
  assert.match(box, /<p class="slant-none">Not analysed\.<\/p>/);
  assert.doesNotMatch(box, /slant-count|slant-cat-filter/);
  assert.match(render('html', NONE_FOUND), /slant-cat-filter/);
});

test('html: technique spans without paragraph techniques keep their filters, without counts', () => {
  const spans: Analysis = { ...GENRE_ONLY, spans: [{ start: 20, end: 28, label: 'Loaded_Language', score: 0.7 }] };
  const box = /<section class="slant-box slant-techniques">.*?<\/section>/.exec(render('html', spans))?.[0] ?? '';
  assert.match(box, /Not analysed per paragraph/);
  assert.match(box, /slant-cat-filter/);
  assert.doesNotMatch(box, /slant-count/);
});

test('semeval: an analysis without techniques is refused, naming the article; none found gives empty rows', () => {
  assert.throws(() => renderArticle('semeval', GENRE_ONLY, TEXT, { color: false }), /^Error: slant: article "g" was not analysed for techniques/);
  assert.equal(renderArticle('semeval', NONE_FOUND, TEXT, { color: false }), 'g\t1\t\ng\t2\t\n');
  // A text without a word ran no model, yet a prediction file needs its rows: empty, as slant predict writes them.
  const wordless: Analysis = { ...GENRE_ONLY, warnings: [{ code: 'no-words', message: 'no word' }] };
  assert.equal(renderArticle('semeval', wordless, TEXT, { color: false }), 'g\t1\t\ng\t2\t\n');
});

test('index page: an article without techniques says "not analysed" in their column', () => {
  const html = renderIndexHtml([{ id: 'g', file: 'g.html', paragraphs: 2, categories: {} }, { id: 'h', file: 'h.html', paragraphs: 2, techniques: 0, categories: {} }]);
  assert.match(html, /<td class="num">2<\/td><td class="num">not analysed<\/td>/);
  assert.match(html, /<td class="num">2<\/td><td class="num">0<\/td>/);
});
