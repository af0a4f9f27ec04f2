/**
 * Reader for JSONL corpora: one article per line, streamed so a corpus of any size is read in
 * bounded memory. A bad line gives an error result naming the file and line; reading goes on.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { open, stat } from 'node:fs/promises';
import type { Article, SourceMeta } from '../document/article.js';
import { InputError } from '../errors.js';
import { parseCorpusRecord, type CorpusRecord } from './corpus-record.js';
import { decodeUtf8Strict, looksBinary } from './decode-text.js';
import type { extractHtml } from './extract-html.js';
import { htmlExtractor } from './html-extractor.js';
import { fsInputError } from './fs-error.js';
import { htmlToArticle } from './html-article.js';

/** The extensions of JSONL corpora (one article object per line). */
export const JSONL_EXTENSIONS: readonly string[] = Object.freeze(['.jsonl', '.ndjson']);

/** Whether `path` names a JSONL corpus by its extension. */
export const isJsonlPath = (path: string): boolean => JSONL_EXTENSIONS.includes(extname(path).toLowerCase());

/** What to do with a JSON document (an array of articles) instead. */
export const JSON_DOCUMENT_HINT = "slant reads a corpus as JSONL, one article object per line (.jsonl or .ndjson); from a JSON array, jq -c '.[]' gives that";
import { normalizeDate } from './html-meta.js';
import { readByteLines } from './read-byte-lines.js';
import { DEFAULT_LIMITS, formatMegabytes, type InputResult, type ReadOptions } from './read-options.js';

/** Checks that `path` is a readable, non-binary file; throws an InputError otherwise. */
async function checkCorpusFile(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
      if (looksBinary(buffer.subarray(0, bytesRead))) throw new InputError({ input: path }, 'looks like a binary file');
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof InputError ? error : fsInputError(error, path);
  }
}

/** The Article for a checked record on `line` of `path`; `extract` reads a record without text (its html). */
function recordToArticle(record: CorpusRecord, path: string, line: number, extract: typeof extractHtml | undefined): Article {
  const source: SourceMeta = { format: 'jsonl', path, line };
  if (record.url !== undefined) source.url = record.url;
  if (record.source !== undefined) source.outlet = record.source;
  if (record.publishedAt !== undefined) source.publishedAt = normalizeDate(record.publishedAt) ?? record.publishedAt;
  let article: Article;
  if (record.text !== undefined) article = { id: record.id, text: record.text, source };
  else if (extract !== undefined) article = htmlToArticle(extract(record.html ?? '', record.url), record.id, source, path, line);
  else throw new Error('slant: an html record reached recordToArticle without the extractor');
  if (record.title !== undefined) article.title = record.title;
  if (record.lang !== undefined) article.lang = record.lang.toLowerCase();
  return article;
}

/** Decodes and checks one line's bytes; undefined for a blank line. */
function lineToRecord(bytes: Buffer, path: string, line: number): CorpusRecord | undefined {
  let json = decodeUtf8Strict(bytes, path, line);
  if (line === 1) json = json.replace(/^\uFEFF/, '');
  if (json.trim() === '') return undefined;
  return parseCorpusRecord(json, path, line);
}

/**
 * Reads a JSONL corpus line by line. Each line yields an article or an error naming file and line
 * (invalid JSON or UTF-8, missing id, neither text nor html, wrong types, a line over `maxBytes`,
 * an id already seen in the file). Blank lines are skipped; a file without records is an error.
 * @example
 * for await (const result of readJsonl('corpus.jsonl')) if ('article' in result) use(result.article);
 */
export async function* readJsonl(path: string, options: ReadOptions = {}): AsyncGenerator<InputResult> {
  try {
    await checkCorpusFile(path);
  } catch (error) {
    yield { input: path, error: error instanceof InputError ? error : fsInputError(error, path) };
    return;
  }
  yield* readJsonlStream(createReadStream(path), path, options);
}

/**
 * `readJsonl` over a stream already open (a file's, or stdin's when it holds a corpus), named
 * `path` in messages.
 */
export async function* readJsonlStream(stream: AsyncIterable<Buffer | string>, path: string, options: ReadOptions = {}): AsyncGenerator<InputResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const firstLine = new Map<string, number>();
  let records = 0;
  for await (const item of readByteLines(stream, maxBytes)) {
    const { line } = item;
    try {
      if (!('bytes' in item)) throw new InputError({ input: path, line }, `line is over the limit of ${formatMegabytes(maxBytes)}`);
      const record = lineToRecord(item.bytes, path, line);
      if (record === undefined) continue;
      const article = recordToArticle(record, path, line, record.text === undefined ? await htmlExtractor() : undefined);
      records++;
      const seen = firstLine.get(article.id);
      if (seen !== undefined) throw new InputError({ input: path, line }, `duplicate id ${JSON.stringify(article.id)} (first on line ${seen})`);
      firstLine.set(article.id, line);
      yield { input: path, article, line };
    } catch (error) {
      records++;
      yield { input: path, error: error instanceof InputError ? error : new InputError({ input: path, line }, String(error)) };
    }
  }
  if (records === 0) yield { input: path, error: new InputError({ input: path }, 'is empty') };
}
