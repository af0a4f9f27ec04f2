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
    // a1 was on the worker (it fails, unless it was done first); a2 was sent behind it, a3 and a4 waited.
    assert.ok(outcomes[0] === 'a1' || (outcomes[0] instanceof Error && /worker stopped/.test(outcomes[0].message)), String(outcomes[0]));
    assert.deepEqual(outcomes.slice(1), ['a2', 'a3', 'a4']);
  } finally {
    await pool.close();
  }
});
