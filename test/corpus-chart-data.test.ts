/** The corpus view's pure helpers: stats rows to chart series, axis ticks, hash routes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitted, formatShare, formatterOf, labelName, OTHER, seriesTable, shares, ticks, topLabels } from '../web/src/corpus/chart-data.js';
import { parseHash } from '../web/src/corpus/use-hash-route.js';
import type { StatsResult, StatsRow } from '../src/store/stats-query.js';

const row = (group: string, kind: StatsRow['kind'], label: string, count: number): StatsRow => ({ group, kind, label, count, perArticle: count / 2, per1000Words: count * 10, share: count / 4 });

const stats: StatsResult = {
  by: 'source',
  groups: [
    { key: 'A', articles: 2, words: 100, paragraphs: 4 },
    { key: '(unknown)', articles: 2, words: 100, paragraphs: 4 },
  ],
  rows: [row('A', 'technique', 'Loaded_Language', 3), row('A', 'technique', 'Doubt', 1), row('A', 'technique', 'Slogans', 1), row('(unknown)', 'technique', 'Doubt', 2), row('A', 'frame', 'Economic', 1), row('A', 'category', 'Call', 1)],
  models: [],
};

test('topLabels orders a kind by its total over all groups, ties by label', () => {
  assert.deepEqual(topLabels(stats.rows, 'technique', 5), ['Doubt', 'Loaded_Language', 'Slogans']);
  assert.deepEqual(topLabels(stats.rows, 'technique', 1), ['Doubt']);
});

test('seriesTable pivots rows by group, sums the rest into Other, drops (unknown) on request', () => {
  assert.deepEqual(seriesTable(stats, 'technique', 2, 'count', { withOther: true }), { groups: ['A', '(unknown)'], series: ['Doubt', 'Loaded_Language', OTHER], values: [[1, 2], [3, 0], [1, 0]] });
  assert.deepEqual(seriesTable(stats, 'technique', 5, 'perArticle', { withOther: true, dropUnknown: true }), { groups: ['A'], series: ['Doubt', 'Loaded_Language', 'Slogans'], values: [[0.5], [1.5], [0.5]] });
  assert.deepEqual(seriesTable(stats, 'frame', 5, 'count').series, ['Economic']);
});

test('shares, names and formats', () => {
  assert.deepEqual(shares(stats, 'frame'), [['Economic', 0.25, 1]]);
  assert.equal(labelName('Name_Calling-Labeling'), 'Name calling / labeling');
  assert.equal(labelName('Legality_Constitutionality_and_jurisprudence'), 'Legality and jurisprudence');
  assert.equal(labelName('opinion'), 'Opinion');
  assert.equal(formatterOf('count')(1234), '1,234');
  assert.equal(formatterOf('perArticle')(1), '1.00');
  assert.equal(formatShare(1 / 3), '33.3%');
});

test('ticks are round, reach the maximum, and stay whole for counts', () => {
  assert.deepEqual(ticks(8, true), [0, 2, 4, 6, 8]);
  assert.deepEqual(ticks(2, true), [0, 1, 2]);
  assert.deepEqual(ticks(9, true), [0, 5, 10]);
  assert.deepEqual(ticks(0.9, false), [0, 0.25, 0.5, 0.75, 1]);
  assert.deepEqual(ticks(0, true), [0, 1]);
});

test('parseHash reads the views and the article open', () => {
  assert.deepEqual(parseHash(''), { view: 'analyse' });
  assert.deepEqual(parseHash('#/corpus'), { view: 'corpus' });
  assert.deepEqual(parseHash('#/corpus/article/12'), { view: 'corpus', articleId: 12 });
  assert.deepEqual(parseHash('#/corpus/article/x'), { view: 'analyse' });
  assert.deepEqual(parseHash('#/labels'), { view: 'labels' });
});

test('fillPeriods spaces periods evenly in time: empty months count 0, and have no rate', async () => {
  const { fillPeriods } = await import('../web/src/corpus/chart-data.js');
  const table = { groups: ['2024-01', '2024-04', '2023-11'], series: ['Doubt'], values: [[2, 3, 1]] };
  const counts = fillPeriods(table, 'month', 'count');
  assert.deepEqual(counts.groups, ['2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04']);
  assert.deepEqual(counts.values, [[1, 0, 2, 0, 0, 3]]);
  const rates = fillPeriods(table, 'month', 'perArticle');
  assert.deepEqual(rates.values[0]!.map((v) => (Number.isNaN(v) ? null : v)), [1, null, 2, null, null, 3]);
  const weeks = fillPeriods({ groups: ['2024-02-26', '2024-03-11'], series: ['Doubt'], values: [[1, 1]] }, 'week', 'count');
  assert.deepEqual(weeks.groups, ['2024-02-26', '2024-03-04', '2024-03-11']);
  const days = fillPeriods({ groups: ['2024-02-28', '2024-03-01'], series: ['Doubt'], values: [[1, 1]] }, 'day', 'count');
  assert.deepEqual(days.groups, ['2024-02-28', '2024-02-29', '2024-03-01']);
  // Keys that are not periods of the kind, or a span too long to draw, stay as they are.
  assert.equal(fillPeriods({ groups: ['a', 'b'], series: [], values: [] }, 'month', 'count').groups.length, 2);
  assert.equal(fillPeriods({ groups: ['1900-01-01', '2024-01-01'], series: ['Doubt'], values: [[1, 1]] }, 'day', 'count').groups.length, 2);
});

test('the corpus view in the address: read back as written, bad values as absent', async () => {
  const { corpusHash, parseCorpusQuery, DEFAULT_CORPUS_STATE } = await import('../web/src/corpus/corpus-query.js');
  const state = { filter: { search: 'tax* "border"', source: 'Valley & Times', from: '2024-01-01', to: '2024-03-31' }, period: 'week' as const, measure: 'perArticle' as const, offset: 40 };
  const hash = corpusHash(state, 20);
  assert.match(hash, /^#\/corpus\?search=.*&page=3$/);
  assert.deepEqual(parseCorpusQuery(hash, 20), state);
  assert.deepEqual(parseHash(hash), { view: 'corpus' });
  assert.equal(corpusHash(DEFAULT_CORPUS_STATE, 20), '#/corpus');
  assert.deepEqual(parseCorpusQuery('#/corpus?period=year&measure=constructor&page=-2&from=yesterday&to=2024-13-45', 20), DEFAULT_CORPUS_STATE);
  // A day that is not in the calendar is left out too (a shared link must not break the view).
  assert.equal(parseCorpusQuery('#/corpus?from=2023-02-29&to=2024-02-29', 20).filter.from, '');
  assert.equal(parseCorpusQuery('#/corpus?from=2023-02-29&to=2024-02-29', 20).filter.to, '2024-02-29');
});

test('a bar name longer than the chart is cut with an ellipsis to fit; a short one stays whole', () => {
  const px = (s: string): number => [...s].length * 6;
  assert.equal(fitted('City Paper', 300, px), 'City Paper');
  const long = 'The Very Long Name of a Regional Evening Newspaper and Its Weekend Supplement';
  const cut = fitted(long, 120, px);
  assert.equal(cut, 'The Very Long Name…');
  assert.ok(px(cut) <= 120);
  // Wide letters take more room: the measure decides, not a count of characters.
  const wide = (s: string): number => [...s].reduce((w, c) => w + (c === 'W' ? 11 : 6), 0);
  assert.ok(wide(fitted('W'.repeat(70), 200, wide)) <= 200);
  // A family emoji is one character to a reader and is never split.
  assert.equal(fitted('👩‍👩‍👧‍👦'.repeat(3), 25, (s) => [...new Intl.Segmenter().segment(s)].length * 10), '👩‍👩‍👧‍👦…');
});
