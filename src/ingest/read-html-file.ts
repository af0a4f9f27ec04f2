/** Reader for HTML files (`.html`, `.htm`). */
import type { Article, SourceMeta } from '../document/article.js';
import { InputError } from '../errors.js';
import { articleIdFromPath } from './article-id.js';
import { decodeCharset, sniffHtmlCharset } from './decode-charset.js';
import { looksBinary } from './decode-text.js';
import { htmlExtractor } from './html-extractor.js';
import { htmlToArticle } from './html-article.js';
import type { ReadOptions } from './read-options.js';
import { readFileBytes } from './read-text-file.js';

/**
 * Reads an HTML file and extracts its article (main text, title, byline, date, canonical URL).
 * The charset comes from a BOM or `<meta charset>`, UTF-8 otherwise; the id is the base name.
 * @example
 * const article = await readHtmlFile('saved/story.html');
 */
export async function readHtmlFile(path: string, options: ReadOptions = {}): Promise<Article> {
  return htmlBytesToArticle(await readFileBytes(path, options.maxBytes), path, articleIdFromPath(path), { format: 'html', path });
}

/**
 * The article of an HTML page's bytes (a file's, or standard input's), as `readHtmlFile` reads
 * it; `input` names the page in errors.
 */
export async function htmlBytesToArticle(bytes: Uint8Array, input: string, id: string, source: SourceMeta): Promise<Article> {
  if (looksBinary(bytes) && sniffHtmlCharset(bytes)?.startsWith('utf-16') !== true) {
    throw new InputError({ input }, 'looks like a binary file');
  }
  const html = decodeCharset(bytes, sniffHtmlCharset(bytes), input);
  if (html.trim() === '') throw new InputError({ input }, 'is empty');
  return htmlToArticle((await htmlExtractor())(html), id, source, input);
}
