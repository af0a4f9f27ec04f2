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
  /** The text's first words (at most 120 characters), for an article without a title. */
  lead?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  lang: string;
  words: number;
  paragraphs: number;
  /**
   * Technique findings (paragraph level). Absent when the techniques were not analysed: no
   * analysis is stored yet, or the text has no word (where 0 would read "none found").
   */
  techniques?: number;
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

/** Longest `lead` of an article summary, in characters (code points), its `…` included. */
const LEAD_CHARS = 120;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * An untitled article's lead: its first words, spaces collapsed, cut at a word end (or, in a
 * text without spaces, between two characters as a reader sees them) so that it holds at most
 * 120 characters with its `…`.
 * @example
 * leadOf('The council  met\non Tuesday.'); // 'The council met on Tuesday.'
 */
export function leadOf(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if ([...flat].length <= LEAD_CHARS) return flat;
  let head = '';
  let chars = 0;
  for (const { segment } of graphemes.segment(flat)) {
    chars += [...segment].length;
    if (chars > LEAD_CHARS - 1) break;
    head += segment;
  }
  const cut = head.lastIndexOf(' ');
  return `${(cut > head.length / 2 ? head.slice(0, cut) : head).replace(/[\s\p{P}]+$/u, '')}…`;
}
