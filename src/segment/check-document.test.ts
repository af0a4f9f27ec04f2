import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../document/document.js';
import { checkDocument } from './check-document.js';

const base = (): Document => ({
  article: { id: '1', text: 'ab cd' },
  lang: { code: 'en', confidence: 1, source: 'given' },
  paragraphs: [{ n: 1, start: 0, end: 5, sentences: [{ start: 0, end: 5 }], tokens: [{ start: 0, end: 2, kind: 'word', norm: 'ab' }] }],
  warnings: [],
});

test('check: a sound document has no problems', () => {
  assert.deepEqual(checkDocument(base()), []);
});

test('check: a token outside its paragraph is reported', () => {
  const doc = base();
  doc.paragraphs[0]!.tokens.push({ start: 4, end: 7, kind: 'word', norm: 'x' });
  assert.equal(checkDocument(doc).length, 1);
});

test('check: overlapping sentences are reported', () => {
  const doc = base();
  doc.paragraphs[0]!.sentences = [{ start: 0, end: 3 }, { start: 2, end: 5 }];
  assert.equal(checkDocument(doc).length, 1);
});

test('check: an empty span is reported', () => {
  const doc = base();
  doc.paragraphs[0]!.sentences = [{ start: 2, end: 2 }];
  assert.equal(checkDocument(doc).length, 1);
});

test('check: a token with whitespace is reported', () => {
  const doc = base();
  doc.paragraphs[0]!.tokens = [{ start: 1, end: 3, kind: 'word', norm: 'b ' }];
  assert.equal(checkDocument(doc).length, 1);
});
