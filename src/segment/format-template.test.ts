import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../document/document.js';
import { findParagraphs } from './split-paragraphs.js';
import { formatTemplate, formatTemplates } from './format-template.js';

/** A document with paragraphs only (templates need nothing else). */
const doc = (id: string, text: string): Document => ({
  article: { id, text },
  lang: { code: 'en', confidence: 1, source: 'given' },
  paragraphs: findParagraphs(text),
  warnings: [],
});

test('template: LF rows end with a newline', () => {
  assert.equal(formatTemplate(doc('1', 'A\n\nB\n')), '1\t1\tA\n1\t3\tB\n');
});

test('template: the last row has no newline when the text has none', () => {
  assert.equal(formatTemplate(doc('1', 'A\n\nB')), '1\t1\tA\n1\t3\tB');
});

test('template: CRLF keeps the CR in the text column', () => {
  assert.equal(formatTemplate(doc('7', 'A\r\n\r\nB\r\n')), '7\t1\tA\r\n7\t3\tB\r\n');
});

test('template: trailing spaces stay in the text column', () => {
  assert.equal(formatTemplate(doc('2', 'A  \nB')), '2\t1\tA  \n2\t2\tB');
});

test('template: a BOM stays in the first row', () => {
  assert.equal(formatTemplate(doc('3', '\uFEFFA\n')), '3\t1\t\uFEFFA\n');
});

test('template: a lone CR ends a row with a newline', () => {
  assert.equal(formatTemplate(doc('4', 'A\rB')), '4\t1\tA\n4\t2\tB');
});

test('template: an empty text has no rows', () => {
  assert.equal(formatTemplate(doc('5', '')), '');
});

test('templates: a newline is added between articles where the first lacks one', () => {
  assert.equal(formatTemplates([doc('1', 'A'), doc('2', 'B\n')]), '1\t1\tA\n2\t1\tB\n');
});
