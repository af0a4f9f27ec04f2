/**
 * Readers: turn inputs (text files, stdin, SemEval folders, JSONL corpora, HTML files, URLs) into
 * Articles, or one clear InputError per bad input. The SemEval label, template and span readers
 * live in `semeval-labels.ts`.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { fsInputError } from './fs-error.js';
import { listArticleFolder } from './read-folder.js';
import { readHtmlFile } from './read-html-file.js';
import { isJsonlPath, JSON_DOCUMENT_HINT, readJsonl } from './read-jsonl.js';
import type { InputResult, ReadOptions } from './read-options.js';
import { readStdinInputs, STDIN_INPUT } from './read-stdin.js';
import { readTextFile } from './read-text-file.js';
import { looksLikeUrl, readUrl } from './read-url.js';

/** Options, results and limits. */
export { DEFAULT_LIMITS, type InputResult, type ReadOptions } from './read-options.js';
/** The single readers. */
export { readTextFile } from './read-text-file.js';
export { readStdinInputs, STDIN_INPUT } from './read-stdin.js';
export { readHtmlFile } from './read-html-file.js';
export { readJsonl } from './read-jsonl.js';
export { readUrl, looksLikeUrl } from './read-url.js';
export { listArticleFolder, readArticleFolder, type FolderListing } from './read-folder.js';
/** Building blocks other stages may reuse. */
export type { HtmlArticle } from './extract-html.js';
export { htmlExtractor } from './html-extractor.js';
export { fetchPage, type FetchedPage } from './fetch-page.js';
export { classifyAddress, type AddressKind } from './address-policy.js';
export { articleIdFromPath, semevalId } from './article-id.js';
export { semevalLangFromPath } from './semeval-lang.js';

/** Any failure as an InputError for `input` (unexpected ones keep only their message). */
function asInputError(error: unknown, input: string): InputError {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new InputError({ input }, `could not be read (${message})`, { cause: error });
}

/** Reads one file by its extension: JSONL corpora (.jsonl, .ndjson) line by line, HTML by extraction, .json refused, else text. */
async function* readFileInput(path: string, options: ReadOptions): AsyncGenerator<InputResult> {
  const ext = extname(path).toLowerCase();
  if (isJsonlPath(path)) return yield* readJsonl(path, options);
  // Read as text it would be one article made of JSON syntax: say how to give it instead.
  if (ext === '.json') throw new InputError({ input: path }, `is a .json file: ${JSON_DOCUMENT_HINT}`);
  const article = ext === '.html' || ext === '.htm' ? await readHtmlFile(path, options) : await readTextFile(path, options);
  yield { input: path, article };
}

/** Reads one input of any kind; failures of single files are yielded, not thrown. */
async function* readOne(input: string, options: ReadOptions): AsyncGenerator<InputResult> {
  if (input === STDIN_INPUT) return yield* readStdinInputs(options);
  if (looksLikeUrl(input)) return yield { input, article: await readUrl(input, options) };
  let isFolder: boolean;
  try {
    isFolder = (await stat(input)).isDirectory();
  } catch (error) {
    throw fsInputError(error, input);
  }
  if (!isFolder) return yield* readFileInput(input, options);
  const { files } = await listArticleFolder(input);
  for (const file of files) {
    try {
      yield* readFileInput(file, options);
    } catch (error) {
      yield { input: file, error: asInputError(error, file) };
    }
  }
}

/**
 * Reads every input in order and yields one result per article or failure: a bad input yields
 * `{ input, error }` and reading goes on with the next. An input is a text file, an `.html`/`.htm`
 * file, a `.jsonl` corpus (one result per line), a folder (SemEval `article<ID>.txt` files by ID,
 * else its .txt/.html/.htm/.jsonl files by name), `-` for stdin, or an http(s) URL.
 * @example
 * for await (const result of readInputs(['article1.txt', 'https://example.org/a'])) {
 *   if ('error' in result) console.error(result.error.toString());
 *   else console.log(result.article.id);
 * }
 */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<InputResult> {
  for (const input of inputs) {
    try {
      yield* readOne(input, options);
    } catch (error) {
      yield { input, error: asInputError(error, input) };
    }
  }
}
