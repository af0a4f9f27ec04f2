import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateBound } from './stats-query.js';
import { countWords, publishedDay, toArticleRow } from './article-row.js';
import { toFtsQuery } from './sqlite/sqlite-filter.js';
import { defaultDbPath } from './default-db-path.js';
import { formatStats } from './format-stats.js';
import type { StatsResult } from './stats-query.js';
import { labelTallies } from './label-tallies.js';
import { forEachTally, tallyText } from './sqlite/tally-text.js';

test('date bounds extend a year or month to its first or last day', () => {
  assert.equal(parseDateBound('2024', 'from'), '2024-01-01');
  assert.equal(parseDateBound('2024', 'to'), '2024-12-31');
  assert.equal(parseDateBound('2024-02', 'to'), '2024-02-29');
  assert.equal(parseDateBound('2023-02', 'to'), '2023-02-28');
  assert.equal(parseDateBound('2024-03-05', 'to'), '2024-03-05');
  assert.equal(parseDateBound('2024-02-30', 'from'), undefined);
  assert.equal(parseDateBound('2024-13', 'from'), undefined);
  assert.equal(parseDateBound('last week', 'from'), undefined);
});

test('published day: the written date when there is one, else the UTC day', () => {
  assert.equal(publishedDay('2024-03-31T23:30:00-05:00'), '2024-03-31');
  assert.equal(publishedDay('Tue, 02 Apr 2024 10:00:00 GMT'), '2024-04-02');
  assert.equal(publishedDay('sometime'), undefined);
  assert.equal(publishedDay('2024-13-45'), undefined, 'no such day: no group of its own');
});

test('words are runs of letters and digits, in any script', () => {
  assert.equal(countWords("It's a well-known fact: 42 кошки, café!"), 7);
  assert.equal(countWords(''), 0);
});

test('article rows keep metadata and hash the text', () => {
  const row = toArticleRow({ id: 'x', text: 'abc', source: { outlet: 'Daily', url: 'https://e.org/a', canonicalUrl: 'https://e.org/c', publishedAt: '2024-01-02' }, lang: 'en' });
  assert.equal(row.contentHash, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.deepEqual([row.source, row.url, row.publishedDay, row.langGiven, row.words], ['Daily', 'https://e.org/c', '2024-01-02', 'en', 1]);
});

test('search words become quoted FTS5 terms; prefixes keep their star', () => {
  assert.equal(toFtsQuery('border "crisis" tax*'), '"border" "crisis" "tax"*');
  assert.equal(toFtsQuery('NEAR(a OR b)'), '"NEAR(a" "OR" "b)"');
  assert.equal(toFtsQuery('a\u0000b\u0007'), '"a" "b"', 'control characters separate words (a NUL ended the FTS5 string: a 500)');
  assert.equal(toFtsQuery('  * " '), undefined);
});

test('default corpus path per platform, SLANT_DB first', () => {
  assert.equal(defaultDbPath({ SLANT_DB: '/x/c.sqlite' }, 'linux', '/home/u'), '/x/c.sqlite');
  assert.equal(defaultDbPath({ XDG_DATA_HOME: '/data' }, 'linux', '/home/u'), '/data/slant/corpus.sqlite');
  assert.equal(defaultDbPath({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/u'), '/home/u/.local/share/slant/corpus.sqlite');
  assert.equal(defaultDbPath({}, 'darwin', '/Users/u'), '/Users/u/Library/Application Support/slant/corpus.sqlite');
  assert.equal(defaultDbPath({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'), 'C:\\Users\\u\\AppData\\Local\\slant\\corpus.sqlite');
});

const RESULT: StatsResult = {
  by: 'source',
  groups: [{ key: 'Daily, "A"', articles: 2, words: 36, paragraphs: 7 }],
  rows: [{ group: 'Daily, "A"', kind: 'technique', label: 'Loaded_Language', count: 3, perArticle: 1.5, per1000Words: 3000 / 36, share: 3 / 7 }],
  models: [{ id: 'fake', version: '1', lang: 'en', articles: 2 }],
};

test('stats as CSV quote what needs quoting; as a table align columns', () => {
  assert.equal(
    formatStats(RESULT, 'csv'),
    'group,articles,kind,label,count,per_article,per_1000_words,share\n"Daily, ""A""",2,technique,Loaded_Language,3,1.5,83.333333,0.428571\n',
  );
  const table = formatStats(RESULT, 'table').split('\n');
  assert.equal(table[0], 'group       articles  words  paragraphs');
  assert.equal(table[4], 'Daily, "A"  technique  Loaded_Language      3          1.5        83.333  42.9%');
  assert.deepEqual(JSON.parse(formatStats(RESULT, 'json')), RESULT);
});

test('label tallies: paragraphs per technique and per category (once per paragraph), frames and genre once, spans not at all', () => {
  const tallies = labelTallies([
    { kind: 'technique', label: 'Loaded_Language', category: 'Manipulative_Wording', score: 0.9, paragraph: 1 },
    { kind: 'technique', label: 'Repetition', category: 'Manipulative_Wording', score: 0.6, paragraph: 1 },
    { kind: 'technique', label: 'Loaded_Language', category: 'Manipulative_Wording', score: 0.7, paragraph: 3 },
    { kind: 'span', label: 'Loaded_Language', category: 'Manipulative_Wording', score: 0.8, paragraph: 1, start: 4, end: 9 },
    { kind: 'frame', label: 'Economic', score: 0.7 },
    { kind: 'genre', label: 'opinion', score: 0.8 },
  ]);
  assert.deepEqual(tallies, [
    { kind: 'technique', label: 'Loaded_Language', count: 2 },
    { kind: 'category', label: 'Manipulative_Wording', count: 2 },
    { kind: 'technique', label: 'Repetition', count: 1 },
    { kind: 'frame', label: 'Economic', count: 1 },
    { kind: 'genre', label: 'opinion', count: 1 },
  ]);
  const pairs: [number, number][] = [[3, 2], [17, 1], [120, 45]];
  const read: [number, number][] = [];
  forEachTally(tallyText(pairs), (no, count) => read.push([no, count]));
  assert.deepEqual(read, pairs);
  forEachTally('', () => assert.fail('an empty text has no pairs'));
});

test('a stored language that is no code (a JSONL "lang": "English" of before) is left to detection, and its analyses are stale', async () => {
  const { articleFromRow } = await import('./article-row.js');
  const { inProcessAnalyzer } = await import('./pipeline-analyzers.js');
  const { isCurrent } = await import('./analyzer.js');
  const row = { articleId: 'a', text: 'T', contentHash: 'h', words: 1, langGiven: 'English' };
  assert.equal('lang' in articleFromRow(row), false);
  assert.equal(articleFromRow({ ...row, langGiven: 'fr' }).lang, 'fr');
  // The analysis function refuses a language that is no code, as analyzeArticle does.
  const analyze = ((article: { lang?: string }) => {
    if (article.lang !== undefined && !/^[a-z]{2,3}$/.test(article.lang)) throw new Error(`not a code: ${article.lang}`);
    return { model: { id: 'm', version: '1' }, article: { lang: article.lang ?? 'en' } };
  }) as never;
  const analyzer = inProcessAnalyzer({}, analyze);
  assert.equal(await isCurrent(analyzer, { id: 'm', version: '1', lang: 'english' }), false);
  assert.equal(await isCurrent(analyzer, { id: 'm', version: '1', lang: 'fr' }), true);
});
