/** What a file must be before the store opens it as a corpus, and how SQLite says it may not write it. */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { Database as Db } from 'better-sqlite3';
import { StoreError } from '../store-error.js';
import { MIGRATIONS } from './migrations.js';

/**
 * Whether `error` is SQLite refusing a write to a file or folder this process may not change
 * (`SQLITE_READONLY*`), or failing to open an existing file on a read-only file system
 * (`SQLITE_CANTOPEN`: a WAL file there cannot get its -shm file).
 */
export function isReadOnlyFailure(error: unknown, file: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return true;
  if (error instanceof Error && /readonly database/i.test(error.message)) return true;
  return code === 'SQLITE_CANTOPEN' && existsSync(file) && !isFolder(file);
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
 * Throws a StoreError unless `db` is a slant corpus or, when `create`, a database without tables.
 * A corpus has slant's own `schema_migrations` (columns version, name and applied_at, its first
 * row slant's first migration): other tools (Rails, golang-migrate, dbmate) keep a table of that
 * name too. Another program's SQLite file would otherwise gain slant's tables, and its journal
 * mode would change, on a mere `slant stats --db` of it.
 */
export function checkIsCorpus(db: Db, file: string, create: boolean): void {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  if (tables.length === 0) {
    if (create) return;
    throw new StoreError(`${file}: no corpus here (slant ingest creates one)`);
  }
  if (tables.includes('schema_migrations') && isSlantMigrations(db)) return;
  const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '');
  throw new StoreError(`${file}: is a SQLite database of another program (tables ${shown}), not a slant corpus: it was left as it was; give another file`);
}

/** Whether `schema_migrations` is slant's: its columns, and slant's first migration as version 1. */
function isSlantMigrations(db: Db): boolean {
  const columns = (db.prepare('PRAGMA table_info(schema_migrations)').all() as { name: string }[]).map((c) => c.name).sort();
  if (columns.join(',') !== 'applied_at,name,version') return false;
  const first = db.prepare('SELECT name FROM schema_migrations WHERE version = 1').get() as { name: unknown } | undefined;
  return first?.name === MIGRATIONS[0]?.name;
}

/** Whether the SQLite file `file` is in WAL mode, from its header (bytes 18 and 19 are 2). */
export function isWalFile(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const header = Buffer.alloc(20);
      readSync(fd, header, 0, 20, 0);
      return header[18] === 2 && header[19] === 2;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
