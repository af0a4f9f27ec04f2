/** Messages between `SqliteReader` and its worker thread (read-worker.ts). */
import type { SerializedError } from '../../errors.js';
import type { ArticleQuery } from '../article-query.js';
import type { StatsQuery } from '../stats-query.js';

/** A read, as asked. */
export type ReadAsk = { kind: 'stats'; query: StatsQuery } | { kind: 'articles'; query: ArticleQuery } | { kind: 'article'; rowId: number };

/** A read the worker runs: the ask with the number its reply carries back. */
export type ReadRequest = ReadAsk & { id: number };

/** Its answer: the result, or the error it threw. */
export type ReadReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerializedError };
