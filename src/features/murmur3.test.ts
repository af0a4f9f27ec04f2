import { test } from 'node:test';
import assert from 'node:assert/strict';
import { murmur3, murmur3Joined, murmur3Range } from './murmur3.js';

test('hashes are unsigned 32-bit and depend on the seed', () => {
  const h = murmur3('слово', 1);
  assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 32);
  assert.notEqual(h, murmur3('слово', 2));
});

test('Cyrillic words that share low bytes do not collide', () => {
  // 'д' (U+0434) and 'Д' (U+0414) differ only above the low byte in some pairs; all must differ.
  const words = ['дом', 'дым', 'дама', 'дума', 'Дом', 'том', 'ток'];
  assert.equal(new Set(words.map((w) => murmur3(w))).size, words.length);
});

test('a range hash equals the hash of the slice', () => {
  const text = 'xx propaganda yy';
  assert.equal(murmur3Range(text, 3, 13, 5), murmur3('propaganda', 5));
  assert.equal(murmur3Range(text, 3, 4, 5), murmur3('p', 5));
});

test('a joined hash equals the hash of the two strings joined by a space', () => {
  const words = ['', 'a', 'ab', 'abc', 'слово', 'l’état', '0', 'naïve', '😀x', 'propaganda'];
  for (const a of words) {
    for (const b of words) {
      for (const seed of [0, 12, 0x5eed5]) assert.equal(murmur3Joined(a, b, seed), murmur3(`${a} ${b}`, seed), `${a}|${b}|${seed}`);
    }
  }
});
