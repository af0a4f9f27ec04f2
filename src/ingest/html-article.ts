/** Builds an Article from what the HTML extraction found. */
import type { Article, SourceMeta } from '../document/article.js';
import { InputError } from '../errors.js';
import type { HtmlArticle } from './extract-html.js';

/**
 * The Article for an extracted page: the main text as `text`, the title apart, metadata in
 * `source` (site name as `outlet`). Throws an InputError when the page has no text.
 */
export function htmlToArticle(found: HtmlArticle, id: string, source: SourceMeta, input: string, line?: number): Article {
  if (found.text.trim() === '') {
    throw new InputError(line === undefined ? { input } : { input, line }, 'is empty (no article text found in the HTML)');
  }
  const meta: SourceMeta = { ...source };
  if (found.canonicalUrl !== undefined) meta.canonicalUrl = found.canonicalUrl;
  if (found.siteName !== undefined && meta.outlet === undefined) meta.outlet = found.siteName;
  if (found.byline !== undefined) meta.byline = found.byline;
  if (found.publishedAt !== undefined && meta.publishedAt === undefined) meta.publishedAt = found.publishedAt;
  const article: Article = { id, text: found.text, source: meta };
  if (found.title !== undefined) article.title = found.title;
  return article;
}
