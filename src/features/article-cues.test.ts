import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import { ARTICLE_CUE_DENSITY_NAMES, articleCueDensities, articleCueTokens } from './article-cues.js';

test('articleCueDensities: each cue per 1,000 tokens and the article\'s size, log(1 + x), in the named order', () => {
  const doc = segment({ id: 'a', text: 'Council votes today\n\n"We will build it," the mayor said. I doubt it!\n\nThe vote was 7 to 2 in 2024.' }, { lang: 'en' });
  const d = articleCueDensities(doc);
  assert.equal(d.length, ARTICLE_CUE_DENSITY_NAMES.length);
  const tokens = doc.paragraphs.reduce((n, p) => n + p.tokens.length, 0);
  const at = (name: string): number => d[ARTICLE_CUE_DENSITY_NAMES.indexOf(name)] as number;
  const per1000 = (count: number): number => Math.log1p((1000 * count) / tokens);
  assert.equal(at('quote'), per1000(2));
  assert.equal(at('said'), per1000(1));
  assert.equal(at('i'), per1000(1));
  assert.equal(at('!'), per1000(1));
  assert.equal(at('year'), per1000(1));
  assert.equal(at('number'), per1000(3));
  assert.equal(at('?'), 0);
  assert.equal(at('tokens'), Math.log1p(tokens));
  assert.equal(at('paragraphs'), Math.log1p(3));
});

test('articleCueTokens: the tokens behind each density, numbered across the article, as many as the density counts', () => {
  const doc = segment({ id: 'a', text: 'Council votes today\n\n"We will build it," the mayor said. I doubt it!\n\nThe vote was 7 to 2 in 2024.' }, { lang: 'en' });
  const tokens = doc.paragraphs.flatMap((p) => p.tokens);
  const at = articleCueTokens(doc);
  const d = articleCueDensities(doc);
  assert.equal(at.length, ARTICLE_CUE_DENSITY_NAMES.length);
  const of = (name: string): string[] => (at[ARTICLE_CUE_DENSITY_NAMES.indexOf(name)] as number[]).map((i) => tokens[i]?.norm as string);
  assert.deepEqual(of('said'), ['said']);
  assert.deepEqual(of('i'), ['i']);
  assert.deepEqual(of('year'), ['2024']);
  assert.deepEqual(of('number'), ['7', '2', '2024']);
  assert.deepEqual(of('tokens'), []);
  ARTICLE_CUE_DENSITY_NAMES.slice(0, -3).forEach((name, k) => {
    assert.equal(Math.round(Math.expm1(d[k] as number) * tokens.length / 1000), of(name).length, name);
  });
  // The lists are copies: changing one does not change the next call's.
  (at[0] as number[]).push(999);
  assert.ok(!(articleCueTokens(doc)[0] as number[]).includes(999));
});
