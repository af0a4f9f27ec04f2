/** The worker-thread runner behind the server: same results as the main thread, timeouts replace the worker. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { WorkerPool, AnalysisTimeoutError } from '../src/server/worker-pool.js';
import { post, testServer, textJob } from './server-helpers.js';

const TEXT = 'The bypass will bury our town\n\nEveryone knows the planners are reckless. Stop the bypass now!';

test('workers: a server on one worker thread answers like the main thread', async () => {
  const server = await testServer({ workers: 1 });
  const res = await post(server, '/api/v1/analyze', { text: TEXT, lang: 'en' });
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(analyzeArticle({ id: 'request', text: TEXT }, { lang: 'en' }))));
});

test('workers: a job past its time is rejected and the next one runs on a fresh worker', async () => {
  const pool = new WorkerPool(1);
  try {
    await assert.rejects(pool.run(textJob('a', TEXT, 'auto'), 1), AnalysisTimeoutError);
    const { analysis } = await pool.run(textJob('b', TEXT), 60_000);
    assert.equal(analysis.article.id, 'b');
  } finally {
    await pool.close();
  }
});

test('workers: jobs beyond the pool size wait and all finish in order', async () => {
  const pool = new WorkerPool(1);
  try {
    const ids = ['x1', 'x2', 'x3'];
    const results = await Promise.all(ids.map((id) => pool.run(textJob(id, TEXT), 60_000)));
    assert.deepEqual(results.map((r) => r.analysis.article.id), ids);
  } finally {
    await pool.close();
  }
});

test('workers: HTML is extracted on the worker and the raw text comes back', async () => {
  const pool = new WorkerPool(1);
  try {
    const html = '<html><head><title>Quay plan</title></head><body><article><p>The harbour board approved the new quay on Friday.</p><p>Fishermen said it came too late.</p></article></body></html>';
    const { analysis, text } = await pool.run({ source: { kind: 'html', html, id: 'q', source: { format: 'html' }, input: 'html' }, options: { lang: 'en' }, filter: {}, maxTextChars: 10_000 }, 60_000);
    assert.equal(analysis.article.title, 'Quay plan');
    assert.match(text, /Fishermen said/);
    assert.equal(analysis.article.chars, text.length);
  } finally {
    await pool.close();
  }
});
