import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetMap, codePointToUtf16, utf16ToCodePoint } from './offsets.js';

/** A small deterministic PRNG so the property tests are reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'Ж', 'é', ' ', '\r\n', '\n', '\r', '\uFEFF', '😀', '𝔸', '中', 'ł', '\u0301', '👩‍👩‍👧'];

function randomText(next: () => number, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

test('offsets: slicing by converted offsets equals slicing by code points (random texts)', () => {
  const next = rng(42);
  for (let round = 0; round < 300; round++) {
    const text = randomText(next, Math.floor(next() * 40));
    const cps = Array.from(text);
    const map = new OffsetMap(text);
    assert.equal(map.codePointLength, cps.length);
    for (let k = 0; k < 10; k++) {
      const a = Math.floor(next() * (cps.length + 1));
      const b = a + Math.floor(next() * (cps.length + 1 - a));
      const byCp = cps.slice(a, b).join('');
      assert.equal(text.slice(map.toUtf16(a), map.toUtf16(b)), byCp);
      assert.equal(map.toCodePoint(map.toUtf16(a)), a);
    }
  }
});

test('offsets: astral characters take two UTF-16 units and one code point', () => {
  const text = 'a😀b';
  assert.equal(codePointToUtf16(text, 2), 3);
  assert.equal(utf16ToCodePoint(text, 3), 2);
});

test('offsets: an offset inside a surrogate pair rounds down to the character start', () => {
  assert.equal(utf16ToCodePoint('a😀b', 2), 1);
});

test('offsets: CR and BOM count as one unit in both systems', () => {
  const text = '\uFEFFx\r\ny';
  assert.equal(codePointToUtf16(text, 4), 4);
  assert.equal(utf16ToCodePoint(text, 4), 4);
});

test('offsets: out-of-range offsets throw a RangeError naming the value', () => {
  assert.throws(() => codePointToUtf16('ab', 3), /code-point offset 3/);
  assert.throws(() => utf16ToCodePoint('ab', -1), /UTF-16 offset -1/);
});
