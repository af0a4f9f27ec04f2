import { test } from 'node:test';
import assert from 'node:assert/strict';
import { genreChoiceNote } from './label-text.js';

test('genre note: silent when the label is the most probable genre', () => {
  assert.equal(genreChoiceNote({ label: 'opinion', scores: { opinion: 0.8, reporting: 0.15, satire: 0.05 } }), null);
});

test('genre note: says so when the offsets chose a less probable genre', () => {
  const note = genreChoiceNote({ label: 'satire', scores: { opinion: 0.73, reporting: 0.12, satire: 0.15 } });
  assert.equal(note, 'chosen over opinion 0.73: the decision favours the rarer genres');
});

test('genreStyleText: counted measures take fewer, reported speech takes less', async () => {
  const { genreStyleText } = await import('./label-text.js');
  assert.equal(genreStyleText({ cues: [{ cue: 'said', value: 1, usual: 4 }, { cue: 'quote', value: 0, usual: 4 }] }), 'style: less reported speech, fewer quotation marks than usual');
});
