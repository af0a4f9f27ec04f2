import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SlantError, InputError } from '../errors.js';
import { describeError } from './context.js';

test('describeError: one line, with the slant: prefix a library error carries taken off (the CLI adds its own once)', () => {
  assert.equal(describeError(new SlantError('slant: 3 articles, too few for 5-fold cross-validation')), '3 articles, too few for 5-fold cross-validation');
  assert.equal(describeError(new SlantError('analysis worker stopped')), 'analysis worker stopped');
  assert.equal(describeError(new Error('slant: analyze: bad option')), 'analyze: bad option');
  assert.equal(describeError(new InputError({ input: 'a.txt', line: 3 }, 'is empty')), 'a.txt:3: is empty');
  assert.equal(describeError('plain', 'b.txt'), 'b.txt: plain');
});
