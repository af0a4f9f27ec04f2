/** The corpus routes (`GET /api/v1/articles`, `/articles/{id}`, `/stats`) over a real SQLite file, read on a worker thread as `slant serve --db` reads it. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, serverOptions, type SlantApp } from '../src/server/index.js';
import { corpusRoutes } from '../src/server/corpus-routes.js';
import { openStore } from '../src/store/open-store.js';
import { ingestArticles } from '../src/store/ingest-articles.js';
import type { CorpusStore } from '../src/store/corpus-store.js';
import { SqliteReader } from '../src/store/sqlite/sqlite-reader.js';
import type { InputResult } from '../src/ingest/index.js';
import { fakeAnalyzer } from './store-fake-analyzer.js';

let dir = '';
let store: CorpusStore;
let reader: SqliteReader;
let slant: SlantApp;

async function* articles(): AsyncGenerator<InputResult> {
  yield { input: 'x', article: { id: 'r1', text: 'Rates rise\n\nBanks are greedy [LL].', lang: 'en', source: { outlet: 'Money Daily', publishedAt: '2024-03-02' } } };
  yield { input: 'x', article: { id: 'r2', text: 'Parks open\n\nOur proud city [FW] [LL].\n\nAll good #Economic.', lang: 'en', source: { outlet: 'City Paper', publishedAt: '2024-04-09' } } };
}

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'slant-store-api-'));
  store = await openStore(path.join(dir, 'c.sqlite'), { create: true });
  await ingestArticles(articles(), { store, analyzer: fakeAnalyzer(1) });
  reader = new SqliteReader(store.location);
  slant = createApp(serverOptions({ workers: 0 }), { routes: [corpusRoutes(reader)], log: () => {} });
});
after(async () => {
  await slant.close();
  await reader.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await slant.app.request(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { [k: string]: never } };
};

test('GET /api/v1/articles lists newest first, searches and pages', async () => {
  const all = await get('/api/v1/articles');
  assert.equal(all.status, 200);
  assert.equal(all.body['total'], 2);
  assert.deepEqual((all.body['articles'] as { articleId: string }[]).map((a) => a.articleId), ['r2', 'r1']);
  const found = await get('/api/v1/articles?search=greedy&limit=1');
  assert.deepEqual((found.body['articles'] as { articleId: string; techniques: number }[]).map((a) => [a.articleId, a.techniques]), [['r1', 1]]);
  assert.equal((await get('/api/v1/articles?limit=0')).status, 400);
  assert.equal((await get('/api/v1/articles?from=soon')).status, 400);
});

test('GET /api/v1/articles/{id} gives the text and analysis; unknown ids are 404', async () => {
  const list = await get('/api/v1/articles?source=City%20Paper');
  const id = (list.body['articles'] as { rowId: number }[])[0]!.rowId;
  const one = await get(`/api/v1/articles/${id}`);
  assert.equal(one.status, 200);
  assert.match(one.body['text'] as string, /^Parks open/);
  assert.equal((one.body['analysis'] as { model: { id: string } }).model.id, 'fake');
  assert.equal((await get('/api/v1/articles/999')).status, 404);
});

test('GET /api/v1/stats groups and filters like slant stats', async () => {
  const r = await get('/api/v1/stats?by=period&period=month&to=2024-03');
  assert.equal(r.status, 200);
  assert.deepEqual((r.body['groups'] as { key: string }[]).map((g) => g.key), ['2024-03']);
  const bySource = await get('/api/v1/stats?by=source');
  const rows = bySource.body['rows'] as { group: string; kind: string; label: string; count: number }[];
  assert.deepEqual(rows.filter((x) => x.group === 'City Paper' && x.kind === 'technique').map((x) => [x.label, x.count]), [['Flag_Waving', 1], ['Loaded_Language', 1]]);
  assert.equal((await get('/api/v1/stats?by=outlet')).status, 400);
});

test('corpus queries take whole numbers in plain digits, ordered dates, and period as in slant stats', async () => {
  for (const url of ['/api/v1/articles/1e1', '/api/v1/articles/0x1', '/api/v1/articles/0', '/api/v1/articles/abc', '/api/v1/articles?limit=0x10', '/api/v1/articles?limit=1e2', '/api/v1/articles?limit=', '/api/v1/articles?offset=-1']) {
    assert.equal((await get(url)).status, 400, url);
  }
  assert.match(JSON.stringify((await get('/api/v1/articles/-1')).body), /must be a whole number written in digits/);
  assert.equal((await get('/api/v1/articles?limit=1&offset=1')).status, 200);
  const reversed = await get('/api/v1/articles?from=2024-06&to=2024-01');
  assert.equal(reversed.status, 400);
  assert.match(JSON.stringify(reversed.body), /from is after to/);
  assert.equal((await get('/api/v1/stats?from=2024-06&to=2024-01')).status, 400);
  // period alone groups by period (slant stats --period day does); with another grouping it is refused.
  const byDay = await get('/api/v1/stats?period=day');
  assert.equal(byDay.body['by'], 'period');
  assert.deepEqual((byDay.body['groups'] as { key: string }[]).map((g) => g.key), ['2024-03-02', '2024-04-09']);
  assert.equal((await get('/api/v1/stats?by=source&period=day')).status, 400);
  // A parameter the routes do not know is refused, not ignored with the filter it meant.
  for (const url of ['/api/v1/articles?lang=fr', '/api/v1/articles?page=2', '/api/v1/stats?Source=x', '/api/v1/stats?genre=satire']) {
    const res = await get(url);
    assert.equal(res.status, 400, url);
    assert.match(JSON.stringify(res.body), /lang|page|Source|genre/, url);
  }
  // On a server with a corpus, a wrong path under it is not 'no corpus'.
  for (const url of ['/api/v1/articles/', '/api/v1/articles/1/extra']) {
    const res = await get(url);
    assert.equal(res.status, 404, url);
    assert.doesNotMatch(JSON.stringify(res.body), /no corpus/, url);
  }
});

test('the worker-thread reader answers as the store does; closed, it refuses with a StoreError', async () => {
  const queries = [{ by: 'all' as const }, { by: 'source' as const }, { by: 'period' as const, period: 'week' as const }, { by: 'all' as const, search: 'greedy' }];
  for (const q of queries) assert.deepEqual(await reader.stats(q), await store.stats(q));
  const page = { limit: 10, offset: 0 };
  assert.deepEqual(await reader.articles(page), await store.articles(page));
  const { articles } = await store.articles(page);
  for (const a of articles) assert.deepEqual(await reader.article(a.rowId), await store.article(a.rowId));
  assert.equal(await reader.article(999), undefined);
  const other = new SqliteReader(store.location);
  assert.deepEqual(await other.stats({ by: 'all' }), await store.stats({ by: 'all' }));
  // Answers are kept while the corpus is unchanged; an ingest through another connection is seen at once.
  const before = await other.stats({ by: 'all' });
  async function* more(): AsyncGenerator<InputResult> {
    yield { input: 'y', article: { id: 'r3', text: 'Ferry late\n\nThe ferry was late [DO].', lang: 'en', source: { outlet: 'City Paper', publishedAt: '2024-05-01' } } };
  }
  await ingestArticles(more(), { store, analyzer: fakeAnalyzer(1) });
  const after = await other.stats({ by: 'all' });
  assert.equal(after.groups[0]!.articles, before.groups[0]!.articles + 1);
  assert.equal((await other.articles(page)).total, before.groups[0]!.articles + 1);
  // A read given up while it waits behind another is dropped, not computed; the next one runs.
  const running = other.stats({ by: 'source' });
  const giveUp = new AbortController();
  const dropped = other.stats({ by: 'period' }, giveUp.signal);
  giveUp.abort();
  assert.equal((await running).by, 'source');
  await assert.rejects(dropped, (e: Error) => e.name === 'StoreError' && /given up before its turn/.test(e.message));
  assert.equal((await other.stats({ by: 'lang' })).by, 'lang');
  // A worker that dies is replaced at the next read.
  await (other as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
  assert.deepEqual(await other.stats({ by: 'all' }), await store.stats({ by: 'all' }));
  await other.close();
  await assert.rejects(other.stats({ by: 'all' }), (e: Error) => e.name === 'StoreError' && /closed/.test(e.message));
});
