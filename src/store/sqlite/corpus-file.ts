/** What a file must be before the store opens it as a corpus, and how SQLite says it may not write it. */
import { statSync } from 'node:fs';
import type { Database as Db } from 'better-sqlite3';
import { StoreError } from '../store-error.js';

/** Whether `error` is SQLite refusing a write to a file or folder this process may not change. */
export function isReadOnlyFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) || (error instanceof Error && /readonly database/i.test(error.message));
}

/** Whether `file` is an existing folder. */
export function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Throws a StoreError unless `db` is a slant corpus (it has `schema_migrations`) or, when
 * `create`, a database without tables. Another program's SQLite file would otherwise gain slant's
 * tables, and its journal mode would change, on a mere `slant stats --db` of it.
 */
export function checkIsCorpus(db: Db, file: string, create: boolean): void {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  if (tables.includes('schema_migrations')) return;
  if (tables.length === 0) {
    if (create) return;
    throw new StoreError(`${file}: no corpus here (slant ingest creates one)`);
  }
  const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '');
  throw new StoreError(`${file}: is a SQLite database of another program (tables ${shown}), not a slant corpus: it was left as it was; give another file`);
}
