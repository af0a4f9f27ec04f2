import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTokens } from './tokenize.js';
import { splitElision } from './split-elisions.js';

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
