/**
 * A pool of worker threads that analyse articles (worker.ts). Workers start lazily, up to `size`,
 * and each keeps its models loaded between articles (started by `startWorker`, from dist or from
 * sources).
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../worker-entry.js';
import type { Article } from '../document/article.js';
import type { JobSettings, ProcessedArticle } from './process-article.js';
import type { WorkerReply } from './worker-protocol.js';

interface Job {
  seq: number;
  article: Article;
  resolve: (r: ProcessedArticle) => void;
  reject: (e: Error) => void;
}

/** Runs articles on up to `size` worker threads. */
export class WorkerPool {
  private readonly size: number;
  private readonly settings: JobSettings;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private seq = 0;
  private closed = false;

  constructor(size: number, settings: JobSettings) {
    this.size = Math.max(1, size);
    this.settings = settings;
  }

  /** Analyses one article on a worker. */
  run(article: Article): Promise<ProcessedArticle> {
    if (this.closed) return Promise.reject(new Error('slant: the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, article, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; pending work is rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('slant: stopped'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (worker === undefined) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage({ seq: job.seq, article: job.article });
    }
  }

  private spawn(): Worker {
    const worker = startWorker(import.meta.url, 'worker', { workerData: this.settings });
    this.workers.push(worker);
    worker.on('message', (reply: WorkerReply) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (job !== undefined) {
        if ('result' in reply) job.resolve(reply.result);
        else job.reject(new Error(reply.error));
      }
      this.dispatch();
    });
    worker.on('error', (error) => this.lose(worker, error));
    worker.on('exit', (code) => this.lose(worker, new Error(`slant: a worker stopped (exit code ${code})`)));
    return worker;
  }

  /** A worker died: fail its article, forget it, and let a new one take the queue. */
  private lose(worker: Worker, error: Error): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    job?.reject(error);
    if (!this.closed) this.dispatch();
  }
}
