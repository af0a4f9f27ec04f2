/** Messages between `SqliteReader` and its worker thread (read-worker.ts). */
import type { SerializedError } from '../../errors.js';
import type { ArticleQuery } from '../article-query.js';
import type { StatsQuery } from '../stats-query.js';

/** A read the worker runs. */
export type ReadRequest =
  | { id: number; kind: 'stats'; query: StatsQuery }
  | { id: number; kind: 'articles'; query: ArticleQuery }
  | { id: number; kind: 'article'; rowId: number };

/** Its answer: the result, or the error it threw. */
export type ReadReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerializedError };
