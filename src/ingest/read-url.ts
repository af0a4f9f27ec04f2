/** Reader for http(s) URLs: fetch under the URL rules, then extract the article. */
import type { Article } from '../document/article.js';
import { InputError } from '../errors.js';
import { charsetFromContentType, decodeCharset, sniffHtmlCharset } from './decode-charset.js';
import { bomCharset } from './sniff-charset.js';
import { looksBinary } from './decode-text.js';
import { htmlExtractor } from './html-extractor.js';
import { fetchPage } from './fetch-page.js';
import { htmlToArticle } from './html-article.js';
import type { ReadOptions } from './read-options.js';

/**
 * True when `input` looks like a URL (`scheme://...`) rather than a path. Schemes other than
 * http(s) are still routed to {@link readUrl}, which refuses them with a clear message.
 */
export function looksLikeUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/**
 * Fetches a page and returns its article. HTML pages go through main-text extraction (title,
 * byline, date, canonical URL, site name); `text/plain` pages are taken as they are. The id is
 * the URL as given; `source.url` is where redirects ended.
 * @example
 * const article = await readUrl('https://example.org/news/1', { timeoutMs: 10_000 });
 */
export async function readUrl(input: string, options: ReadOptions = {}): Promise<Article> {
  const page = await fetchPage(input, options);
  // A BOM says more than the header does (the HTML standard's order, and browsers').
  const bom = bomCharset(page.bytes);
  const declared = bom ?? charsetFromContentType(page.contentType);
  if (page.mediaType === 'text/plain') {
    if (looksBinary(page.bytes) && bom?.startsWith('utf-16') !== true) throw new InputError({ input }, 'looks like a binary file');
    const text = decodeCharset(page.bytes, declared, input);
    if (text.trim() === '') throw new InputError({ input }, 'is empty');
    return { id: input, text, source: { format: 'url', url: page.url } };
  }
  const html = decodeCharset(page.bytes, declared ?? sniffHtmlCharset(page.bytes), input);
  if (html.trim() === '') throw new InputError({ input }, 'is empty');
  return htmlToArticle((await htmlExtractor())(html, page.url), input, { format: 'url', url: page.url }, input);
}
