/**
 * A small pool of worker threads that run analyses off the event loop, so the server keeps
 * answering (health checks, queue refusals) while articles are analysed. A job that runs past its
 * time has its worker terminated and replaced: CPU-bound work cannot be cancelled any other way.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-entry.js';
import { SlantError } from '../errors.js';
import type { AnalysisJob, JobResult } from './analysis-job.js';
import { deserializeError, type WorkerReply } from './worker-messages.js';

/** An analysis that ran past its time. */
export class AnalysisTimeoutError extends SlantError {
  override name = 'AnalysisTimeoutError' as const;
}

/** The runner was closed (the server is shutting down). */
export class RunnerClosedError extends SlantError {
  override name = 'RunnerClosedError' as const;
}

/** Runs analyses; the server talks to this, whether workers or the main thread do the work. */
export interface AnalysisRunner {
  run(job: AnalysisJob, timeoutMs: number): Promise<JobResult>;
  close(): Promise<void>;
}

interface Job {
  id: number;
  job: AnalysisJob;
  timeoutMs: number;
  resolve: (result: JobResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/** A fixed number of worker threads, one job each at a time, extra jobs waiting in order. */
export class WorkerPool implements AnalysisRunner {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Runs `job` on a worker; rejects with AnalysisTimeoutError after `timeoutMs`. */
  run(job: AnalysisJob, timeoutMs: number): Promise<JobResult> {
    if (this.closed) return Promise.reject(new RunnerClosedError('the server is shutting down'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, job, timeoutMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; waiting jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new RunnerClosedError('the server is shutting down'));
    const all = this.slots.splice(0);
    await Promise.all(all.map((slot) => this.retire(slot, new RunnerClosedError('the server is shutting down'))));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(import.meta.url, 'analysis-worker') };
    slot.worker.on('message', (reply: WorkerReply) => this.finish(slot, reply));
    slot.worker.on('error', (error) => this.replace(slot, new SlantError(`analysis worker failed (${error.message})`)));
    slot.worker.on('exit', () => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, new SlantError('analysis worker stopped'));
    });
    slot.worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== undefined) continue;
      const next = this.waiting.shift();
      if (next === undefined) return;
      slot.job = next;
      slot.timer = setTimeout(() => this.replace(slot, new AnalysisTimeoutError(`analysis took longer than ${next.timeoutMs} ms`)), next.timeoutMs);
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }

  private finish(slot: Slot, reply: WorkerReply): void {
    const job = slot.job;
    if (job === undefined || job.id !== reply.id) return;
    clearTimeout(slot.timer);
    delete slot.job;
    if ('result' in reply) job.resolve(reply.result);
    else job.reject(deserializeError(reply.error));
    this.dispatch();
  }

  /** Fails the slot's job with `error`, terminates its worker and puts a fresh one in its place. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    void this.retire(slot, error);
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.dispatch();
  }

  private async retire(slot: Slot, error: Error): Promise<void> {
    clearTimeout(slot.timer);
    const job = slot.job;
    delete slot.job;
    job?.reject(error);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    await slot.worker.terminate();
  }
}
