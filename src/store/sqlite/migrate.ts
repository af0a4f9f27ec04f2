/** Brings a SQLite corpus to the latest schema (migrations.ts), refusing newer ones. */
import type { Database } from 'better-sqlite3';
import { StoreError } from '../store-error.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/** The schema version of the file (0 for a new file). */
function currentVersion(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Applies the migrations the file lacks, each in one transaction; returns the new version.
 * @throws StoreError when the file was made by a newer slant.
 */
export function migrate(db: Database, location: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const at = db.transaction(() => currentVersion(db)).immediate();
  if (at > latest) throw new StoreError(`${location}: the corpus has schema version ${at}, newer than this slant knows (${latest}); upgrade slant`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations) {
    if (m.version <= at) continue;
    db.transaction(() => {
      // Another process may have migrated between our check and this transaction.
      if (currentVersion(db) >= m.version) return;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
  return Math.max(at, latest);
}
