/**
 * `stats()` of the SQLite store: the filtered articles with their analysis and group key as a
 * CTE, then four aggregate queries (groups, label counts, category counts, models) in one read
 * transaction so they see the same data. `CROSS JOIN` makes SQLite drive the findings lookups
 * from the selected articles (by analysis id) rather than scan findings by label: 10x faster on
 * 100,000 articles.
 */
import type { Database } from 'better-sqlite3';
import { UNKNOWN_GROUP, type StatKind, type StatsGroup, type StatsQuery, type StatsResult } from '../stats-query.js';
import { buildStatsResult, type RawCount } from '../stats-result.js';
import { groupExpression, whereOf } from './sqlite-filter.js';

/** The selected articles: row id, words, analysis, paragraphs, model and group key. */
function selection(query: StatsQuery): { sql: string; params: (string | number)[] } {
  const where = whereOf(query);
  const sql = `WITH sel AS (
    SELECT a.id AS id, a.words AS words, n.id AS analysis_id, n.paragraphs AS paragraphs,
           n.model_id AS model_id, n.model_version AS model_version, n.lang AS model_lang, ${groupExpression(query)} AS grp
    FROM articles a JOIN analyses n ON n.content_hash = a.content_hash
    ${where.sql})`;
  return { sql, params: where.params };
}

/** The four queries, each after the CTE. */
const GROUPS = `SELECT grp AS key, count(*) AS articles, sum(words) AS words, sum(paragraphs) AS paragraphs
  FROM sel GROUP BY grp ORDER BY grp = '${UNKNOWN_GROUP}', grp`;
const LABELS = `SELECT s.grp AS "group", f.kind AS kind, f.label AS label, count(*) AS count
  FROM sel s CROSS JOIN findings f ON f.analysis_id = s.analysis_id
  WHERE f.kind IN ('technique', 'frame', 'genre') GROUP BY s.grp, f.kind, f.label`;
const CATEGORIES = `SELECT grp AS "group", 'category' AS kind, category AS label, count(*) AS count FROM (
    SELECT DISTINCT s.id, s.grp, f.paragraph, f.category
    FROM sel s CROSS JOIN findings f ON f.analysis_id = s.analysis_id
    WHERE f.kind = 'technique' AND f.category IS NOT NULL)
  GROUP BY grp, category`;
const MODELS = `SELECT model_id AS id, model_version AS version, model_lang AS lang, count(*) AS articles
  FROM sel GROUP BY model_id, model_version, model_lang ORDER BY articles DESC, id, version, lang`;

/** Runs a stats query on an open database. */
export function sqliteStats(db: Database, query: StatsQuery): StatsResult {
  const sel = selection(query);
  const all = <T>(sql: string): T[] => db.prepare(`${sel.sql} ${sql}`).all(...sel.params) as T[];
  return db.transaction(() => {
    const groups = all<StatsGroup>(GROUPS);
    const counts = [...all<RawCount & { kind: StatKind }>(LABELS), ...all<RawCount>(CATEGORIES)];
    const models = all<StatsResult['models'][number]>(MODELS);
    return buildStatsResult(query, groups, counts, models);
  }).deferred();
}
