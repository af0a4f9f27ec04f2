import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { WorkerPool } from '../src/batch/worker-pool.js';
import type { JobSettings } from '../src/batch/process-article.js';

const settings: JobSettings = { analyze: { fast: true, evidence: false, lang: 'en' }, filter: {}, format: 'jsonl', color: false };
const article = (i: number): { id: string; text: string } => ({ id: `a${i}`, text: `Article ${i}\n\nThe council said the plan would cost ${i} million. Critics called it a disgrace.` });

test('batch pool: articles sent ahead to a worker come back in order, each its own', async () => {
  const pool = new WorkerPool(2, settings);
  try {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.run(article(i))));
    assert.deepEqual(results.map((r) => r.entry.id), Array.from({ length: 12 }, (_, i) => `a${i}`));
    for (const [i, r] of results.entries()) assert.equal(JSON.parse(r.output).article.id, `a${i}`);
  } finally {
    await pool.close();
  }
});

test('batch pool: a worker that dies fails the article it was on; those sent behind it run on another', async () => {
  const pool = new WorkerPool(1, settings);
  try {
    await pool.run(article(0)); // the worker is up, with its models
    const runs = Array.from({ length: 4 }, (_, i) => pool.run(article(i + 1)).then((r) => r.entry.id, (e: Error) => e));
    const worker = (pool as unknown as { workers: Worker[] }).workers[0] as Worker;
    await worker.terminate();
    const outcomes = await Promise.all(runs);
    // The article the worker was on when it died fails (none, if it had answered all it was sent);
    // which one that is depends on how far it got before the termination took effect. Every other
    // article, the one sent behind it included, is analysed by a new worker, as itself.
    const failed = outcomes.filter((o): o is Error => o instanceof Error);
    assert.ok(failed.length <= 1, outcomes.map(String).join(', '));
    for (const e of failed) assert.match(e.message, /worker stopped/);
    outcomes.forEach((o, i) => assert.ok(o instanceof Error || o === `a${i + 1}`, String(o)));
    assert.equal((await pool.run(article(5))).entry.id, 'a5');
  } finally {
    await pool.close();
  }
});
