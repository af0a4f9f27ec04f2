import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, normalizeToken } from './normalize-token.js';

test('norm: lower-cases ASCII', () => {
  assert.equal(normalizeToken('HeLLo'), 'hello');
});

test('norm: unifies typographic apostrophes', () => {
  assert.equal(normalizeToken('L’ʼ‘x'), "l'''x");
});

test('norm: composes to NFC', () => {
  assert.equal(normalizeToken('E\u0301'), 'é');
});

test('norm: whole-text normalisation keeps length or gives null', () => {
  assert.equal(normalizeText('Don’t'), "don't");
});

test('norm: whole-text normalisation refuses decomposed text', () => {
  assert.equal(normalizeText('e\u0301'), null);
});

test('norm: whole-text normalisation refuses length-changing lower-case', () => {
  assert.equal(normalizeText('İ'), null);
});
