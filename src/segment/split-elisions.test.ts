import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTokens } from './tokenize.js';
import { splitElision, splitElisions } from './split-elisions.js';

const split = (text: string, lang: string): string[] =>
  findTokens(text, 0, text.length).flatMap((t) => splitElision(t, lang)).map((t) => text.slice(t.start, t.end));

test('elisions: French "l\'homme" splits after the apostrophe', () => {
  assert.deepEqual(split("l'homme", 'fr'), ["l'", 'homme']);
});

test('elisions: French typographic apostrophe splits too', () => {
  assert.deepEqual(split('qu’il', 'fr'), ['qu’', 'il']);
});

test('elisions: Italian "dell\'anno" splits', () => {
  assert.deepEqual(split("dell'anno", 'it'), ["dell'", 'anno']);
});

test('elisions: French "aujourd\'hui" stays whole', () => {
  assert.deepEqual(split("aujourd'hui", 'fr'), ["aujourd'hui"]);
});

test('elisions: English contractions stay whole', () => {
  assert.deepEqual(split("don't", 'en'), ["don't"]);
});

test('elisions: the split parts carry their norms', () => {
  const [a, b] = findTokens("L'Homme", 0, 7).flatMap((t) => splitElision(t, 'fr'));
  assert.deepEqual([a!.norm, b!.norm], ["l'", 'homme']);
});

test('elisions: the pass splits every elision of a paragraph and keeps the other tokens', () => {
  const text = "Il dit qu'il aime l'été, d'accord.";
  const state = { text, lang: 'fr', warnings: [], paragraphs: [{ n: 1, start: 0, end: text.length, sentences: [], tokens: findTokens(text, 0, text.length) }] };
  splitElisions(state);
  assert.deepEqual(state.paragraphs[0]!.tokens.map((t) => text.slice(t.start, t.end)), ['Il', 'dit', "qu'", 'il', 'aime', "l'", 'été', ',', "d'", 'accord', '.']);
});
