/**
 * The corpus reads the server makes (`GET /api/v1/stats`, `/articles`, `/articles/{rowId}`), run on
 * a worker thread with a connection of its own. better-sqlite3 is synchronous: on the server's own
 * thread, a stats query (about 2 s over 20,000 articles before migration 3, still about 1 s over
 * 100,000 now) held every other request, `/healthz` and analyses included, until it was done. Reads
 * run one at a time, in the order asked; a read whose request was given up (its `signal` aborted:
 * the page moved on, the client went away) is dropped before its turn instead of holding the ones
 * after it. WAL mode lets reads run beside an ingest writing the same file.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../worker-entry.js';
import { deserializeError } from '../../errors.js';
import type { ArticlePage, ArticleQuery, StoredArticle } from '../article-query.js';
import type { CorpusReads } from '../corpus-store.js';
import type { StatsQuery, StatsResult } from '../stats-query.js';
import { StoreError } from '../store-error.js';
import type { ReadAsk, ReadReply } from './read-protocol.js';

interface Read {
  ask: ReadAsk;
  signal: AbortSignal | undefined;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The reads of the corpus in `file` (a store already opened and migrated), on a worker thread. */
export class SqliteReader implements CorpusReads {
  readonly location: string;
  private worker: Worker | undefined;
  private readonly waiting: Read[] = [];
  private current: (Read & { id: number }) | undefined;
  private next = 1;
  private closed = false;

  constructor(file: string) {
    this.location = file;
  }

  stats(query: StatsQuery, signal?: AbortSignal): Promise<StatsResult> {
    return this.read({ kind: 'stats', query }, signal) as Promise<StatsResult>;
  }

  articles(query: ArticleQuery, signal?: AbortSignal): Promise<ArticlePage> {
    return this.read({ kind: 'articles', query }, signal) as Promise<ArticlePage>;
  }

  article(rowId: number, signal?: AbortSignal): Promise<StoredArticle | undefined> {
    return this.read({ kind: 'article', rowId }, signal) as Promise<StoredArticle | undefined>;
  }

  /** Stops the worker; reads still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    const closed = new StoreError(`${this.location}: the corpus reader was closed`);
    this.current?.reject(closed);
    this.current = undefined;
    for (const r of this.waiting.splice(0)) r.reject(closed);
    await worker?.terminate();
  }

  private read(ask: ReadAsk, signal: AbortSignal | undefined): Promise<unknown> {
    if (this.closed) return Promise.reject(new StoreError(`${this.location}: the corpus reader was closed`));
    return new Promise((resolve, reject) => {
      this.waiting.push({ ask, signal, resolve, reject });
      this.pump();
    });
  }

  /** Sends the next read that is still wanted, when none is running. */
  private pump(): void {
    if (this.current !== undefined || this.closed) return;
    let next = this.waiting.shift();
    while (next?.signal?.aborted === true) {
      next.reject(new StoreError(`${this.location}: the read was given up before its turn`));
      next = this.waiting.shift();
    }
    const worker = this.worker;
    if (next === undefined) {
      // An idle worker keeps no process alive.
      worker?.unref();
      return;
    }
    this.current = { ...next, id: this.next++ };
    const running = this.started();
    running.ref();
    running.postMessage({ ...next.ask, id: this.current.id });
  }

  /** The worker, started on first use, and again after one died. */
  private started(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = startWorker(import.meta.url, 'read-worker', { workerData: { file: this.location } });
    worker.on('message', (reply: ReadReply) => {
      const read = this.current;
      if (read === undefined || read.id !== reply.id) return;
      this.current = undefined;
      if (reply.ok) read.resolve(reply.result);
      else read.reject(reply.error.name === 'StoreError' ? new StoreError(reply.error.message) : deserializeError(reply.error));
      this.pump();
    });
    const died = (error: Error): void => {
      // 'error' comes before 'exit': only the first of the two, for the worker still in use, counts.
      if (this.worker !== worker) return;
      this.worker = undefined;
      const read = this.current;
      this.current = undefined;
      read?.reject(new StoreError(`${this.location}: the corpus reader stopped (${error.message})`, { cause: error }));
      // The reads waiting go to a new worker.
      this.pump();
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`exit code ${code}`)));
    this.worker = worker;
    return worker;
  }
}
