import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, normalizeLangCode } from './detect.js';
import { resolveLanguage } from './resolve-language.js';

// Our own short news-like sentences, one per language.
const SAMPLES: Record<string, string> = {
  en: 'The city council voted on Tuesday to expand the bus network, despite objections from several residents.',
  ru: 'Городской совет во вторник проголосовал за расширение автобусной сети, несмотря на возражения жителей.',
  it: 'Il consiglio comunale ha votato martedì per ampliare la rete degli autobus, nonostante le obiezioni.',
  fr: 'Le conseil municipal a voté mardi pour étendre le réseau de bus, malgré les objections des habitants.',
  de: 'Der Stadtrat hat am Dienstag beschlossen, das Busnetz auszubauen, trotz Einwänden mehrerer Anwohner.',
  pl: 'Rada miejska zagłosowała we wtorek za rozbudową sieci autobusowej, mimo sprzeciwu części mieszkańców.',
};

for (const [code, text] of Object.entries(SAMPLES)) {
  test(`detect: ${code} sample is ${code}`, () => {
    assert.equal(detectLanguage(text).code, code);
  });
}

test('detect: a detected guess has source "detected" and confidence in (0, 1]', () => {
  const guess = detectLanguage(SAMPLES['en']!);
  assert.ok(guess.source === 'detected' && guess.confidence > 0 && guess.confidence <= 1);
});

test('detect: text without letters is und with confidence 0', () => {
  assert.deepEqual(detectLanguage('12 345 !!!'), { code: 'und', confidence: 0, source: 'default' });
});

test('detect: empty text is und', () => {
  assert.equal(detectLanguage('').code, 'und');
});

test('detect: a long text is read only at its start', () => {
  const german = `${SAMPLES['de']!} `.repeat(25);
  assert.equal(detectLanguage(german + SAMPLES['en']!.repeat(500)).code, 'de');
});

test('lang code: SemEval ge is de', () => {
  assert.equal(normalizeLangCode('ge'), 'de');
});

test('lang code: SemEval po is pl, case-insensitive', () => {
  assert.equal(normalizeLangCode('PO'), 'pl');
});

test('lang code: the three-letter codes of the training languages are theirs; others stay as given', () => {
  const codes = ['eng', 'FRA', 'fre', 'deu', 'ger', 'ita', 'pol', 'rus', 'eng-US', 'spa'];
  assert.deepEqual(codes.map(normalizeLangCode), ['en', 'fr', 'fr', 'de', 'de', 'it', 'pl', 'ru', 'en', 'spa']);
});

test('lang code: a region tag is dropped', () => {
  assert.equal(normalizeLangCode('en-GB'), 'en');
});

test('resolve: the given code wins, with confidence 1', () => {
  assert.deepEqual(resolveLanguage({ id: '1', text: SAMPLES['fr']!, lang: 'it' }, 'ge'), {
    code: 'de', confidence: 1, source: 'given',
  });
});

test('resolve: the article language is used when none is given', () => {
  assert.equal(resolveLanguage({ id: '1', text: SAMPLES['fr']!, lang: 'po' }).code, 'pl');
});

test('resolve: detection is used when no language is known', () => {
  assert.equal(resolveLanguage({ id: '1', text: SAMPLES['ru']! }).source, 'detected');
});
