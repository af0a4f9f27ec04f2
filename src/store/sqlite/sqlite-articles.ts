/** The article list and single-article reads of the SQLite store (`GET /api/v1/articles`). */
import type { Database } from 'better-sqlite3';
import type { Analysis } from '../../result.js';
import { leadOf, type ArticlePage, type ArticleQuery, type ArticleSummary, type StoredArticle } from '../article-query.js';
import { whereOf } from './sqlite-filter.js';

/**
 * The white space SQLite's trim() should remove (it removes only U+0020 by default): tabs, line
 * breaks, no-break and other Unicode spaces, the BOM. A title of these alone is no title.
 */
const SPACES = 'char(9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8203, 8232, 8233, 8239, 8287, 12288, 65279)';

/**
 * Columns of a summary row (articles `a`, analyses `n`); `lead` starts at the text's first non-space.
 * `techniques` is null where no task ran: no analysis is stored, or it is of a text without a word.
 * The store runs every task or none, and every task run gives a genre, so a genre tells them apart.
 */
const SUMMARY_COLUMNS = `a.id AS rowId, a.article_id AS articleId, nullif(trim(a.title, ${SPACES}), '') AS title, a.source AS source, a.url AS url,
  a.published_at AS publishedAt, coalesce(n.lang, a.lang_given, 'und') AS lang, a.words AS words,
  coalesce(n.paragraphs, 0) AS paragraphs,
  CASE WHEN EXISTS (SELECT 1 FROM findings f WHERE f.analysis_id = n.id AND f.kind = 'genre')
    THEN (SELECT count(*) FROM findings f WHERE f.analysis_id = n.id AND f.kind = 'technique') END AS techniques,
  (SELECT f.label FROM findings f WHERE f.analysis_id = n.id AND f.kind = 'genre') AS genre,
  CASE WHEN nullif(trim(a.title, ${SPACES}), '') IS NULL THEN (SELECT substr(ltrim(x.text, ${SPACES}), 1, 400) FROM texts x WHERE x.content_hash = a.content_hash) END AS lead`;

type Row = Record<string, unknown>;

/** A summary without its null columns (optional fields are omitted, not undefined). */
function toSummary(row: Row): ArticleSummary {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && k !== 'text' && k !== 'contentHash' && k !== 'result') out[k] = k === 'lead' ? leadOf(v as string) : v;
  if (out['lead'] === '') delete out['lead'];
  return out as unknown as ArticleSummary;
}

/** The list's order, newest first and undated last (the `articles_newest` index reads it). */
const NEWEST_FIRST = 'a.published_day IS NULL, a.published_day DESC, a.id DESC';

/**
 * A page of stored articles, newest first. The page's ids are found first, off the index, and
 * only its rows are joined and summed: the rows skipped by the offset cost no lookups.
 */
export function sqliteArticles(db: Database, query: ArticleQuery): ArticlePage {
  // A caller's slip is named (STYLE.md §5), not left to SQLite's "datatype mismatch".
  const { limit, offset } = query;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500 || !Number.isInteger(offset) || offset < 0) {
    throw new Error(`slant: articles: give limit, a whole number from 1 to 500, and offset, a whole number from 0 (not limit ${String(limit)}, offset ${String(offset)})`);
  }
  const where = whereOf(query);
  return db.transaction(() => {
    const { total } = db.prepare(`SELECT count(*) AS total FROM articles a ${where.sql}`).get(...where.params) as { total: number };
    const rows = db
      .prepare(`WITH page AS (SELECT a.id FROM articles a ${where.sql} ORDER BY ${NEWEST_FIRST} LIMIT ? OFFSET ?)
        SELECT ${SUMMARY_COLUMNS} FROM page JOIN articles a ON a.id = page.id LEFT JOIN analyses n ON n.content_hash = a.content_hash
        ORDER BY ${NEWEST_FIRST}`)
      .all(...where.params, query.limit, query.offset) as Row[];
    return { total, articles: rows.map(toSummary) };
  }).deferred();
}

/** One article with its text and analysis. */
export function sqliteArticle(db: Database, rowId: number): StoredArticle | undefined {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, t.text AS text, a.content_hash AS contentHash, r.result AS result
      FROM articles a JOIN texts t ON t.content_hash = a.content_hash
      LEFT JOIN analyses n ON n.content_hash = a.content_hash LEFT JOIN analysis_results r ON r.analysis_id = n.id
      WHERE a.id = ?`)
    .get(rowId) as Row | undefined;
  if (row === undefined) return undefined;
  const out: StoredArticle = { ...toSummary(row), text: row['text'] as string, contentHash: row['contentHash'] as string };
  if (typeof row['result'] === 'string') out.analysis = JSON.parse(row['result']) as Analysis;
  return out;
}
