import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSentences } from './split-sentences.js';

const sents = (text: string, lang = 'en'): string[] =>
  findSentences(text, 0, text.length, lang).map((s) => text.slice(s.start, s.end));

test('sentences: split at sentence ends, spans trimmed', () => {
  assert.deepEqual(sents('One here.  Two there! Three?'), ['One here.', 'Two there!', 'Three?']);
});

test('sentences: empty range has none', () => {
  assert.deepEqual(sents(''), []);
});

test('sentences: only the given range is read', () => {
  const text = 'Skip me. Keep this. And this.';
  assert.deepEqual(findSentences(text, 9, text.length, 'en').map((s) => text.slice(s.start, s.end)), ['Keep this.', 'And this.']);
});

test('sentences: a long paragraph is cut into pieces and still covered', () => {
  const text = 'This is a sentence. '.repeat(2000);
  const s = findSentences(text, 0, text.length, 'en');
  assert.equal(s.length, 2000);
});

test('sentences: an unknown language tag falls back to the root locale', () => {
  assert.deepEqual(sents('A b. C d.', 'not a tag'), ['A b.', 'C d.']);
});
