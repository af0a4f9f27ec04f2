import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../src/segment/index.js';
import { articleEvidence } from '../src/models/article-evidence.js';
import { functionWords, hasContentWord } from '../src/explain/function-words.js';
import { MAX_PHRASE_WORDS } from '../src/explain/phrase-limit.js';

const doc = segment({ id: 'fw', text: 'Budget row\n\nIt is all about the money they took from our schools.' }, { lang: 'en' });
const para = doc.paragraphs[1]!;
const tokenIndex = (word: string): number => doc.paragraphs[0]!.tokens.length + para.tokens.findIndex((t) => t.norm === word);
const count = doc.paragraphs.reduce((a, p) => a + p.tokens.length, 0);

test('function words: lists per language, none for a language without one', () => {
  assert.ok(functionWords('en')?.has('about'));
  assert.ok(functionWords('de')?.has('und'));
  assert.ok(!functionWords('en')?.has('money'));
  assert.equal(functionWords('ka'), null);
  const t = para.tokens;
  assert.equal(hasContentWord(t, 0, 3, functionWords('en')), false, 'It is all about');
  assert.equal(hasContentWord(t, 0, 3, null), true, 'without a list every word counts');
});

test('frame evidence: a phrase of function words alone gives way to content words', () => {
  const perToken = new Float64Array(count);
  perToken[tokenIndex('about')] = 5;
  perToken[tokenIndex('money')] = 2;
  perToken[tokenIndex('schools')] = 1;
  const texts = articleEvidence(doc, perToken).phrases.map((p) => p.text);
  assert.deepEqual(texts, ['money', 'schools']);
});

test('frame evidence: function words are kept when nothing else pushed the frame', () => {
  const perToken = new Float64Array(count);
  perToken[tokenIndex('about')] = 5;
  assert.deepEqual(articleEvidence(doc, perToken).phrases.map((p) => p.text), ['about']);
});

test('article evidence: when no word carries a hundredth of the evidence, the strongest words still show', () => {
  // 200 paragraphs: every word pushes a little, and "budget" in ten of them a little more; none
  // carries 1% of the total, so the ten strongest words count: "budget" shows, once, at its
  // strongest occurrence (a repeated phrase does not fill the list).
  const long = segment({ id: 'long', text: ['Title', ...Array.from({ length: 200 }, (_, i) => `Council ${i} raised the school budget again.`)].join('\n\n') }, { lang: 'en' });
  const n = long.paragraphs.reduce((a, p) => a + p.tokens.length, 0);
  const perToken = new Float64Array(n).fill(1);
  let at = 0;
  for (const p of long.paragraphs) {
    const budget = p.tokens.findIndex((t) => t.norm === 'budget');
    if (budget >= 0 && p.n >= 3 && p.n <= 21) perToken[at + budget] = 1 + (p.n - 1) / 2; // 2 … 11
    at += p.tokens.length;
  }
  const total = perToken.reduce((a, b) => a + b, 0);
  assert.ok(11 < total * 0.01);
  const { phrases, paragraphs } = articleEvidence(long, perToken);
  assert.deepEqual(phrases.map((p) => p.text), ['budget']);
  const strongest = long.paragraphs.find((p) => p.n === 21)!;
  assert.ok(phrases[0]!.start >= strongest.start && phrases[0]!.end <= strongest.end);
  assert.ok(paragraphs.length > 0);
});

test('article evidence: a run of equally strong words is cut into phrases of at most MAX_PHRASE_WORDS words', () => {
  const same = segment({ id: 'same', text: `Title\n\n${'tax '.repeat(100).trim()}.` }, { lang: 'en' });
  const n = same.paragraphs.reduce((a, p) => a + p.tokens.length, 0);
  const { phrases } = articleEvidence(same, new Float64Array(n).fill(1));
  assert.ok(phrases.length > 0);
  for (const p of phrases) assert.ok(p.text.split(' ').length <= MAX_PHRASE_WORDS, `${p.text.split(' ').length} words`);
  assert.equal(Math.max(...phrases.map((p) => p.text.split(' ').length)), MAX_PHRASE_WORDS);
  // The identical runs of MAX_PHRASE_WORDS words show once.
  assert.equal(phrases.filter((p) => p.text.split(' ').length === MAX_PHRASE_WORDS).length, 1);
});
