/**
 * The embedded corpus store: one SQLite file through better-sqlite3, in WAL mode, migrated on
 * open. Writes happen in transactions (one per `save` call), so a killed process leaves either
 * the whole batch or none of it; saves are idempotent, so resuming stores nothing twice.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import type { ArticleRow, CheckedKey, CorpusStore, KeyState, SaveItem, StaleArticle, StoredModel, StoreCounts } from '../corpus-store.js';
import type { ArticlePage, ArticleQuery, StoredArticle } from '../article-query.js';
import { checkedFilter, checkedStatsQuery, type StatsQuery, type StatsResult } from '../stats-query.js';
import type { Analysis } from '../../result.js';
import { toFindingRows } from '../finding-rows.js';
import { labelTallies } from '../label-tallies.js';
import { StoreError } from '../store-error.js';
import { tuneConnection, UPGRADE_WAIT_MS, WRITE_WAIT_MS } from './connection.js';
import { migrate } from './migrate.js';
import { checkIsCorpus, isFolder, isReadOnlyFailure, isWalFile } from './corpus-file.js';
import { MIGRATIONS } from './migrations.js';
import { sqliteStats } from './sqlite-stats.js';
import { sqliteArticle, sqliteArticles } from './sqlite-articles.js';
import { tallyText } from './tally-text.js';

const SQL = {
  findArticle: `SELECT article_id AS id, title, published_at AS publishedAt FROM articles WHERE content_hash = ? AND coalesce(source, '') = ? AND coalesce(url, '') = ? LIMIT 1`,
  otherVersion: `SELECT 1 FROM articles WHERE article_id = ? AND coalesce(source, '') = ? AND NOT (content_hash = ? AND coalesce(url, '') = ?) LIMIT 1`,
  findAnalysis: 'SELECT id FROM analyses WHERE content_hash = ? AND model_id = ? AND model_version = ?',
  analysisOf: 'SELECT model_id AS id, model_version AS version, lang FROM analyses WHERE content_hash = ? ORDER BY id DESC LIMIT 1',
  dropAnalyses: 'DELETE FROM analyses WHERE content_hash = ?',
  addAnalysis: `INSERT INTO analyses (content_hash, model_id, model_version, lang, paragraphs, analysed_at)
    VALUES (?, ?, ?, ?, ?, ?)`,
  addResult: 'INSERT INTO analysis_results (analysis_id, result) VALUES (?, ?)',
  addFinding: `INSERT INTO findings (analysis_id, kind, label, category, paragraph, score, span_start, span_end)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  addTallyLabel: 'INSERT OR IGNORE INTO tally_labels (kind, label) VALUES (?, ?)',
  tallyLabel: 'SELECT no FROM tally_labels WHERE kind = ? AND label = ?',
  addTallies: 'INSERT INTO analysis_tallies (analysis_id, tallies) VALUES (?, ?)',
  addArticle: `INSERT OR IGNORE INTO articles (article_id, source, url, published_at, published_day, lang_given, title, content_hash, words, added_at)
    VALUES (@articleId, @source, @url, @publishedAt, @publishedDay, @langGiven, @title, @contentHash, @words, @addedAt)`,
  addText: 'INSERT OR IGNORE INTO texts (content_hash, text) VALUES (?, ?)',
  addFts: 'INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)',
  stale: `SELECT a.id AS rowId, a.article_id AS articleId, a.source AS source, a.url AS url, a.published_at AS publishedAt,
      a.published_day AS publishedDay, a.lang_given AS langGiven, a.title AS title, t.text AS text,
      a.content_hash AS contentHash, a.words AS words
    FROM articles a JOIN texts t ON t.content_hash = a.content_hash WHERE a.id > ? AND NOT EXISTS (
      SELECT 1 FROM analyses n JOIN json_each(?) c
        ON n.model_id = c.value ->> '$.id' AND n.model_version = c.value ->> '$.version' AND n.lang = c.value ->> '$.lang'
      WHERE n.content_hash = a.content_hash)
    ORDER BY a.id LIMIT ?`,
} as const;

type Statements = { [K in keyof typeof SQL]: Statement };

/** An error's message. */
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Closes `db`, back in a rollback journal unless `keepWal` (a file found in WAL mode) and unless
 * another connection has the file open (it stays in WAL mode for that one, whose close switches
 * back). A WAL file can be read only where its -shm file can be made, so an archived corpus in a
 * read-only folder could not be read at all; and a file that turned out unusable while opening is
 * left in the mode it had.
 */
function closeInRollbackJournal(db: Db | undefined, keepWal = false): void {
  if (db === undefined || !db.open) return;
  if (!db.readonly && !keepWal) {
    try {
      db.pragma('busy_timeout = 0');
      db.pragma('journal_mode = DELETE');
    } catch {
      // Another connection holds the file.
    }
  }
  db.close();
}

/** A CorpusStore in one SQLite file. */
export class SqliteStore implements CorpusStore {
  readonly location: string;
  private readonly db: Db;
  private readonly sql: Statements;
  /** `tally_labels` numbers by `kind<TAB>label`, as committed (cleared when a save rolls back). */
  private readonly tallyNumbers = new Map<string, number>();

  private constructor(db: Db, location: string) {
    this.db = db;
    this.location = location;
    this.sql = Object.fromEntries(Object.entries(SQL).map(([k, s]) => [k, db.prepare(s)])) as Statements;
  }

  /**
   * Opens (creating when asked) and migrates the corpus file.
   * @throws StoreError when it cannot be opened, is not a corpus, or is of a newer schema.
   */
  static open(file: string, options: { create?: boolean; write?: boolean } = {}): SqliteStore {
    let db: Db | undefined;
    let walBefore = false;
    try {
      db = new Database(file, { fileMustExist: options.create !== true });
      // Before anything is written: only a slant corpus (or, to create one, an empty file) is touched.
      checkIsCorpus(db, file, options.create === true);
      walBefore = db.pragma('journal_mode', { simple: true }) === 'wal';
      db.pragma('foreign_keys = ON');
      // Another process may be upgrading the file: wait for it longer than for an ordinary write.
      tuneConnection(db, UPGRADE_WAIT_MS);
      // The schema first (a newer one is refused with the file as it was), then WAL.
      migrate(db, file);
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a killed process loses nothing committed; only power loss can drop
      // the last transactions, never corrupt the file.
      db.pragma('synchronous = NORMAL');
      db.pragma(`busy_timeout = ${WRITE_WAIT_MS}`);
      return new SqliteStore(db, file);
    } catch (error) {
      closeInRollbackJournal(db, walBefore);
      if (error instanceof StoreError) throw error;
      if (options.create !== true && isReadOnlyFailure(error, file)) {
        // A corpus in a folder or file this process may not write (an archive, a read-only
        // mount) is read as it is, unless the caller means to write to it.
        if (options.write === true) throw new StoreError(`${file}: cannot be written here (${errorText(error)})`, { cause: error });
        return SqliteStore.openReadOnly(file, error);
      }
      if (isFolder(file)) throw new StoreError(`${file}: is a folder; give the corpus file's name (e.g. ${path.join(file, 'corpus.sqlite')})`, { cause: error });
      const missing = options.create !== true && !existsSync(file);
      throw new StoreError(missing ? `${file}: no corpus here (slant ingest creates one)` : `${file}: cannot open the corpus (${errorText(error)})`, { cause: error });
    }
  }

  async check(keys: readonly CheckedKey[]): Promise<KeyState[]> {
    this.assertOpen();
    return this.db.transaction(() =>
      keys.map((k): KeyState => {
        const found = this.sql.findArticle.get(k.contentHash, k.source ?? '', k.url ?? '') as { id: string; title: string | null; publishedAt: string | null } | undefined;
        const state: KeyState = found === undefined ? {} : { storedId: found.id, storedMeta: { title: found.title ?? undefined, publishedAt: found.publishedAt ?? undefined } };
        if (this.sql.otherVersion.get(k.articleId, k.source ?? '', k.contentHash, k.url ?? '') !== undefined) state.idStoredOtherwise = true;
        const analysis = this.sql.analysisOf.get(k.contentHash) as StoredModel | undefined;
        if (analysis !== undefined) state.analysis = { id: analysis.id, version: analysis.version, lang: analysis.lang };
        return state;
      }),
    ).deferred();
  }

  async save(items: readonly SaveItem[]): Promise<void> {
    this.assertOpen();
    const addedAt = new Date().toISOString();
    try {
      this.db.transaction(() => {
        for (const item of items) {
          if (item.analysis !== undefined) this.saveAnalysis(item.article.contentHash, item.analysis);
          this.saveArticle(item.article, addedAt);
        }
      }).immediate();
    } catch (error) {
      this.tallyNumbers.clear();
      throw new StoreError(`${this.location}: cannot save (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
  }

  private saveAnalysis(hash: string, analysis: Analysis): void {
    const { id, version } = analysis.model;
    if (this.sql.findAnalysis.get(hash, id, version) !== undefined) return;
    this.sql.dropAnalyses.run(hash);
    const info = this.sql.addAnalysis.run(hash, id, version, analysis.article.lang, analysis.article.paragraphs.length, new Date().toISOString());
    const analysisId = info.lastInsertRowid;
    this.sql.addResult.run(analysisId, JSON.stringify(analysis));
    const findings = toFindingRows(analysis);
    for (const f of findings) {
      this.sql.addFinding.run(analysisId, f.kind, f.label, f.category ?? null, f.paragraph ?? null, f.score, f.start ?? null, f.end ?? null);
    }
    const tallies = labelTallies(findings).map(({ kind, label, count }): [number, number] => [this.tallyNumber(kind, label), count]);
    if (tallies.length > 0) this.sql.addTallies.run(analysisId, tallyText(tallies));
  }

  /** The `tally_labels` number of a label, added when new. */
  private tallyNumber(kind: string, label: string): number {
    const key = `${kind}\t${label}`;
    let no = this.tallyNumbers.get(key);
    if (no === undefined) {
      this.sql.addTallyLabel.run(kind, label);
      no = (this.sql.tallyLabel.get(kind, label) as { no: number }).no;
      this.tallyNumbers.set(key, no);
    }
    return no;
  }

  private saveArticle(row: ArticleRow, addedAt: string): void {
    const info = this.sql.addArticle.run({
      articleId: row.articleId,
      source: row.source ?? null,
      url: row.url ?? null,
      publishedAt: row.publishedAt ?? null,
      publishedDay: row.publishedDay ?? null,
      langGiven: row.langGiven ?? null,
      title: row.title ?? null,
      contentHash: row.contentHash,
      words: row.words,
      addedAt,
    });
    if (info.changes === 0) return;
    this.sql.addText.run(row.contentHash, row.text);
    this.sql.addFts.run(info.lastInsertRowid, row.title ?? '', row.text);
  }

  async stale(current: readonly StoredModel[], afterRowId: number, limit: number): Promise<StaleArticle[]> {
    this.assertOpen();
    const models = JSON.stringify(current.map(({ id, version, lang }) => ({ id, version, lang })));
    const rows = this.sql.stale.all(afterRowId, models, limit) as (Record<string, unknown> & { rowId: number })[];
    return rows.map(({ rowId, ...rest }) => {
      const article = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null)) as unknown as ArticleRow;
      return { rowId, article };
    });
  }

  async stats(query: StatsQuery): Promise<StatsResult> {
    this.assertOpen();
    return sqliteStats(this.db, checkedStatsQuery(query));
  }

  async articles(query: ArticleQuery): Promise<ArticlePage> {
    this.assertOpen();
    return sqliteArticles(this.db, checkedFilter(query, 'articles'));
  }

  async article(rowId: number): Promise<StoredArticle | undefined> {
    this.assertOpen();
    return sqliteArticle(this.db, rowId);
  }

  async counts(): Promise<StoreCounts> {
    this.assertOpen();
    const one = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    return this.db.transaction(() => ({
      articles: one('SELECT count(*) AS n FROM articles'),
      analyses: one('SELECT count(*) AS n FROM analyses'),
      findings: one('SELECT count(*) AS n FROM findings'),
      models: this.db
        .prepare(`SELECT n.model_id AS id, n.model_version AS version, n.lang AS lang, count(*) AS articles
          FROM articles a JOIN analyses n ON n.content_hash = a.content_hash
          GROUP BY n.model_id, n.model_version, n.lang ORDER BY articles DESC, id, version, lang`)
        .all() as StoreCounts['models'],
    })).deferred();
  }

  async close(): Promise<void> {
    closeInRollbackJournal(this.db);
  }

  /**
   * Opens a corpus this process cannot write, read-only: no migration (a corpus of an older
   * schema must be upgraded where it can be written) and no switch to WAL.
   */
  private static openReadOnly(file: string, cause: unknown): SqliteStore {
    let db: Db | undefined;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      checkIsCorpus(db, file, false);
      const at = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
      const latest = MIGRATIONS.at(-1)?.version ?? 0;
      if (at !== latest) {
        throw new StoreError(`${file}: cannot be written here, and its schema (version ${at}) is ${at < latest ? `older than this slant's (${latest}): open it once where it can be written, to upgrade it` : `newer than this slant's (${latest}); upgrade slant`}`);
      }
      tuneConnection(db);
      return new SqliteStore(db, file);
    } catch (error) {
      db?.close();
      if (error instanceof StoreError) throw error;
      const wal = isWalFile(file) ? ': it is in WAL mode, which needs a file beside it; open it once where it can be written (slant stats will do), or copy it' : ` (${errorText(error)})`;
      throw new StoreError(`${file}: cannot be written here, nor read as it is${wal}`, { cause: cause ?? error });
    }
  }


  /** A call after `close()` is one StoreError, whichever method it is (SQLite's own is a TypeError). */
  private assertOpen(): void {
    if (!this.db.open) throw new StoreError(`${this.location}: the corpus is closed`);
  }
}
