/**
 * An article as the store keeps it: metadata flattened, the sha256 of its text (the key of its
 * analyses), its word count, and the day it was published.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../document/article.js';
import type { ArticleKey, ArticleRow } from './corpus-store.js';
import { isCalendarDay } from '../ingest/html-meta.js';
import { isLangCode } from '../lang/normalize-lang-code.js';

/** sha256 of the text's UTF-8 bytes, in hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

/** Words in `text`: runs of letters and digits (with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/**
 * The calendar day of a publication date, `YYYY-MM-DD`: the date as written when it starts with
 * one (the source's local day; undefined if no such day exists), else the UTC day of what `Date`
 * can parse; undefined otherwise.
 * @example
 * publishedDay('2024-03-31T23:30:00-05:00'); // '2024-03-31'
 */
export function publishedDay(value: string): string | undefined {
  const m = /^((\d{4})-(\d{2})-(\d{2}))/.exec(value.trim());
  if (m !== null) return isCalendarDay(Number(m[2]), Number(m[3]), Number(m[4])) ? m[1] : undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** The store's row for an article. */
export function toArticleRow(article: Article): ArticleRow {
  const row: ArticleRow = { articleId: article.id, text: article.text, contentHash: contentHash(article.text), words: countWords(article.text) };
  const meta = article.source ?? {};
  if (meta.outlet !== undefined && meta.outlet !== '') row.source = meta.outlet;
  const url = meta.canonicalUrl ?? meta.url;
  if (url !== undefined && url !== '') row.url = url;
  if (meta.publishedAt !== undefined && meta.publishedAt !== '') {
    row.publishedAt = meta.publishedAt;
    const day = publishedDay(meta.publishedAt);
    if (day !== undefined) row.publishedDay = day;
  }
  if (article.lang !== undefined) row.langGiven = article.lang;
  if (article.title !== undefined) row.title = article.title;
  return row;
}

/** The row's identity in the store. */
export function keyOf(row: ArticleRow): ArticleKey {
  const key: ArticleKey = { contentHash: row.contentHash };
  if (row.source !== undefined) key.source = row.source;
  if (row.url !== undefined) key.url = row.url;
  return key;
}

/** The key as one string (for sets of keys in flight). */
export function keyString(key: ArticleKey): string {
  return `${key.contentHash}\u0000${key.source ?? ''}\u0000${key.url ?? ''}`;
}

/** The article to analyse again from a stored row. */
export function articleFromRow(row: ArticleRow): Article {
  const article: Article = { id: row.articleId, text: row.text };
  if (row.title !== undefined) article.title = row.title;
  // A stored language that is no code (read as given before stop 47) is left to detection.
  if (row.langGiven !== undefined && isLangCode(row.langGiven)) article.lang = row.langGiven;
  const source: NonNullable<Article['source']> = {};
  if (row.source !== undefined) source.outlet = row.source;
  if (row.url !== undefined) source.url = row.url;
  if (row.publishedAt !== undefined) source.publishedAt = row.publishedAt;
  if (Object.keys(source).length > 0) article.source = source;
  return article;
}
