/** Reader for standard input (`-`). */
import type { Article } from '../document/article.js';
import { InputError } from '../errors.js';
import { decodeTextBytes } from './decode-text.js';
import { DEFAULT_LIMITS, formatMegabytes, type ReadOptions } from './read-options.js';

/** The input name used for stdin in messages and results. */
export const STDIN_INPUT = '-';

/** Collects a stream's bytes, failing as soon as they pass `maxBytes` (it does not read the rest). */
export async function readStreamBytes(stream: NodeJS.ReadableStream, input: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.length;
    if (total > maxBytes) {
      throw new InputError({ input }, `is over the limit of ${formatMegabytes(maxBytes)}`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads all of stdin (or `options.stdin`) as one UTF-8 article with id `stdin`.
 * @example
 * const article = await readStdin({ stdin: Readable.from(['Some text\n']) });
 */
export async function readStdin(options: ReadOptions = {}): Promise<Article> {
  const stream = options.stdin ?? process.stdin;
  const bytes = await readStreamBytes(stream, STDIN_INPUT, options.maxBytes ?? DEFAULT_LIMITS.maxBytes);
  const text = decodeTextBytes(bytes, STDIN_INPUT);
  return { id: 'stdin', text, source: { format: 'stdin' } };
}
