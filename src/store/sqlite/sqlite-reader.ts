/**
 * The corpus reads the server makes (`GET /api/v1/stats`, `/articles`, `/articles/{rowId}`), run
 * on a worker thread with a read-only connection. better-sqlite3 is synchronous: on the server's
 * own thread, stats over 25,000 articles (2–4 s) held every other request, `/healthz` and
 * analyses included, until they were done. Reads run one at a time, in the order asked; WAL mode
 * lets them run beside an ingest writing the same file.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../worker-entry.js';
import { deserializeError } from '../../errors.js';
import type { ArticlePage, ArticleQuery, StoredArticle } from '../article-query.js';
import type { CorpusReads } from '../corpus-store.js';
import type { StatsQuery, StatsResult } from '../stats-query.js';
import { StoreError } from '../store-error.js';
import type { ReadReply, ReadRequest } from './read-protocol.js';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
/** A request without its id (the reader numbers them). */
type Ask = ReadRequest extends infer R ? (R extends ReadRequest ? Omit<R, 'id'> : never) : never;

/** The reads of the corpus in `file` (a store already opened and migrated), on a worker thread. */
export class SqliteReader implements CorpusReads {
  readonly location: string;
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private closed = false;

  constructor(file: string) {
    this.location = file;
  }

  stats(query: StatsQuery): Promise<StatsResult> {
    return this.ask({ kind: 'stats', query }) as Promise<StatsResult>;
  }

  articles(query: ArticleQuery): Promise<ArticlePage> {
    return this.ask({ kind: 'articles', query }) as Promise<ArticlePage>;
  }

  article(rowId: number): Promise<StoredArticle | undefined> {
    return this.ask({ kind: 'article', rowId }) as Promise<StoredArticle | undefined>;
  }

  /** Stops the worker; reads still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new StoreError(`${this.location}: the corpus reader was closed`));
    await worker?.terminate();
  }

  private ask(request: Ask): Promise<unknown> {
    if (this.closed) return Promise.reject(new StoreError(`${this.location}: the corpus reader was closed`));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const worker = this.started();
      // A read in flight keeps the process alive; an idle worker does not.
      worker.ref();
      worker.postMessage({ ...request, id });
    });
  }

  /** The worker, started on first use, and again after one died. */
  private started(): Worker {
    if (this.worker !== undefined) return this.worker;
    const worker = startWorker(import.meta.url, 'read-worker', { workerData: { file: this.location } });
    worker.on('message', (reply: ReadReply) => {
      const waiting = this.pending.get(reply.id);
      if (waiting === undefined) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(reply.error.name === 'StoreError' ? new StoreError(reply.error.message) : deserializeError(reply.error));
    });
    const died = (error: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new StoreError(`${this.location}: the corpus reader stopped (${error.message})`, { cause: error }));
    };
    worker.on('error', died);
    worker.on('exit', (code) => {
      if (!this.closed) died(new Error(`exit code ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
