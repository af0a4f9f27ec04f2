import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../result.js';
import { escapeMarkdown, renderMarkdown } from './render-markdown.js';

test('escapeMarkdown escapes an ordered-list marker the CommonMark way (a backslash before a digit prints)', () => {
  assert.equal(escapeMarkdown('1. Either we stop him now'), '1\\. Either we stop him now');
  assert.equal(escapeMarkdown('12) Either'), '12\\) Either');
  assert.equal(escapeMarkdown('in 1. place'), 'in 1. place', 'only at the start');
});

test('md: a paragraph starting "1. " reads "1." after its number, with no stray backslash', () => {
  const text = '1. Either we stop him now, or we lose.';
  const analysis: Analysis = {
    article: { id: 'a', lang: 'en', chars: text.length, paragraphs: [{ n: 1, start: 0, end: text.length }] },
    paragraphs: [{ n: 1, techniques: [] }],
    warnings: [],
    model: { id: 'm', version: '1' },
  };
  const md = renderMarkdown(analysis, text);
  assert.match(md, /^\*\*¶1\*\* 1\\\. Either we stop him now, or we lose\.$/m);
  assert.doesNotMatch(md, /\\1/);
});
