/**
 * A pool of worker threads that analyse articles (worker.ts). Workers start lazily, up to `size`,
 * and each keeps its models loaded between articles (started by `startWorker`, from dist or from
 * sources). Each worker has up to `IN_FLIGHT` articles sent ahead, so it starts the next one as
 * soon as it answers, without waiting for the main thread to read its answer and send more.
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

/**
 * Articles a worker holds at once. With one, a worker idled between answering and receiving the
 * next article while the main thread was busy reading input (about 9 % of its time with the fast
 * models); answers still come back in the order sent.
 */
const IN_FLIGHT = 2;

/** Runs articles on up to `size` worker threads. */
export class WorkerPool {
  private readonly size: number;
  private readonly settings: JobSettings;
  private readonly workers: Worker[] = [];
  /** The articles sent to each worker and not answered yet, in the order sent. */
  private readonly sent = new Map<Worker, Job[]>();
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
      const worker = this.pick();
      if (worker === undefined) return;
      const job = this.queue.shift()!;
      this.sent.get(worker)!.push(job);
      worker.postMessage({ seq: job.seq, article: job.article });
    }
  }

  /** The worker to send the next article to: an idle one, a new one while there is room, else the least loaded with room. */
  private pick(): Worker | undefined {
    let best: Worker | undefined;
    let load = IN_FLIGHT;
    for (const w of this.workers) {
      const n = this.sent.get(w)!.length;
      if (n < load) [best, load] = [w, n];
    }
    if (load > 0 && this.workers.length < this.size) return this.spawn();
    return best;
  }

  private spawn(): Worker {
    const worker = startWorker(import.meta.url, 'worker', { workerData: this.settings });
    this.workers.push(worker);
    this.sent.set(worker, []);
    worker.on('message', (reply: WorkerReply) => {
      const job = this.sent.get(worker)?.shift();
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

  /**
   * A worker died: fail the article it was on, forget it, and let a new one take the queue, starting
   * with the articles sent to it behind that one.
   */
  private lose(worker: Worker, error: Error): void {
    const [current, ...behind] = this.sent.get(worker) ?? [];
    this.sent.delete(worker);
    const at = this.workers.indexOf(worker);
    if (at >= 0) this.workers.splice(at, 1);
    current?.reject(error);
    this.queue.unshift(...behind);
    if (this.closed) for (const job of this.queue.splice(0)) job.reject(new Error('slant: stopped'));
    else this.dispatch();
  }
}
