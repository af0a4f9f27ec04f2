/**
 * Reader for standard input (`-`): one article, an HTML page, or a JSONL corpus, told apart by
 * the first characters (as a file is by its extension).
 */
import { InputError } from '../errors.js';
import { decodeTextBytes } from './decode-text.js';
import { htmlBytesToArticle } from './read-html-file.js';
import { JSON_DOCUMENT_HINT, readJsonlStream } from './read-jsonl.js';
import { DEFAULT_LIMITS, formatMegabytes, type InputResult, type ReadOptions } from './read-options.js';
import { startsWithHtmlTag } from './looks-like-html.js';

/** The input name used for stdin in messages and results. */
export const STDIN_INPUT = '-';

/** A stream chunk as bytes. */
const asBuffer = (chunk: Buffer | string): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));

/** Collects a stream's bytes, failing as soon as they pass `maxBytes` (it does not read the rest). */
export async function readStreamBytes(stream: AsyncIterable<Buffer | string>, input: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = asBuffer(chunk);
    total += buffer.length;
    if (total > maxBytes) {
      throw new InputError({ input }, `is over the limit of ${formatMegabytes(maxBytes)}`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/** How standard input is read, from its first characters. */
export type StdinKind = 'jsonl' | 'json-array' | 'html' | 'text';

/** The kind of input whose first bytes are `head`: `{"` opens a JSONL corpus, an HTML tag a page. */
export function stdinKind(head: Buffer): StdinKind {
  const start = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  // A record opens with a quoted key; an article may well open with a brace ("{Editorial} …").
  if (/^\{\s*("|\})/.test(start)) return 'jsonl';
  if (/^\[\s*\{\s*"/.test(start)) return 'json-array';
  if (startsWithHtmlTag(start)) return 'html';
  return 'text';
}

/** How many bytes are looked at to tell the kind (a page's leading whitespace and doctype fit). */
const HEAD_BYTES = 1024;

/**
 * Reads standard input (or `options.stdin`) by its kind: each record of a JSONL corpus (errors
 * name `-` and the line), the article of an HTML page, or the whole text as one article with id `stdin`.
 * @example
 * for await (const result of readStdinInputs({ stdin: Readable.from(['{"id":"a","text":"Hi."}\n']) })) use(result);
 */
export async function* readStdinInputs(options: ReadOptions = {}): AsyncGenerator<InputResult> {
  const stream = options.stdin ?? process.stdin;
  const chunks = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let seen = 0;
  while (seen < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done === true) break;
    const buffer = asBuffer(next.value);
    head.push(buffer);
    seen += buffer.length;
  }
  const all: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield asBuffer(next.value);
    },
  };
  const kind = stdinKind(Buffer.concat(head));
  if (kind === 'jsonl') return yield* readJsonlStream(all, STDIN_INPUT, options);
  if (kind === 'json-array') throw new InputError({ input: STDIN_INPUT }, `is a JSON array: ${JSON_DOCUMENT_HINT}`);
  const bytes = await readStreamBytes(all, STDIN_INPUT, options.maxBytes ?? DEFAULT_LIMITS.maxBytes);
  if (kind === 'text') return yield { input: STDIN_INPUT, article: { id: 'stdin', text: decodeTextBytes(bytes, STDIN_INPUT), source: { format: 'stdin' } } };
  yield { input: STDIN_INPUT, article: await htmlBytesToArticle(bytes, STDIN_INPUT, 'stdin', { format: 'stdin' }) };
}
