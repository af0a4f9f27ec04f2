/**
 * The worker thread of `SqliteReader`: a connection of its own that answers the server's corpus
 * reads (stats, article pages, one article) off the server's own thread, and writes nothing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { serializeError } from '../../errors.js';
import { tuneConnection } from './connection.js';
import { sqliteStats } from './sqlite-stats.js';
import { sqliteArticle, sqliteArticles } from './sqlite-articles.js';
import type { ReadAsk, ReadReply, ReadRequest } from './read-protocol.js';

// Not opened read-only: a read-only connection cannot make the WAL index files a WAL database
// needs when no other connection has them open. query_only refuses every write instead.
const db = new Database((workerData as { file: string }).file, { fileMustExist: true });
db.pragma('query_only = ON');
tuneConnection(db);

/**
 * Answers already given, while the corpus is unchanged: `data_version` moves when another
 * connection (an ingest, a reanalyze) commits. A reload of the corpus view, or a filter undone,
 * asks the same stats again, each a query of seconds on a large corpus.
 */
const answers = new Map<string, unknown>();
const MAX_ANSWERS = 64;
let answeredAt = -1;

function answer(asked: ReadAsk): unknown {
  const version = db.pragma('data_version', { simple: true }) as number;
  if (version !== answeredAt) {
    answers.clear();
    answeredAt = version;
  }
  const key = JSON.stringify(asked);
  if (answers.has(key)) return answers.get(key);
  const result = asked.kind === 'stats' ? sqliteStats(db, asked.query) : asked.kind === 'articles' ? sqliteArticles(db, asked.query) : sqliteArticle(db, asked.rowId);
  if (answers.size >= MAX_ANSWERS) answers.delete(answers.keys().next().value as string);
  answers.set(key, result);
  return result;
}

parentPort?.on('message', (request: ReadRequest) => {
  let reply: ReadReply;
  try {
    const { id, ...asked } = request;
    reply = { id, ok: true, result: answer(asked) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: serializeError(error) };
  }
  parentPort?.postMessage(reply);
});
