/**
 * Opens the corpus store named by the user. Today every location is a SQLite file; a
 * `postgres://` URL would pick a PostgreSQL adapter here, and no caller would change.
 */
import path from 'node:path';
import { makeFoldersSync } from '../make-folders.js';
import type { CorpusStore } from './corpus-store.js';
import { StoreError } from './store-error.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/**
 * How to open: `create` makes the file (and its folder) when missing; `write` refuses a corpus
 * this process may not write, which is otherwise opened read-only (reading works, saving fails).
 */
export interface OpenStoreOptions {
  create?: boolean;
  write?: boolean;
}

/**
 * Opens the store at `location`.
 * @example
 * const store = await openStore('corpus.sqlite', { create: true });
 * @throws StoreError when it cannot be opened.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<CorpusStore> {
  if (typeof location !== 'string' || location.trim() === '') throw new StoreError(`give the corpus file's name (${JSON.stringify(location)} names none)`);
  if (/^postgres(ql)?:\/\//i.test(location)) throw new StoreError(`${location}: PostgreSQL stores are not supported yet`);
  if (options.create === true) {
    try {
      makeFoldersSync(path.dirname(path.resolve(location)));
    } catch (error) {
      throw new StoreError(`${location}: cannot create its folder`, { cause: error });
    }
  }
  return SqliteStore.open(location, options);
}
