import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkRange } from './chunk-range.js';

test('chunks: a short range is one piece', () => {
  assert.deepEqual(chunkRange('abc def', 0, 7, 100), [{ start: 0, end: 7 }]);
});

test('chunks: pieces are contiguous, cover the range and respect the limit', () => {
  const text = 'word '.repeat(3000);
  const pieces = chunkRange(text, 0, text.length, 1000);
  assert.equal(pieces[0]!.start, 0);
  assert.equal(pieces.at(-1)!.end, text.length);
  for (let i = 1; i < pieces.length; i++) assert.equal(pieces[i]!.start, pieces[i - 1]!.end);
  assert.ok(pieces.every((p) => p.end - p.start <= 1000));
});

test('chunks: a piece ends after a sentence end when one is in its second half', () => {
  const text = `${'a '.repeat(300)}end. ${'b '.repeat(300)}`;
  const [first] = chunkRange(text, 0, text.length, 1000);
  assert.equal(text.slice(first!.start, first!.end).trimEnd().slice(-4), 'end.');
});

test('chunks: text without spaces is cut at the limit', () => {
  assert.deepEqual(chunkRange('x'.repeat(25), 0, 25, 10).map((p) => p.end - p.start), [10, 10, 5]);
});

test('chunks: a surrogate pair is never cut', () => {
  const pieces = chunkRange('😀'.repeat(10), 0, 20, 5);
  assert.ok(pieces.every((p) => p.start % 2 === 0 && p.end % 2 === 0));
});
