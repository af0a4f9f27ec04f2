import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTokens } from './tokenize.js';

const toks = (text: string): string[] => findTokens(text, 0, text.length).map((t) => text.slice(t.start, t.end));
const kinds = (text: string): string[] => findTokens(text, 0, text.length).map((t) => t.kind);
const norms = (text: string): string[] => findTokens(text, 0, text.length).map((t) => t.norm);

test('tokens: words and punctuation', () => {
  assert.deepEqual(toks('Hello, world!'), ['Hello', ',', 'world', '!']);
});

test('tokens: kinds of word, number, punctuation and symbol', () => {
  assert.deepEqual(kinds('pay $3,5 now.'), ['word', 'symbol', 'number', 'word', 'punct']);
});

test('tokens: inner apostrophes and hyphens stay in the word', () => {
  assert.deepEqual(toks("don't well-known COVID-19"), ["don't", 'well-known', 'COVID-19']);
});

test('tokens: numbers keep separators', () => {
  assert.deepEqual(toks('1.000,50 and 12:30'), ['1.000,50', 'and', '12:30']);
});

test('tokens: a number at a sentence end leaves the period', () => {
  assert.deepEqual(toks('in 2019.'), ['in', '2019', '.']);
});

test('tokens: dotted abbreviations are one token', () => {
  assert.deepEqual(toks('the U.S. and z.B. and т.е. too'), ['the', 'U.S.', 'and', 'z.B.', 'and', 'т.е.', 'too']);
});

test('tokens: a single initial keeps its period apart', () => {
  assert.deepEqual(toks('J. Smith'), ['J', '.', 'Smith']);
});

test('tokens: norm is lower-case with unified apostrophes', () => {
  assert.deepEqual(norms('Don’t STOP'), ["don't", 'stop']);
});

test('tokens: norm is NFC for decomposed input', () => {
  assert.deepEqual(norms('Cafe\u0301'), ['café']);
});

test('tokens: norm of a length-changing lower-case (İ) is per token', () => {
  assert.deepEqual(norms('İstanbul x'), ['i̇stanbul', 'x']);
});

test('tokens: Cyrillic, Polish and German letters are words', () => {
  assert.deepEqual(toks('Москва żółw Straße'), ['Москва', 'żółw', 'Straße']);
});

test('tokens: Chinese is split into words by Intl.Segmenter', () => {
  assert.deepEqual(toks('我们喜欢北京。'), ['我们', '喜欢', '北京', '。']);
});

test('tokens: Latin next to Han is split at the script change', () => {
  assert.deepEqual(toks('iPhone手机'), ['iPhone', '手机']);
});

test('tokens: Thai is split into words', () => {
  assert.ok(toks('สวัสดีครับ').length >= 2);
});

test('tokens: astral characters keep UTF-16 offsets', () => {
  assert.deepEqual(findTokens('😀 𝔸b', 0, 5).map((t) => [t.start, t.end]), [[0, 2], [3, 5]]);
});

test('tokens: an emoji ZWJ sequence is one symbol', () => {
  assert.deepEqual(kinds('👩‍👩‍👧'), ['symbol']);
});

test('tokens: BOM and zero-width space are not tokens', () => {
  assert.deepEqual(toks('\uFEFFa\u200bb'), ['a', 'b']);
});

test('tokens: offsets are relative to the whole text', () => {
  assert.deepEqual(findTokens('xx yy zz', 3, 8).map((t) => t.start), [3, 6]);
});

test('tokens: empty range has none', () => {
  assert.deepEqual(toks(''), []);
});
