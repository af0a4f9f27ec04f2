import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLines, findParagraphs } from './split-paragraphs.js';

const nums = (text: string): number[] => findParagraphs(text).map((p) => p.n);
const texts = (text: string): string[] => findParagraphs(text).map((p) => text.slice(p.start, p.end));

test('paragraphs: LF lines are numbered by line, blank lines skipped', () => {
  assert.deepEqual(nums('Title\n\nFirst.\nSecond.\n'), [1, 3, 4]);
});

test('paragraphs: CRLF is one break and the CR is not in the span', () => {
  assert.deepEqual(texts('A\r\n\r\nB\r\n'), ['A', 'B']);
});

test('paragraphs: CRLF numbering equals LF numbering', () => {
  assert.deepEqual(nums('A\r\n\r\nB\r\nC'), [1, 3, 4]);
});

test('paragraphs: a lone CR ends a line', () => {
  assert.deepEqual(nums('A\rB\r\rC'), [1, 2, 4]);
});

test('paragraphs: a BOM stays at the start of paragraph 1', () => {
  assert.deepEqual(findParagraphs('\uFEFFTitle\n\nBody')[0], { n: 1, start: 0, end: 6, sentences: [], tokens: [] });
});

test('paragraphs: a BOM-only line is a paragraph (as in the SemEval templates)', () => {
  assert.deepEqual(nums('A\n\uFEFF\nB'), [1, 2, 3]);
});

test('paragraphs: whitespace-only lines (spaces, tabs, NBSP, CR) are blank', () => {
  assert.deepEqual(nums('A\n \t\n\u00a0\u3000\n \r\nB'), [1, 5]);
});

test('paragraphs: trailing whitespace is outside the span, leading whitespace inside', () => {
  assert.deepEqual(texts('  indented  \t\r\n'), ['  indented']);
});

test('paragraphs: empty text has none', () => {
  assert.deepEqual(findParagraphs(''), []);
});

test('paragraphs: a text of line breaks only has none', () => {
  assert.deepEqual(findParagraphs('\n\r\n\r\n'), []);
});

test('paragraphs: astral characters keep UTF-16 offsets', () => {
  assert.deepEqual(texts('😀 a\n𝔸'), ['😀 a', '𝔸']);
});

test('lines: a trailing line break adds no empty line', () => {
  assert.equal(findLines('a\nb\n').length, 2);
});

test('lines: 100k lines are found in order', () => {
  const text = 'line\n'.repeat(100_000);
  const lines = findLines(text);
  assert.equal(lines.length, 100_000);
  assert.equal(lines[99_999]!.n, 100_000);
});
