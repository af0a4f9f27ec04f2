/**
 * The SQLite schema as numbered migrations. Applied in order, each in its own transaction, and
 * recorded in `schema_migrations`; never edit a released migration, add the next one.
 *
 * - `articles`: one row per (text, source, URL); the text's sha256 links it to its text and
 *   analysis. Kept small (no text) so the scans of `stats` read little.
 * - `texts`: each distinct text once, by sha256.
 * - `analyses`: one per text and model (`UNIQUE (content_hash, model_id, model_version)`); the
 *   store keeps one model per text (a new model's analysis replaces it). The Analysis JSON is in
 *   `analysis_results`, apart, for the same reason as the text.
 * - `findings`: rows of an analysis for aggregation (see finding-rows.ts), deleted with it.
 * - `articles_fts`: contentless FTS5 over title and text, rowid = articles.id.
 * - `tally_labels` and `analysis_tallies` (3): each analysis's label counts as one short text,
 *   `no:count,no:count`, the numbers those of `tally_labels` (see label-tallies.ts).
 */

/** One migration. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, analyses, findings, full-text index',
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  source TEXT,
  url TEXT,
  published_at TEXT,
  published_day TEXT,
  lang_given TEXT,
  title TEXT,
  content_hash TEXT NOT NULL,
  words INTEGER NOT NULL,
  added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_key ON articles (content_hash, coalesce(source, ''), coalesce(url, ''));
CREATE INDEX articles_source_day ON articles (source, published_day);
CREATE INDEX articles_day ON articles (published_day);

CREATE TABLE texts (
  content_hash TEXT PRIMARY KEY,
  text TEXT NOT NULL
);

CREATE TABLE analyses (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL,
  model_id TEXT NOT NULL,
  model_version TEXT NOT NULL,
  lang TEXT NOT NULL,
  paragraphs INTEGER NOT NULL,
  analysed_at TEXT NOT NULL,
  UNIQUE (content_hash, model_id, model_version)
);

CREATE TABLE analysis_results (
  analysis_id INTEGER PRIMARY KEY REFERENCES analyses (id) ON DELETE CASCADE,
  result TEXT NOT NULL
);

CREATE TABLE findings (
  analysis_id INTEGER NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('technique', 'span', 'frame', 'genre')),
  label TEXT NOT NULL,
  category TEXT,
  paragraph INTEGER,
  score REAL NOT NULL,
  span_start INTEGER,
  span_end INTEGER
);
CREATE INDEX findings_by_analysis ON findings (analysis_id, kind, label, category, paragraph);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
`,
  },
  {
    // The order of the article list (newest first, undated last): a page is read off the index
    // instead of sorting every article. On 20,000 articles, with the ids-first page query of
    // sqlite-articles.ts, a page of 50 at offset 0 / 10,000 / 19,800 took 87 / 399 / 358 ms and
    // now 7 / 6 / 5 ms; walking all of them in pages of 500, 10.3 s and now 0.74 s.
    version: 2,
    name: 'index of the article list order',
    sql: `CREATE INDEX articles_newest ON articles ((published_day IS NULL), published_day DESC, id DESC);`,
  },
  {
    // What stats count, one short text per analysis (label-tallies.ts), filled here from the
    // findings of a store made before it. On 100,000 articles a stats query grouped 2.9 million
    // findings rows in 12–15 s; adding one list per article takes ~1 s.
    version: 3,
    name: 'label tallies per analysis',
    sql: `
CREATE TABLE tally_labels (
  no INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  UNIQUE (kind, label)
);
CREATE TABLE analysis_tallies (
  analysis_id INTEGER PRIMARY KEY REFERENCES analyses (id) ON DELETE CASCADE,
  tallies TEXT NOT NULL
);
INSERT INTO tally_labels (kind, label)
  SELECT DISTINCT kind, label FROM findings WHERE kind IN ('technique', 'frame', 'genre')
  UNION SELECT DISTINCT 'category', category FROM findings WHERE kind = 'technique' AND category IS NOT NULL;
INSERT INTO analysis_tallies (analysis_id, tallies)
  SELECT analysis_id, group_concat(no || ':' || n, ',') FROM (
    SELECT f.analysis_id AS analysis_id, l.no AS no, count(*) AS n
      FROM findings f JOIN tally_labels l ON l.kind = f.kind AND l.label = f.label
      WHERE f.kind IN ('technique', 'frame', 'genre') GROUP BY f.analysis_id, l.no
    UNION ALL
    SELECT c.analysis_id, l.no, count(*)
      FROM (SELECT DISTINCT analysis_id, paragraph, category FROM findings WHERE kind = 'technique' AND category IS NOT NULL) c
      JOIN tally_labels l ON l.kind = 'category' AND l.label = c.category GROUP BY c.analysis_id, l.no)
  GROUP BY analysis_id;
`,
  },
  {
    // Whether an id is already stored from a source with other text or URL (`check`): a lookup
    // per article read, which without this index scanned every article.
    version: 4,
    name: 'index of article ids by source',
    sql: `CREATE INDEX articles_by_id ON articles (article_id, coalesce(source, ''));`,
  },
];
