import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenKind } from './token-kind.js';

test('kind: every printable ASCII character agrees with Unicode categories', () => {
  for (let c = 0x21; c < 0x7f; c++) {
    const ch = String.fromCharCode(c);
    const want = /\p{L}/u.test(ch) ? 'word' : /\p{Nd}/u.test(ch) ? 'number' : /\p{P}/u.test(ch) ? 'punct' : 'symbol';
    assert.equal(tokenKind(ch), want, ch);
  }
});

test('kind: a separated number is a number', () => {
  assert.equal(tokenKind('3,5'), 'number');
});

test('kind: letters with digits are a word', () => {
  assert.equal(tokenKind('COVID-19'), 'word');
});

test('kind: Arabic-Indic digits are a number', () => {
  assert.equal(tokenKind('٣٤'), 'number');
});

test('kind: a dash is punctuation, a currency sign a symbol', () => {
  assert.deepEqual([tokenKind('—'), tokenKind('€')], ['punct', 'symbol']);
});
