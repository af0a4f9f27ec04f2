/** Reader for HTML files (`.html`, `.htm`). */
import type { Article } from '../document/article.js';
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
  const bytes = await readFileBytes(path, options.maxBytes);
  if (looksBinary(bytes) && sniffHtmlCharset(bytes)?.startsWith('utf-16') !== true) {
    throw new InputError({ input: path }, 'looks like a binary file');
  }
  const html = decodeCharset(bytes, sniffHtmlCharset(bytes), path);
  if (html.trim() === '') throw new InputError({ input: path }, 'is empty');
  return htmlToArticle((await htmlExtractor())(html), articleIdFromPath(path), { format: 'html', path }, path);
}
