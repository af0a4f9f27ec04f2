/** What every connection to a corpus file sets, the store's and the corpus reader's alike. */
import type { Database } from 'better-sqlite3';

/** How long a connection waits for another's write lock before failing: an ordinary write. */
export const WRITE_WAIT_MS = 10_000;
/** The wait while opening, when another process may be upgrading the file (migration 3: ~12 s per 100,000 articles). */
export const UPGRADE_WAIT_MS = 120_000;

/**
 * Waits `writeWaitMs` for another connection's write lock instead of failing at once, and keeps
 * 64 MB of pages in memory (SQLite's default is 2 MB; the article list and stats read the
 * indexes of every selected article).
 */
export function tuneConnection(db: Database, writeWaitMs: number = WRITE_WAIT_MS): void {
  db.pragma(`busy_timeout = ${writeWaitMs}`);
  db.pragma('cache_size = -65536');
}
