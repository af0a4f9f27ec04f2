import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTextBytes, looksBinary } from './decode-text.js';

const problem = (bytes: Uint8Array): string => {
  try {
    decodeTextBytes(bytes, 'in.txt');
  } catch (error) {
    return String(error);
  }
  return 'no error';
};

test('BOM and CRLF are kept in the text', () => {
  const text = decodeTextBytes(Buffer.from('\uFEFFTitle\r\n\r\nBody\r\n', 'utf8'), 'in.txt');
  assert.equal(text, '\uFEFFTitle\r\n\r\nBody\r\n');
});
test('invalid UTF-8 names the byte offset', () => {
  assert.equal(problem(Buffer.concat([Buffer.from('héllo '), Buffer.from([0xff]), Buffer.from(' x')])), 'in.txt: not valid UTF-8 (byte offset 7)');
});
test('a NUL byte makes a file binary', () => {
  assert.equal(problem(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), 'in.txt: looks like a binary file');
});
test('many control bytes make a file binary', () => {
  assert.equal(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61))), true);
});
test('tabs, form feeds and escapes alone do not', () => {
  assert.equal(looksBinary(Buffer.from('a\tb\fc\x1b[0m\r\n')), false);
});
test('UTF-16 text is named as such', () => {
  assert.equal(problem(Uint8Array.from([0xff, 0xfe, 0x61, 0x00])), 'in.txt: is UTF-16LE text, not UTF-8');
});
test('empty and whitespace-only inputs are empty', () => {
  assert.equal(problem(new Uint8Array()), 'in.txt: is empty');
  assert.equal(problem(Buffer.from('\uFEFF \r\n\t\n')), 'in.txt: is empty (only white space)');
  assert.equal(problem(Buffer.from('\uFEFF')), 'in.txt: is empty');
});
