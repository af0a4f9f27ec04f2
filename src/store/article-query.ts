/** Listing stored articles (`GET /api/v1/articles`): filters, paging, and what comes back. */
import type { Analysis } from '../result.js';
import type { ArticleFilter } from './stats-query.js';

/** A page of the article list, newest first (by published day, then by row id). */
export interface ArticleQuery extends ArticleFilter {
  /** At most this many (1–500). */
  limit: number;
  offset: number;
}

/** One article in a list: metadata and a few counts, no text. */
export interface ArticleSummary {
  rowId: number;
  articleId: string;
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  lang: string;
  words: number;
  paragraphs: number;
  /** Technique findings (paragraph level). */
  techniques: number;
  genre?: string;
}

/** A page of articles and the number matching the filters. */
export interface ArticlePage {
  total: number;
  articles: ArticleSummary[];
}

/** One stored article with its text and analysis (absent when none is stored yet). */
export interface StoredArticle extends ArticleSummary {
  text: string;
  contentHash: string;
  analysis?: Analysis;
}
