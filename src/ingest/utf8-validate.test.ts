import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findInvalidUtf8 } from './utf8-validate.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

test('well-formed UTF-8, astral characters included, is valid', () => {
  assert.equal(findInvalidUtf8(Buffer.from('aé€😀 Привет', 'utf8')), -1);
});
test('a stray continuation byte is found at its offset', () => {
  assert.equal(findInvalidUtf8(bytes(0x61, 0x62, 0x80, 0x63)), 2);
});
test('an overlong encoding is invalid', () => {
  assert.equal(findInvalidUtf8(bytes(0x41, 0xc0, 0xaf)), 1);
  assert.equal(findInvalidUtf8(bytes(0xe0, 0x80, 0xaf)), 0);
});
test('an encoded surrogate is invalid', () => {
  assert.equal(findInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0);
});
test('a code point above U+10FFFF is invalid', () => {
  assert.equal(findInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0);
});
test('a sequence cut off at the end is invalid at its lead byte', () => {
  assert.equal(findInvalidUtf8(bytes(0x61, 0xe2, 0x82)), 1);
});
test('agrees with the fatal TextDecoder on random byte strings', () => {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < 2000; i++) {
    const sample = Uint8Array.from({ length: 1 + (i % 12) }, () => (i % 3 === 0 ? next() : 0x80 + (next() % 0x80)));
    let valid = true;
    try {
      decoder.decode(sample);
    } catch {
      valid = false;
    }
    assert.equal(findInvalidUtf8(sample) === -1, valid, `bytes ${Array.from(sample).join(',')}`);
  }
});
