import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainRunNote } from './model-card.js';
import { DEFAULT_DATA_ROOT } from './default-data.js';

test('a card written by a run on other data, fewer languages or another mode says so; the shipped run adds nothing', () => {
  const all = ['en', 'fr', 'ge', 'it', 'po', 'ru'];
  assert.deepEqual(trainRunNote(undefined), []);
  assert.deepEqual(trainRunNote({ task: 'genre', data: DEFAULT_DATA_ROOT, langs: all, mode: 'all' }), []);
  assert.deepEqual(trainRunNote({ task: 'genre', data: DEFAULT_DATA_ROOT, langs: [], mode: 'all' }), [], 'no --lang: every language');
  const [note] = trainRunNote({ task: 'techniques', data: '/tmp/my-data', langs: ['en'], mode: 'lang' });
  assert.match(note ?? '', /^> \*\*Last written by `slant train techniques --data \/tmp\/my-data --lang en --mode lang`\.\*\* The rows of the files that run wrote give their figures on that data; the training-data, notice and retrain lines describe the files as shipped/);
});
