/**
 * The corpus store (issue 9): articles, their analyses keyed by content hash and model, and the
 * findings rows aggregated by `slant stats`. Callers (CLI, server, ingest loop) see only this
 * interface; SQLite is the embedded default (`sqlite/`), and a PostgreSQL adapter can satisfy the
 * same interface later. Every method is async for that reason, even where SQLite is synchronous.
 */
import type { Analysis } from '../result.js';
import type { ArticleQuery, ArticlePage, StoredArticle } from './article-query.js';
import type { StatsQuery, StatsResult } from './stats-query.js';

/** The model an analysis was made with; analyses are keyed by content hash and this. */
export interface ModelRef {
  id: string;
  version: string;
}

/**
 * A stored analysis's model and the language it analysed the text in. Model versions differ by
 * language (each language has its own model files), so whether an analysis is current depends on both.
 */
export interface StoredModel extends ModelRef {
  lang: string;
}

/** An article as the store keeps it, before it has a row. */
export interface ArticleRow {
  /** The input's id (file name, JSONL id, SemEval id). */
  articleId: string;
  source?: string;
  url?: string;
  /** As given by the source. */
  publishedAt?: string;
  /** `YYYY-MM-DD` from `publishedAt`, for periods and date filters. */
  publishedDay?: string;
  /** Language given by the input (the analysis' language is stored as well). */
  langGiven?: string;
  title?: string;
  text: string;
  /** sha256 of `text` (UTF-8), hex. */
  contentHash: string;
  words: number;
}

/**
 * An article's identity in the store: the same text from the same source and URL. The same text
 * under another source (syndicated copy) is another article that shares the analysis.
 */
export interface ArticleKey {
  contentHash: string;
  source?: string;
  url?: string;
}

/** A key to check, with the id the article comes under. */
export interface CheckedKey extends ArticleKey {
  articleId: string;
}

/** What the store has for one key: the article row, if stored, and its text's analysis. */
export interface KeyState {
  /** The id of the stored article with this key; absent when no article has it. */
  storedId?: string;
  /** Its title and publication date as stored (a record read again may correct them; they are kept). */
  storedMeta?: { title?: string | undefined; publishedAt?: string | undefined };
  /**
   * True when another article is stored under the same id and source (coalesced) with other text
   * or URL: an earlier version of it, most likely.
   */
  idStoredOtherwise?: true;
  /** The model of the analysis stored for the text, if any (one per text). */
  analysis?: StoredModel;
}

/** One article to save; without `analysis` the stored analysis of its text for `model` is reused. */
export interface SaveItem {
  article: ArticleRow;
  analysis?: Analysis;
}

/** A stored article whose text has no analysis of the current models. */
export interface StaleArticle {
  /** The store's row id (keyset paging). */
  rowId: number;
  article: ArticleRow;
}

/** Sizes of the store, and which models its analyses come from. */
export interface StoreCounts {
  articles: number;
  analyses: number;
  findings: number;
  /** Articles per model and language of their analysis (articles without an analysis are not listed). */
  models: (StoredModel & { articles: number })[];
}

/** A corpus store. Saves are atomic and idempotent: saving the same item twice stores it once. */
export interface CorpusStore {
  /** Where the store is (a file path, or a URL for server databases). */
  readonly location: string;
  /** What the store has for each key, in the order given. */
  check(keys: readonly CheckedKey[]): Promise<KeyState[]>;
  /**
   * Saves articles and analyses in one transaction: an article already stored under its key is
   * kept; an analysis replaces the analyses of other models for the same text (with their findings).
   * The analysis is keyed by `analysis.model`.
   */
  save(items: readonly SaveItem[]): Promise<void>;
  /**
   * Up to `limit` stored articles after `afterRowId` whose text has no analysis of one of the
   * `current` models in that model's language.
   */
  stale(current: readonly StoredModel[], afterRowId: number, limit: number): Promise<StaleArticle[]>;
  /** Aggregates findings (see StatsQuery). */
  stats(query: StatsQuery): Promise<StatsResult>;
  /** Lists stored articles, newest first, filtered like stats. */
  articles(query: ArticleQuery): Promise<ArticlePage>;
  /** One stored article with its analysis, by row id. */
  article(rowId: number): Promise<StoredArticle | undefined>;
  /** Sizes and models. */
  counts(): Promise<StoreCounts>;
  /** Closes the store; further calls fail. */
  close(): Promise<void>;
}

/**
 * The reads the corpus routes make: a CorpusStore, or a reader of one on a worker thread
 * (SqliteReader), which may drop a read whose `signal` is aborted before its turn.
 */
export interface CorpusReads {
  stats(query: StatsQuery, signal?: AbortSignal): Promise<StatsResult>;
  articles(query: ArticleQuery, signal?: AbortSignal): Promise<ArticlePage>;
  article(rowId: number, signal?: AbortSignal): Promise<StoredArticle | undefined>;
}
