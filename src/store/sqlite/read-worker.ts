/**
 * The worker thread of `SqliteReader`: a read-only connection to the corpus that answers the
 * server's corpus reads (stats, article pages, one article) off the server's own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { serializeError } from '../../errors.js';
import { sqliteStats } from './sqlite-stats.js';
import { sqliteArticle, sqliteArticles } from './sqlite-articles.js';
import type { ReadReply, ReadRequest } from './read-protocol.js';

// Not opened read-only: a read-only connection cannot make the WAL index files a WAL database
// needs when no other connection has them open. query_only refuses every write instead.
const db = new Database((workerData as { file: string }).file, { fileMustExist: true });
db.pragma('query_only = ON');
db.pragma('busy_timeout = 10000');
// The store's page cache (see SqliteStore.open): stats read the findings indexes.
db.pragma('cache_size = -65536');

parentPort?.on('message', (request: ReadRequest) => {
  let reply: ReadReply;
  try {
    const result = request.kind === 'stats' ? sqliteStats(db, request.query) : request.kind === 'articles' ? sqliteArticles(db, request.query) : sqliteArticle(db, request.rowId);
    reply = { id: request.id, ok: true, result };
  } catch (error) {
    reply = { id: request.id, ok: false, error: serializeError(error) };
  }
  parentPort?.postMessage(reply);
});
