import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, PASSES } from './index.js';
import { checkDocument } from './check-document.js';

const EN = 'A council vote\n\nMr. Smith said the U.S. plan was "bad". Critics disagreed!\r\n \nIt rained 😀 today.';

test('segment: passes run in the documented order', () => {
  assert.deepEqual(PASSES.map((p) => p.name), ['splitParagraphs', 'splitSentences', 'mergeAbbreviations', 'tokenize', 'splitElisions']);
});

test('segment: an English article keeps every invariant', () => {
  assert.deepEqual(checkDocument(segment({ id: '1', text: EN }, { lang: 'en' })), []);
});

test('segment: without sentence splitting, each paragraph is one sentence and the tokens are the same', () => {
  const FR = "Titre\n\nM. Dupont l'a dit. « C'est faux » ! Puis il est parti.\n\nAujourd'hui, 3,5 % de plus.";
  for (const [text, lang] of [[EN, 'en'], [FR, 'fr']] as const) {
    const full = segment({ id: '1', text }, { lang });
    const bare = segment({ id: '1', text }, { lang, sentences: false });
    assert.deepEqual(checkDocument(bare), []);
    assert.deepEqual(bare.paragraphs.map((p) => p.tokens), full.paragraphs.map((p) => p.tokens));
    assert.deepEqual(bare.paragraphs.map((p) => p.sentences), full.paragraphs.map((p) => [{ start: p.start, end: p.end }]));
    assert.ok(full.paragraphs.some((p) => p.sentences.length > 1));
  }
});

test('segment: paragraphs are numbered by line', () => {
  assert.deepEqual(segment({ id: '1', text: EN }, { lang: 'en' }).paragraphs.map((p) => p.n), [1, 3, 5]);
});

test('segment: sentences merge after "Mr." and "U.S."', () => {
  const doc = segment({ id: '1', text: EN }, { lang: 'en' });
  assert.equal(doc.paragraphs[1]!.sentences.length, 2);
});

test('segment: the raw text is kept as given', () => {
  assert.equal(segment({ id: '1', text: EN }, { lang: 'en' }).article.text, EN);
});

test('segment: the given language wins with source "given"', () => {
  assert.deepEqual(segment({ id: '1', text: EN }, { lang: 'GE' }).lang, { code: 'de', confidence: 1, source: 'given' });
});

test('segment: the language is detected when not given', () => {
  assert.equal(segment({ id: '1', text: EN }).lang.code, 'en');
});

test('segment: empty text gives no paragraphs and an empty-text warning', () => {
  const doc = segment({ id: '1', text: '' }, { lang: 'en' });
  assert.deepEqual([doc.paragraphs.length, doc.warnings.map((w) => w.code)], [0, ['empty-text']]);
});

test('segment: text without letters warns that the language is unknown', () => {
  assert.deepEqual(segment({ id: '1', text: '12 34' }).warnings.map((w) => w.code), ['language-unknown']);
});

test('segment: a 2 MB single line is segmented and keeps every invariant', () => {
  const text = 'Один два три, четыре пять. '.repeat(80_000);
  const doc = segment({ id: 'long', text }, { lang: 'ru' });
  assert.deepEqual([doc.paragraphs.length, doc.paragraphs[0]!.sentences.length], [1, 80_000]);
  assert.deepEqual(checkDocument(doc), []);
});

test('segment: a 2 MB line without spaces does not blow up', () => {
  const doc = segment({ id: 'nospace', text: 'x'.repeat(2_000_000) }, { lang: 'en' });
  assert.equal(doc.paragraphs[0]!.tokens.length, 1);
});

test('segment: 100k lines give 100k paragraphs', () => {
  const doc = segment({ id: 'lines', text: 'Short line here.\n'.repeat(100_000) }, { lang: 'en' });
  assert.equal(doc.paragraphs.length, 100_000);
});

test('segment: mixed scripts (Chinese, French, Polish) keep every invariant', () => {
  const text = "北京是中国的首都。\nL'été à Paris.\r\nZażółć gęślą jaźń.\r\n\uFEFF";
  assert.deepEqual(checkDocument(segment({ id: 'mix', text }, { lang: 'fr' })), []);
});

/** A small deterministic PRNG so the property test is reproducible. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const PIECES = ['Mr.', ' ', 'a', 'Ж', 'é', 'e\u0301', '.', '! ', '\n', '\r\n', '\r', '\uFEFF', '😀', '中文', "l'", '3,5', '\t', 'U.S.', '\u200b', 'İ'];

test('segment: random texts keep every invariant and number lines like a plain line split', () => {
  const next = rng(7);
  for (let round = 0; round < 300; round++) {
    let text = '';
    for (let i = Math.floor(next() * 60); i > 0; i--) text += PIECES[Math.floor(next() * PIECES.length)];
    const doc = segment({ id: 'r', text }, { lang: round % 2 ? 'fr' : 'en' });
    assert.deepEqual(checkDocument(doc), [], JSON.stringify(text));
    const expected = text.split(/\r\n|\r|\n/).flatMap((line, i) => (/^[\s]*$/.test(line.replace(/\uFEFF/g, 'x')) ? [] : [i + 1]));
    assert.deepEqual(doc.paragraphs.map((p) => p.n), expected, JSON.stringify(text));
  }
});
