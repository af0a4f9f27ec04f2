/**
 * Runs training jobs on up to `size` worker threads (one job per worker at a time). The log reads
 * as a run in one thread would write it: the lines of the earliest unfinished job are printed as
 * they come, a later job's lines wait until every job before it is done, and `onResult` gets each
 * result in job order. With `size` 1 the jobs run in this thread, one after the other.
 */
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../batch/worker-pool.js';
import { InputError, type InputPlace } from '../errors.js';
import { runTrainJob, type TrainJob, type TrainJobResult } from './train-jobs.js';

/** A worker's messages: a log line of its job, its result, or why it failed. */
type Reply = { line: string } | { result: TrainJobResult } | { error: { message: string; place?: InputPlace } };

/**
 * Runs `jobs`; `startOrder` (job indices) says which to start first when workers are fewer than
 * jobs: the longest first keeps every core busy to the end.
 * @example
 * await runTrainJobs(jobs, 2, log, (i, r) => write(r), [jobs.length - 1]);
 */
export async function runTrainJobs(jobs: readonly TrainJob[], size: number, log: (line: string) => void, onResult: (index: number, result: TrainJobResult) => void, startOrder: readonly number[] = []): Promise<void> {
  if (size <= 1 || jobs.length <= 1) {
    for (const [i, job] of jobs.entries()) onResult(i, await runTrainJob(job, log));
    return;
  }
  const queue = [...new Set([...startOrder, ...jobs.keys()])].filter((i) => i >= 0 && i < jobs.length);
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
          if ('error' in reply) {
            const { message, place } = reply.error;
            return reject(place ? new InputError(place, message) : new Error(message));
          }
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
      const entry = workerEntry(import.meta.url, 'train-worker');
      for (let w = 0; w < Math.min(size, jobs.length); w++) {
        const worker = new Worker(entry.entry, { eval: entry.eval });
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
