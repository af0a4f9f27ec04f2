import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSentences } from './split-sentences.js';
import { mergeSentences } from './merge-abbreviations.js';

const sents = (text: string, lang: string): string[] =>
  mergeSentences(text, findSentences(text, 0, text.length, lang), lang).map((s) => text.slice(s.start, s.end));

test('merge: English title "Mr." does not end a sentence', () => {
  assert.deepEqual(sents('Mr. Smith spoke. He left.', 'en'), ['Mr. Smith spoke.', 'He left.']);
});

test('merge: "Dr." in parentheses does not end a sentence', () => {
  assert.deepEqual(sents('They met (Dr. Jones) today.', 'en'), ['They met (Dr. Jones) today.']);
});

test('merge: "U.S." before a capital does not end a sentence', () => {
  assert.deepEqual(sents('The U.S. Senate voted.', 'en'), ['The U.S. Senate voted.']);
});

test('merge: initials stay with the name', () => {
  assert.deepEqual(sents('J. K. Rowling wrote it. Then she left.', 'en'), ['J. K. Rowling wrote it.', 'Then she left.']);
});

test('merge: "p.m." before a capital ends the sentence', () => {
  assert.deepEqual(sents('He left at 5 p.m. The next day came.', 'en'), ['He left at 5 p.m.', 'The next day came.']);
});

test('merge: "etc." ends the sentence', () => {
  assert.deepEqual(sents('Apples, pears etc. Then more.', 'en'), ['Apples, pears etc.', 'Then more.']);
});

test('merge: "!" in a quote followed by lower case continues the sentence', () => {
  assert.deepEqual(sents('"Stop!" he said. Then he left.', 'en'), ['"Stop!" he said.', 'Then he left.']);
});

test('merge: Russian "г." before a city name does not end a sentence', () => {
  assert.deepEqual(sents('Он живёт в г. Москва. Она нет.', 'ru'), ['Он живёт в г. Москва.', 'Она нет.']);
});

test('merge: Russian "г." after a year ends the sentence', () => {
  assert.deepEqual(sents('Это было в 2019 г. Потом всё изменилось.', 'ru'), ['Это было в 2019 г.', 'Потом всё изменилось.']);
});

test('merge: Russian initials stay with the name', () => {
  assert.deepEqual(sents('А. С. Пушкин родился. Это всё.', 'ru'), ['А. С. Пушкин родился.', 'Это всё.']);
});

test('merge: German "z.B." before a capital does not end a sentence', () => {
  assert.deepEqual(sents('Das gilt z.B. Deutschland. Gut.', 'de'), ['Das gilt z.B. Deutschland.', 'Gut.']);
});

test('merge: German ordinal dates stay in the sentence', () => {
  assert.deepEqual(sents('Am 3. Oktober kam er. Gut.', 'de'), ['Am 3. Oktober kam er.', 'Gut.']);
});

test('merge: Italian "sig." does not end a sentence', () => {
  assert.deepEqual(sents('Il sig. Rossi è arrivato. Poi è partito.', 'it'), ['Il sig. Rossi è arrivato.', 'Poi è partito.']);
});

test('merge: Polish "np." does not end a sentence', () => {
  assert.deepEqual(sents('Kupił np. Fiata. Potem wrócił.', 'pl'), ['Kupił np. Fiata.', 'Potem wrócił.']);
});

test('merge: French "M." stays with the name', () => {
  assert.deepEqual(sents('M. Dupont est venu. Il est parti.', 'fr'), ['M. Dupont est venu.', 'Il est parti.']);
});

test('merge: a plain sentence end before a capital is kept', () => {
  assert.deepEqual(sents('It rained. Everyone stayed home.', 'en'), ['It rained.', 'Everyone stayed home.']);
});

test('merge: Polish sentence of only a date ending in "r." continues', () => {
  assert.deepEqual(sents('W maju 1965 r. Jan Kowalski wyjechał. Wrócił.', 'pl'), ['W maju 1965 r. Jan Kowalski wyjechał.', 'Wrócił.']);
});

test('merge: Polish "r." after a year at the end of a long sentence ends it', () => {
  assert.deepEqual(sents('Ustawę przyjęto w Sejmie w 2015 r. Potem ją zmieniono.', 'pl'), ['Ustawę przyjęto w Sejmie w 2015 r.', 'Potem ją zmieniono.']);
});
