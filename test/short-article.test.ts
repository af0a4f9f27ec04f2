/** The warning for texts shorter than every training article of the genre and frames models. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { SHORT_ARTICLE_WORDS } from '../src/models/short-text.js';
import type { Task } from '../src/pipeline/options.js';

// Our own sentences.
const SHORT = 'The council met on Tuesday to discuss the budget.';
const sentence = 'The council met on Tuesday to discuss the budget for the coming year, and residents asked questions.';
const LONG = Array.from({ length: 4 }, () => sentence).join('\n\n');

const shortWarnings = (text: string, options: { fast?: boolean; tasks?: Task[] } = {}) =>
  analyzeArticle({ id: 'x', text, lang: 'en' }, options).warnings.filter((w) => w.code === 'short-article');

test('a one-sentence text is told that genre and frames learnt from whole articles, full and fast', () => {
  for (const options of [{}, { fast: true }]) {
    const [warning, ...rest] = shortWarnings(SHORT, options);
    assert.equal(rest.length, 0);
    assert.equal(warning?.message, 'this text has 9 words; the genre and frames models learnt from whole articles of 67 words or more (half of them over 300), so read their scores as weak hints (the genre shown is the most probable one)');
  }
  assert.match(shortWarnings(SHORT, { tasks: ['frames'] })[0]?.message ?? '', /^this text has 9 words; the frames model learnt .* weak hints$/);
});

test('no short-article warning at the threshold and above, nor when neither genre nor frames was asked for', () => {
  assert.ok(LONG.split(/\s+/).length >= SHORT_ARTICLE_WORDS);
  assert.deepEqual(shortWarnings(LONG), []);
  assert.deepEqual(shortWarnings(SHORT, { tasks: ['techniques'] }), []);
});

test('the shipped English models keep a one-sentence text\'s genre and frames away from certainty', () => {
  const result = analyzeArticle({ id: 'x', text: SHORT, lang: 'en' }, { tasks: ['genre', 'frames'], allScores: true });
  // Untempered, this sentence came out Legality 0.996, and "Hello there. This is fine." satire.
  for (const f of result.frames ?? []) assert.ok(f.score < 0.9, `${f.label} ${f.score}`);
  assert.ok(Math.max(...Object.values(result.genre?.scores ?? {})) < 0.99);
});

test('a short text\'s genre is the most probable one, in every language and in the fast analysis', () => {
  const texts: Record<string, string> = {
    en: 'Hello there. This is fine.',
    fr: 'Le conseil municipal s\'est réuni mardi pour discuter du budget.',
    de: 'Der Stadtrat traf sich am Dienstag, um über den Haushalt zu beraten.',
    ru: 'Городской совет собрался во вторник, чтобы обсудить бюджет.',
  };
  for (const [lang, text] of Object.entries(texts)) {
    for (const fast of [false, true]) {
      const genre = analyzeArticle({ id: 'x', text, lang }, { tasks: ['genre'], fast }).genre;
      const scores = genre?.scores as Record<string, number>;
      assert.equal(genre?.label, Object.keys(scores).reduce((a, b) => ((scores[b] as number) > (scores[a] as number) ? b : a)), `${lang}${fast ? ' fast' : ''}`);
    }
  }
});

test('a text without a word (punctuation, numbers, symbols) gets no finding, only the no-words warning, full and fast', () => {
  for (const text of ['!!! ... ???', '12345 67890 --- ###\n\n2024 — 50 %']) {
    for (const fast of [false, true]) {
      const a = analyzeArticle({ id: 'x', text }, { fast });
      assert.ok(a.paragraphs.every((p) => p.techniques === undefined), 'no task ran, so techniques are absent, not "none found"');
      assert.equal(a.genre, undefined);
      assert.equal(a.frames, undefined);
      assert.equal(a.spans, undefined);
      assert.ok(a.warnings.some((w) => w.code === 'no-words'));
      assert.ok(!a.warnings.some((w) => w.code === 'short-article'));
    }
  }
  // One word is enough to be analysed.
  assert.ok(!analyzeArticle({ id: 'x', text: 'Traitors!', lang: 'en' }).warnings.some((w) => w.code === 'no-words'));
});
