/** Reader for plain text files, including single SemEval `article<ID>.txt` files. */
import { readFile, stat } from 'node:fs/promises';
import type { Article, SourceMeta } from '../document/article.js';
import { InputError } from '../errors.js';
import { articleIdFromPath, semevalId } from './article-id.js';
import { decodeTextBytes } from './decode-text.js';
import { fsInputError } from './fs-error.js';
import { DEFAULT_LIMITS, formatMegabytes, type ReadOptions } from './read-options.js';
import { semevalLangFromPath } from './semeval-lang.js';

/**
 * The bytes of a file, after checking that it exists, is a regular file and is within `maxBytes`.
 * Throws an InputError otherwise.
 */
export async function readFileBytes(path: string, maxBytes: number = DEFAULT_LIMITS.maxBytes): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw fsInputError(error, path);
  }
  if (size > maxBytes) {
    throw new InputError({ input: path }, `is ${formatMegabytes(size)}, over the limit of ${formatMegabytes(maxBytes)}`);
  }
  try {
    return await readFile(path);
  } catch (error) {
    throw fsInputError(error, path);
  }
}

/**
 * Reads a UTF-8 text file as one article. The id is the SemEval ID for `article<ID>.txt`, else
 * the base name without extension; the text is kept exactly as read. SemEval files get
 * `source.format = 'semeval'` and, inside the official layout, their language.
 * @example
 * const article = await readTextFile('examples/article1.txt');
 */
export async function readTextFile(path: string, options: ReadOptions = {}): Promise<Article> {
  const bytes = await readFileBytes(path, options.maxBytes);
  const text = decodeTextBytes(bytes, path);
  const isSemeval = semevalId(path) !== undefined;
  const source: SourceMeta = { format: isSemeval ? 'semeval' : 'text', path };
  const article: Article = { id: articleIdFromPath(path), text, source };
  const lang = isSemeval ? semevalLangFromPath(path) : undefined;
  if (lang !== undefined) article.lang = lang;
  return article;
}
