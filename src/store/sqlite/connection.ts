/** What every connection to a corpus file sets, the store's and the corpus reader's alike. */
import type { Database } from 'better-sqlite3';

/**
 * Waits up to 10 s for another connection's write lock instead of failing at once, and keeps
 * 64 MB of pages in memory (SQLite's default is 2 MB; the article list and stats read the
 * indexes of every selected article).
 */
export function tuneConnection(db: Database): void {
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -65536');
}
