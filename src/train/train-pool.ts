/**
 * Runs training jobs on up to `size` worker threads (one job per worker at a time). The log reads
 * as a run in one thread would write it: the lines of the earliest unfinished job are printed as
 * they come, a later job's lines wait until every job before it is done, and `onResult` gets each
 * result in job order. With `size` 1 the jobs run in this thread, one after the other.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-entry.js';
import { deserializeError, type SerializedError } from '../errors.js';
import { runTrainJob, type TrainJob, type TrainJobResult } from './train-jobs.js';

/** A worker's messages: a log line of its job, its result, or why it failed. */
type Reply = { line: string } | { result: TrainJobResult } | { error: SerializedError };

/**
 * Runs `jobs`; when workers are fewer than jobs, the biggest by `costs` (e.g. training rows; ties
 * in job order) start first, so the last job to finish is a short one and every core stays busy.
 * @example
 * await runTrainJobs(jobs, 2, log, (i, r) => write(r), jobs.map((j) => rowsOf(j)));
 */
export async function runTrainJobs(jobs: readonly TrainJob[], size: number, log: (line: string) => void, onResult: (index: number, result: TrainJobResult) => void, costs: readonly number[] = []): Promise<void> {
  if (size <= 1 || jobs.length <= 1) {
    for (const [i, job] of jobs.entries()) onResult(i, await runTrainJob(job, log));
    return;
  }
  const queue = [...jobs.keys()].sort((a, b) => (costs[b] ?? 0) - (costs[a] ?? 0) || a - b);
  const results: (TrainJobResult | undefined)[] = new Array(jobs.length);
  const waiting: string[][] = jobs.map(() => []);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const advance = (): void => {
        while (next < jobs.length && results[next] !== undefined) {
          onResult(next, results[next] as TrainJobResult);
          next++;
          if (next < jobs.length) for (const line of (waiting[next] as string[]).splice(0)) log(line);
        }
      };
      const start = (worker: Worker): void => {
        const i = queue.shift();
        if (i === undefined) {
          if (running === 0) resolve();
          return;
        }
        running++;
        const onReply = (reply: Reply): void => {
          if ('line' in reply) {
            if (i === next) log(reply.line); else (waiting[i] as string[]).push(reply.line);
            return;
          }
          worker.off('message', onReply);
          running--;
          if ('error' in reply) return reject(deserializeError(reply.error));
          results[i] = reply.result;
          try {
            advance();
          } catch (error) {
            return reject(error);
          }
          start(worker);
        };
        worker.on('message', onReply);
        worker.postMessage(jobs[i]);
      };
      for (let w = 0; w < Math.min(size, jobs.length); w++) {
        const worker = startWorker(import.meta.url, 'train-worker');
        worker.on('error', reject);
        worker.on('exit', (code) => { if (code !== 0) reject(new Error(`slant: a training worker stopped (exit code ${code})`)); });
        workers.push(worker);
        start(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
