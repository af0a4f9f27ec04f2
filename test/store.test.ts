/**
 * The corpus store over a real SQLite file: ingest, dedupe, re-analysis on model change, and
 * stats by source and month on a small corpus written here with hand-counted findings.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInputs } from '../src/ingest/index.js';
import { openStore } from '../src/store/open-store.js';
import { toArticleRow } from '../src/store/article-row.js';
import { ingestArticles } from '../src/store/ingest-articles.js';
import { staleArticles, storedModels } from '../src/store/stale-articles.js';
import type { CorpusStore } from '../src/store/corpus-store.js';
import type { StatsResult, StatsRow } from '../src/store/stats-query.js';
import { fakeAnalysis, fakeAnalyzer } from './store-fake-analyzer.js';
import type { Analyzer } from '../src/store/analyzer.js';
import type { Article } from '../src/document/article.js';
import { mixedModels } from '../src/store/stats-query.js';

const A1 = 'Storm over the budget\n\nThe minister is a liar [NC] and a coward [LL].\n\nWe must protect our nation [FW] [LL].\n\nNobody knows #Economic @opinion.';
const A2 = 'Quiet day\n\nThe council met [LL].\n\nRoads were fixed #Economic #Political.';
const B1 = 'Cheers\n\nEveryone agrees [FW] [SL].\n\nThey lie [NC] [DO].';
const B2 = 'Plain\n\nNothing to see.';

const record = (id: string, text: string, source: string, date?: string): string =>
  JSON.stringify({ id, text, source, lang: 'en', ...(date === undefined ? {} : { published_at: date }) });

/** Six lines: A1 twice (a duplicate), and A2 again under Daily C (a syndicated copy). */
const CORPUS = [
  record('a1', A1, 'Daily A', '2024-01-10'),
  record('a2', A2, 'Daily A', '2024-02-03T08:00:00+01:00'),
  record('b1', B1, 'Daily B', '2024-01-20'),
  record('b2', B2, 'Daily B'),
  record('a1-again', A1, 'Daily A', '2024-01-10'),
  record('c1', A2, 'Daily C', '2024-02-04'),
].join('\n');

let dir = '';
let corpus = '';
const db = (name: string): string => path.join(dir, name);

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'slant-store-'));
  corpus = path.join(dir, 'corpus.jsonl');
  writeFileSync(corpus, `${CORPUS}\n`);
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Ingests the corpus into `file` with fake model `version`. */
async function ingest(file: string, version: number) {
  const store = await openStore(file, { create: true });
  const analyzer = fakeAnalyzer(version);
  try {
    const summary = await ingestArticles(readInputs([corpus]), { store, analyzer, commitEvery: 2 });
    return { summary, calls: analyzer.calls };
  } finally {
    await store.close();
  }
}

async function withStore<T>(file: string, fn: (store: CorpusStore) => Promise<T>): Promise<T> {
  const store = await openStore(file);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The row of `kind`/`label` in `group`, or undefined. */
const row = (r: StatsResult, group: string, kind: StatsRow['kind'], label: string): StatsRow | undefined =>
  r.rows.find((x) => x.group === group && x.kind === kind && x.label === label);

/** Counts of `kind` in `group` as `{label: count}`. */
const counts = (r: StatsResult, group: string, kind: StatsRow['kind']): Record<string, number> =>
  Object.fromEntries(r.rows.filter((x) => x.group === group && x.kind === kind).map((x) => [x.label, x.count]));

test('ingest stores each article once, reuses the analysis of a syndicated copy, and skips on a second run', async () => {
  const file = db('dedupe.sqlite');
  const first = await ingest(file, 1);
  assert.deepEqual({ ...first.summary, ms: 0 }, { read: 6, analysed: 4, reused: 1, skipped: 1, failed: 0, ms: 0 });
  // Four distinct texts: the copy under Daily C shares the analysis of a2.
  assert.equal(first.calls, 4);
  const again = await ingest(file, 1);
  assert.deepEqual({ ...again.summary, ms: 0 }, { read: 6, analysed: 0, reused: 0, skipped: 6, failed: 0, ms: 0 });
  assert.equal(again.calls, 0);
  const sizes = await withStore(file, (s) => s.counts());
  assert.deepEqual(sizes.models, [{ id: 'fake', version: '1', lang: 'en', articles: 5 }]);
  assert.equal(sizes.articles, 5);
  assert.equal(sizes.analyses, 4);
});

test('an article read again under another id is named as the same article, in the run and in the next', async () => {
  const file = db('duplicates.sqlite');
  for (let run = 0; run < 2; run++) {
    const store = await openStore(file, { create: true });
    const named: string[] = [];
    try {
      await ingestArticles(readInputs([corpus]), { store, analyzer: fakeAnalyzer(1), onDuplicate: (_, id, first) => named.push(`${id}=${first}`) });
    } finally {
      await store.close();
    }
    // a1-again repeats a1 (text and source); c1 shares a2's text under another source: a syndicated copy, not a duplicate.
    assert.deepEqual(named, ['a1-again=a1'], `run ${run + 1}`);
  }
});

test('an id stored from a source with other text is stored again as another version, and named; the same id from another source is not', async () => {
  const file = db('versions.sqlite');
  const edited = path.join(dir, 'edited.jsonl');
  // a1 edited (same id and source), b1 under Daily C (another outlet's own b1), b2 unchanged.
  writeFileSync(edited, `${[record('a1', `${A1}\n\nA correction.`, 'Daily A'), record('b1', B2, 'Daily C'), record('b2', B2, 'Daily B')].join('\n')}\n`);
  const named: string[] = [];
  for (const input of [corpus, edited]) {
    const store = await openStore(file, { create: true });
    try {
      await ingestArticles(readInputs([input]), { store, analyzer: fakeAnalyzer(1), onNewVersion: (_, id, source) => named.push(`${id}@${source}`) });
    } finally {
      await store.close();
    }
  }
  assert.deepEqual(named, ['a1@Daily A']);
  assert.equal((await withStore(file, (s) => s.counts())).articles, 7);
});

test('stats by source: counts, per article, per 1,000 words and shares by hand', async () => {
  const file = db('by-source.sqlite');
  await ingest(file, 1);
  const r = await withStore(file, (s) => s.stats({ by: 'source' }));
  assert.deepEqual(r.groups, [
    { key: 'Daily A', articles: 2, words: 36, paragraphs: 7 },
    { key: 'Daily B', articles: 2, words: 13, paragraphs: 5 },
    { key: 'Daily C', articles: 1, words: 11, paragraphs: 3 },
  ]);
  assert.deepEqual(counts(r, 'Daily A', 'technique'), { Loaded_Language: 3, 'Name_Calling-Labeling': 1, Flag_Waving: 1 });
  assert.deepEqual(counts(r, 'Daily A', 'category'), { Manipulative_Wording: 3, Attack_on_Reputation: 1, Justification: 1 });
  assert.deepEqual(counts(r, 'Daily A', 'frame'), { Economic: 2, Political: 1 });
  assert.deepEqual(counts(r, 'Daily A', 'genre'), { opinion: 1, reporting: 1 });
  // Version 1 does not know [SL]; NC and DO share one paragraph: one Attack_on_Reputation paragraph.
  assert.deepEqual(counts(r, 'Daily B', 'technique'), { Flag_Waving: 1, 'Name_Calling-Labeling': 1, Doubt: 1 });
  assert.deepEqual(counts(r, 'Daily B', 'category'), { Justification: 1, Attack_on_Reputation: 1 });
  assert.deepEqual(counts(r, 'Daily B', 'genre'), { reporting: 2 });
  assert.deepEqual(counts(r, 'Daily C', 'technique'), { Loaded_Language: 1 });
  const ll = row(r, 'Daily A', 'technique', 'Loaded_Language')!;
  assert.equal(ll.perArticle, 1.5);
  assert.equal(ll.per1000Words, 3000 / 36);
  assert.equal(ll.share, 3 / 7);
  assert.equal(row(r, 'Daily A', 'frame', 'Political')!.share, 0.5);
  assert.equal(r.rows[0]!.label, 'Loaded_Language', 'most counted first within a group and kind');
});

test('stats by month: articles without a date form their own group, last', async () => {
  const file = db('by-month.sqlite');
  await ingest(file, 1);
  const r = await withStore(file, (s) => s.stats({ by: 'period', period: 'month' }));
  assert.deepEqual(r.groups.map((g) => [g.key, g.articles, g.paragraphs]), [['2024-01', 2, 7], ['2024-02', 2, 6], ['(unknown)', 1, 2]]);
  assert.deepEqual(counts(r, '2024-01', 'technique'), { Loaded_Language: 2, 'Name_Calling-Labeling': 2, Flag_Waving: 2, Doubt: 1 });
  assert.deepEqual(counts(r, '2024-01', 'category'), { Attack_on_Reputation: 2, Manipulative_Wording: 2, Justification: 2 });
  assert.deepEqual(counts(r, '2024-02', 'frame'), { Economic: 2, Political: 2 });
  assert.deepEqual(counts(r, '(unknown)', 'technique'), {});
  assert.equal(r.period, 'month');
});

test('stats by week (keyed by Monday), by day and by language', async () => {
  const file = db('by-week.sqlite');
  await ingest(file, 1);
  const week = await withStore(file, (s) => s.stats({ by: 'period', period: 'week' }));
  // 2024-01-10 (Wed) → 01-08; 01-20 (Sat) → 01-15; 02-03 (Sat) → 01-29; 02-04 (Sun) → 01-29.
  assert.deepEqual(week.groups.map((g) => [g.key, g.articles]), [['2024-01-08', 1], ['2024-01-15', 1], ['2024-01-29', 2], ['(unknown)', 1]]);
  const day = await withStore(file, (s) => s.stats({ by: 'period', period: 'day' }));
  assert.deepEqual(day.groups.map((g) => g.key), ['2024-01-10', '2024-01-20', '2024-02-03', '2024-02-04', '(unknown)']);
  const lang = await withStore(file, (s) => s.stats({ by: 'lang' }));
  assert.deepEqual(lang.groups.map((g) => [g.key, g.articles]), [['en', 5]]);
});

test('stats filters: date range, source, full-text search', async () => {
  const file = db('filters.sqlite');
  await ingest(file, 1);
  const keys = async (q: Parameters<CorpusStore['stats']>[0]) => (await withStore(file, (s) => s.stats(q))).groups.map((g) => [g.key, g.articles]);
  assert.deepEqual(await keys({ by: 'source', from: '2024-01-15' }), [['Daily A', 1], ['Daily B', 1], ['Daily C', 1]]);
  assert.deepEqual(await keys({ by: 'source', from: '2024-01-01', to: '2024-01-31' }), [['Daily A', 1], ['Daily B', 1]]);
  assert.deepEqual(await keys({ by: 'all', source: 'Daily B' }), [['all', 2]]);
  assert.deepEqual(await keys({ by: 'source', search: 'minister' }), [['Daily A', 1]]);
  assert.deepEqual(await keys({ by: 'source', search: 'counc*' }), [['Daily A', 1], ['Daily C', 1]]);
  assert.deepEqual(await keys({ by: 'all', search: 'budget liar' }), [['all', 1]], 'every word must occur (title or text)');
  assert.deepEqual(await keys({ by: 'all', search: 'NEAR( "x' }), [], 'FTS syntax in the search is taken literally');
});

test('a new model version: reanalyze replaces every analysis and its findings; ingest then skips', async () => {
  const file = db('reanalyze.sqlite');
  await ingest(file, 1);
  const store = await openStore(file);
  const analyzer = fakeAnalyzer(2);
  try {
    const { stale, current } = await storedModels(await store.counts(), analyzer);
    assert.deepEqual(stale, [{ id: 'fake', version: '1', lang: 'en', articles: 5 }]);
    const summary = await ingestArticles(staleArticles(store, current, 2), { store, analyzer, commitEvery: 1 });
    assert.equal(summary.read, 5);
    assert.equal(summary.failed, 0);
    const sizes = await store.counts();
    assert.deepEqual(sizes.models, [{ id: 'fake', version: '2', lang: 'en', articles: 5 }]);
    assert.equal(sizes.analyses, 4, 'the old analyses are gone');
    const r = await store.stats({ by: 'source' });
    assert.deepEqual(counts(r, 'Daily B', 'technique'), { Flag_Waving: 1, 'Name_Calling-Labeling': 1, Doubt: 1, Slogans: 1 });
    assert.deepEqual(counts(r, 'Daily B', 'category'), { Justification: 1, Attack_on_Reputation: 1, Call: 1 });
    assert.deepEqual(await staleArticles(store, current).next(), { done: true, value: undefined });
  } finally {
    await store.close();
  }
  const again = await ingest(file, 2);
  assert.equal(again.summary.skipped, 6);
  assert.equal(again.calls, 0);
});

/**
 * An analyzer whose model version differs by language, as the shipped one's does (each language
 * has its own files): `versions[lang]`, written `<n>-<lang>`.
 */
function perLanguageAnalyzer(versions: Record<string, number>): Analyzer & { calls: number } {
  const version = (lang: string): string => `${versions[lang] ?? 0}-${lang}`;
  const analyzer = {
    id: 'fake',
    calls: 0,
    modelFor: async (lang: string) => ({ id: 'fake', version: version(lang), lang }),
    analyze: async (article: Article) => {
      analyzer.calls++;
      const lang = article.lang ?? 'en';
      return { ...fakeAnalysis(article, versions[lang] ?? 0), model: { id: 'fake', version: version(lang) } };
    },
    close: async () => {},
  };
  return analyzer;
}

test('model versions that differ by language: a second ingest skips every article, and reanalyze redoes only the language whose model changed', async () => {
  const file = db('languages.sqlite');
  const mixed = path.join(dir, 'mixed.jsonl');
  const line = (id: string, text: string, lang: string): string => JSON.stringify({ id, text, lang, source: 'Daily M' });
  writeFileSync(mixed, `${[line('e1', A1, 'en'), line('e2', B1, 'en'), line('f1', 'Le budget\n\nLe ministre ment [LL].', 'fr'), line('r1', 'Бюджет\n\nМинистр лжёт [LL].', 'ru')].join('\n')}\n`);
  const run = async (analyzer: Analyzer & { calls: number }) => {
    const store = await openStore(file, { create: true });
    try {
      return { summary: await ingestArticles(readInputs([mixed]), { store, analyzer }), calls: analyzer.calls, counts: await store.counts() };
    } finally {
      await store.close();
    }
  };
  const first = await run(perLanguageAnalyzer({ en: 1, fr: 1, ru: 1 }));
  assert.equal(first.calls, 4);
  assert.equal(first.counts.models.length, 3, 'one model per language');
  const again = await run(perLanguageAnalyzer({ en: 1, fr: 1, ru: 1 }));
  assert.deepEqual({ ...again.summary, ms: 0 }, { read: 4, analysed: 0, reused: 0, skipped: 4, failed: 0, ms: 0 });
  assert.equal(again.calls, 0, 'the French and Russian articles are not analysed again');
  const stats = await withStore(file, (s) => s.stats({ by: 'all' }));
  assert.equal(mixedModels(stats.models), false, 'one model per language is not a mix to reanalyze');

  // French models retrained: only the French article is stale.
  const retrained = perLanguageAnalyzer({ en: 1, fr: 2, ru: 1 });
  await withStore(file, async (store) => {
    const { stale, current } = await storedModels(await store.counts(), retrained);
    assert.deepEqual(stale, [{ id: 'fake', version: '1-fr', lang: 'fr', articles: 1 }]);
    const summary = await ingestArticles(staleArticles(store, current), { store, analyzer: retrained });
    assert.equal(summary.analysed, 1);
    assert.deepEqual((await storedModels(await store.counts(), retrained)).stale, []);
  });
  assert.equal(retrained.calls, 1);
  // An analyzer fixed to French (`ingest --lang fr`) takes only the French analysis as current.
  const asFrench = await run({ ...perLanguageAnalyzer({ en: 1, fr: 2, ru: 1 }), modelFor: async () => ({ id: 'fake', version: '2-fr', lang: 'fr' }) });
  assert.equal(asFrench.summary.skipped, 1);
});

test('several models in one language call for reanalyze; one per language does not', () => {
  const m = (version: string, lang: string) => ({ id: 'slant-linear', version, lang, articles: 1 });
  assert.equal(mixedModels([m('a', 'en'), m('b', 'fr'), m('c', 'ru')]), false);
  assert.equal(mixedModels([m('a', 'en'), m('b', 'fr'), m('a2', 'en')]), true);
  assert.equal(mixedModels([{ ...m('a', 'en'), id: 'slant-fast' }, m('a', 'en')]), true);
  assert.equal(mixedModels([]), false);
});

test('a stopped ingest (Ctrl-C) commits every article it read, and a second run takes the rest', async () => {
  const file = db('stopped.sqlite');
  const store = await openStore(file, { create: true });
  const stop = new AbortController();
  let read = 0;
  try {
    const summary = await ingestArticles(readInputs([corpus]), { store, analyzer: fakeAnalyzer(1), signal: stop.signal, onRead: () => { if (++read === 3) stop.abort(); } });
    assert.equal(summary.stopped, true);
    assert.equal(summary.read, 3);
    assert.equal((await store.counts()).articles, 3);
  } finally {
    await store.close();
  }
  const rest = await ingest(file, 1);
  // b2 is new; c1 (a2's text under another source) reuses the analysis stored in the first run.
  assert.deepEqual({ ...rest.summary, ms: 0 }, { read: 6, analysed: 1, reused: 1, skipped: 4, failed: 0, ms: 0 });
});

test('articles list and one article with its analysis', async () => {
  const file = db('articles.sqlite');
  await ingest(file, 1);
  await withStore(file, async (s) => {
    const page = await s.articles({ limit: 2, offset: 0 });
    assert.equal(page.total, 5);
    assert.deepEqual(page.articles.map((a) => a.articleId), ['c1', 'a2']);
    const found = await s.articles({ limit: 10, offset: 0, search: 'minister' });
    assert.equal(found.total, 1);
    const one = await s.article(found.articles[0]!.rowId);
    assert.equal(one?.text, A1);
    assert.equal(one?.techniques, 4);
    assert.equal(one?.genre, 'opinion');
    assert.equal(one?.analysis?.model.version, '1');
    assert.equal(await s.article(9999), undefined);
    // Each article either has a title or, without one, its first words as a lead.
    const all = await s.articles({ limit: 10, offset: 0 });
    for (const a of all.articles) assert.ok((a.title === undefined) !== (a.lead === undefined), a.articleId);
  });
});

test('an untitled article is listed with its first words, cut at a word within 120 characters', async () => {
  const file = db('leads.sqlite');
  const jsonl = path.join(dir, 'untitled.jsonl');
  const long = `${'The harbour board voted again on the dredging plan, '.repeat(4)}and nobody asked the fishermen.`;
  const records = [
    { id: 'u1', text: long, title: '' },
    { id: 'u2', text: 'Short  note\non the ferry.', title: 'The ferry' },
    // Spaces and line breaks before the first word; a title of a tab and a line break, of a no-break space.
    { id: 'u3', text: `${' '.repeat(450)}\n\nBuried text about a bridge closure.`, title: '\t\n' },
    { id: 'u4', text: 'Rain again on the coast road.', title: '\u00a0' },
    // No spaces at all: cut between whole characters, never inside one.
    { id: 'u5', text: '👩‍👩‍👧‍👦'.repeat(40) },
  ];
  writeFileSync(jsonl, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const store = await openStore(file, { create: true });
  try {
    await ingestArticles(readInputs([jsonl]), { store, analyzer: fakeAnalyzer(1) });
    const page = await store.articles({ limit: 10, offset: 0 });
    const byId = new Map(page.articles.map((a) => [a.articleId, a]));
    const lead = byId.get('u1')?.lead ?? '';
    assert.ok(lead.endsWith('…') && [...lead].length <= 120 && long.startsWith(lead.slice(0, -1)), lead);
    assert.equal(byId.get('u2')?.title, 'The ferry');
    assert.equal(byId.get('u2')?.lead, undefined);
    assert.deepEqual([byId.get('u3')?.title, byId.get('u3')?.lead], [undefined, 'Buried text about a bridge closure.']);
    assert.deepEqual([byId.get('u4')?.title, byId.get('u4')?.lead], [undefined, 'Rain again on the coast road.']);
    const family = byId.get('u5')?.lead ?? '';
    assert.ok([...family].length <= 120 && family.endsWith('👩‍👩‍👧‍👦…'), family);
  } finally {
    await store.close();
  }
});

test('a file that is not a corpus, and a missing corpus, are StoreErrors with the path', async () => {
  const bad = db('not-a-db.sqlite');
  writeFileSync(bad, 'hello, this is text and not SQLite at all, padded to look like a header...........');
  await assert.rejects(openStore(bad), (e: Error) => e.name === 'StoreError' && e.message.startsWith(`${bad}: cannot open`));
  await assert.rejects(openStore(db('missing.sqlite')), (e: Error) => e.name === 'StoreError' && /no corpus here/.test(e.message));
});

test('a corpus of an older schema is migrated on open (v1 → v2: the article list index, and on to the last); a newer one is refused', async () => {
  const { default: Database } = await import('better-sqlite3');
  const { migrate } = await import('../src/store/sqlite/migrate.js');
  const { MIGRATIONS } = await import('../src/store/sqlite/migrations.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-migrate-'));
  try {
    const file = path.join(dir, 'old.sqlite');
    const old = new Database(file);
    assert.equal(migrate(old, file, MIGRATIONS.slice(0, 1)), 1);
    old.close();
    const store = await openStore(file);
    await store.close();
    const db = new Database(file);
    const versions = (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
    assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
    assert.ok(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_newest'").get() !== undefined);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '')").run();
    db.close();
    await assert.rejects(openStore(file), (e: Error) => e.name === 'StoreError' && /schema version 99, newer than this slant knows/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a corpus of schema 2 gets its label tallies from its findings (v2 → v3): the same stats as a new store; replaced analyses leave none behind', async () => {
  const { default: Database } = await import('better-sqlite3');
  const file = db('tallies.sqlite');
  await ingest(file, 1);
  const queries = [{ by: 'source' }, { by: 'period', period: 'week' }, { by: 'lang', search: 'nation' }] as const;
  const fresh = await withStore(file, (s) => Promise.all(queries.map((q) => s.stats(q))));
  // Back to schema 2: no tally tables, as a store made before them.
  const raw = new Database(file);
  raw.exec('DROP INDEX articles_by_id; DROP TABLE analysis_tallies; DROP TABLE tally_labels; DELETE FROM schema_migrations WHERE version >= 3;');
  raw.close();
  const migrated = await withStore(file, (s) => Promise.all(queries.map((q) => s.stats(q))));
  assert.deepEqual(migrated, fresh);
  assert.deepEqual(counts(fresh[0]!, 'Daily B', 'category'), { Justification: 1, Attack_on_Reputation: 1 });
  // Reanalysis replaces each analysis: its tallies go with it.
  const store = await openStore(file);
  try {
    const analyzer = fakeAnalyzer(2);
    const { current } = await storedModels(await store.counts(), analyzer);
    await ingestArticles(staleArticles(store, current, 2), { store, analyzer });
  } finally {
    await store.close();
  }
  const check = new Database(file, { readonly: true });
  const orphans = check.prepare('SELECT count(*) AS n FROM analysis_tallies t LEFT JOIN analyses n ON n.id = t.analysis_id WHERE n.id IS NULL').get() as { n: number };
  const tallied = check.prepare('SELECT count(*) AS n FROM analysis_tallies').get() as { n: number };
  check.close();
  assert.equal(orphans.n, 0);
  assert.equal(tallied.n, 4);
});

test('the article list leaves out the technique count where none was analysed: no analysis stored yet, or a text without a word', async () => {
  const file = db('not-analysed.sqlite');
  const analysed: Article = { id: 'quiet', text: 'Quiet day\n\nThe council met.', lang: 'en', source: { publishedAt: '2024-03-03' } };
  const wordless: Article = { id: 'numbers', text: '12 34\n\n56', lang: 'en', source: { publishedAt: '2024-03-02' } };
  const waiting: Article = { id: 'waiting', text: 'Later\n\nNot analysed yet.', lang: 'en', source: { publishedAt: '2024-03-01' } };
  // A text without a word runs no task: no genre and no paragraph techniques, as the pipeline gives it.
  const { genre: _genre, frames: _frames, ...rest } = fakeAnalysis(wordless, 1);
  const noTask = { ...rest, paragraphs: rest.paragraphs.map((p) => ({ n: p.n })) };
  const store = await openStore(file, { create: true });
  let rows;
  try {
    await store.save([{ article: toArticleRow(analysed), analysis: fakeAnalysis(analysed, 1) }, { article: toArticleRow(wordless), analysis: noTask }, { article: toArticleRow(waiting) }]);
    rows = (await store.articles({ limit: 10, offset: 0 })).articles;
  } finally {
    await store.close();
  }
  assert.deepEqual(rows.map((a) => [a.articleId, a.techniques, a.genre]), [['quiet', 0, 'reporting'], ['numbers', undefined, undefined], ['waiting', undefined, undefined]]);
  assert.equal('techniques' in rows[1]!, false);
});

test("the article list names a missing or wrong limit or offset, not SQLite's datatype mismatch", async () => {
  const file = db('paging.sqlite');
  const store = await openStore(file, { create: true });
  try {
    for (const query of [{}, { limit: 0, offset: 0 }, { limit: 10, offset: -1 }, { limit: 2.5, offset: 0 }]) {
      await assert.rejects(store.articles(query as never), (e: Error) => /^slant: articles: give limit, a whole number from 1 to 500, and offset/.test(e.message), JSON.stringify(query));
    }
    assert.deepEqual(await store.articles({ limit: 10, offset: 0 }), { total: 0, articles: [] });
  } finally {
    await store.close();
  }
});

test('stats and the article list read date bounds as slant stats does, and name a slip instead of matching nothing', async () => {
  const file = db('bounds.sqlite');
  const march: Article = { id: 'march', text: 'Quiet day\n\nThe council met.', lang: 'en', source: { publishedAt: '2024-03-14' } };
  const store = await openStore(file, { create: true });
  try {
    await store.save([{ article: toArticleRow(march), analysis: fakeAnalysis(march, 1) }]);
    // A month or a year as the last bound means its last day, as on the command line.
    assert.deepEqual((await store.stats({ by: 'all', to: '2024-03' })).groups.map((g) => g.articles), [1]);
    assert.deepEqual((await store.stats({ by: 'all', from: '2024', to: '2024' })).groups.map((g) => g.articles), [1]);
    assert.equal((await store.articles({ limit: 10, offset: 0, to: '2024-03' })).total, 1);
    const slips: [unknown, RegExp][] = [
      [{ by: 'all', from: 'yesterday' }, /^slant: stats: from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "yesterday"/],
      [{ by: 'all', to: '2024-13-45' }, /to must be a date/],
      [{ by: 'all', from: '2024-04', to: '2024-03' }, /from is after to/],
      [{ by: 'nope' }, /by must be one of all, source, period, lang, not "nope"/],
      [{ by: 'period', period: 'year' }, /period must be one of day, week, month/],
      [{ by: 'source', period: 'day' }, /period groups by period, not by source/],
      [{ by: 'all', source: 7 }, /source must be a string/],
    ];
    for (const [query, message] of slips) await assert.rejects(store.stats(query as never), (e: Error) => message.test(e.message), JSON.stringify(query));
    await assert.rejects(store.articles({ limit: 10, offset: 0, from: 'soon' }), /^Error: slant: articles: from must be a date/);
    // A search without a word matches nothing, not every article.
    for (const search of ['"', '*', '""', 'council']) {
      assert.equal((await store.articles({ limit: 10, offset: 0, search })).total, search === 'council' ? 1 : 0, search);
    }
  } finally {
    await store.close();
  }
});

test('a closed store refuses every call with one StoreError; an empty name is refused', async () => {
  const { isStoreError } = await import('../src/store/store-error.js');
  const store = await openStore(db('closed.sqlite'), { create: true });
  await store.close();
  await store.close(); // twice is fine
  const calls: [string, () => Promise<unknown>][] = [
    ['counts', () => store.counts()],
    ['stats', () => store.stats({ by: 'all' })],
    ['articles', () => store.articles({ limit: 1, offset: 0 })],
    ['article', () => store.article(1)],
    ['save', () => store.save([])],
  ];
  for (const [name, call] of calls) await assert.rejects(call(), (e: Error) => isStoreError(e) && /closed\.sqlite: the corpus is closed$/.test(e.message), name);
  for (const name of ['', '  ']) await assert.rejects(openStore(name, { create: true }), (e: Error) => isStoreError(e) && /^give the corpus file's name/.test(e.message));
  for (const create of [false, true]) await assert.rejects(openStore(dir, { create }), (e: Error) => isStoreError(e) && /: is a folder; give the corpus file's name \(e\.g\. .*corpus\.sqlite\)$/.test(e.message));
});

test("another program's SQLite file is refused and left untouched; an empty file is a corpus only when creating", async () => {
  const { default: Sqlite } = await import('better-sqlite3');
  const foreign = db('foreign.sqlite');
  const other = new Sqlite(foreign);
  other.exec('CREATE TABLE notes (x TEXT)');
  other.close();
  for (const create of [false, true]) {
    await assert.rejects(openStore(foreign, { create }), /foreign\.sqlite: is a SQLite database of another program \(tables notes\), not a slant corpus: it was left as it was/);
  }
  const check = new Sqlite(foreign, { readonly: true });
  assert.deepEqual(check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all(), [{ name: 'notes' }]);
  assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
  check.close();
  // Rails, golang-migrate and dbmate keep a schema_migrations table too: not slant's.
  for (const [name, table] of [['rails', 'CREATE TABLE schema_migrations (version varchar PRIMARY KEY)'], ['migrate', 'CREATE TABLE schema_migrations (version bigint, dirty boolean)']] as const) {
    const file = db(`${name}.sqlite`);
    const app = new Sqlite(file);
    app.exec(`${table}; CREATE TABLE users (id INTEGER)`);
    app.prepare('INSERT INTO schema_migrations (version) VALUES (?)').run(20240314120000);
    app.close();
    await assert.rejects(openStore(file), /is a SQLite database of another program \(tables schema_migrations, users\)/, name);
    const after = new Sqlite(file, { readonly: true });
    assert.equal(after.pragma('journal_mode', { simple: true }), 'delete', name);
    assert.deepEqual(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all(), [{ name: 'schema_migrations' }, { name: 'users' }], name);
    after.close();
  }
  const empty = db('empty.sqlite');
  writeFileSync(empty, '');
  await assert.rejects(openStore(empty), /empty\.sqlite: no corpus here \(slant ingest creates one\)/);
  const made = await openStore(empty, { create: true });
  assert.equal((await made.counts()).articles, 0);
  await made.close();
});
