/**
 * How many articles the inputs hold, for the progress bar's total and ETA: one per file, URL or
 * stdin, the files a folder lists, the non-empty lines of a JSONL corpus. Undefined when it
 * cannot be told cheaply (a pattern that matches nothing, an unreadable path).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { listArticleFolder } from '../ingest/read-folder.js';
import { looksLikeUrl } from '../ingest/read-url.js';
import { expandInputs } from './expand-inputs.js';
import { isJsonlPath } from '../ingest/read-jsonl.js';

/** Non-empty lines of a file, counted by streaming it. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let blank = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (!blank) lines++;
        blank = true;
      } else if (byte !== 13 && byte !== 32) blank = false;
    }
  }
  return blank ? lines : lines + 1;
}

async function countFile(path: string): Promise<number> {
  return isJsonlPath(path) ? countLines(path) : 1;
}

async function countOne(input: string): Promise<number> {
  if (input === '-' || looksLikeUrl(input)) return 1;
  if (!(await stat(input)).isDirectory()) return countFile(input);
  let n = 0;
  for (const file of (await listArticleFolder(input)).files) n += await countFile(file);
  return n;
}

/**
 * The number of articles in `inputs`, or undefined when it cannot be told.
 * @example
 * await countArticles(['corpus.jsonl', 'more/']); // 10412
 */
export async function countArticles(inputs: readonly string[]): Promise<number | undefined> {
  try {
    let n = 0;
    for (const item of await expandInputs(inputs)) {
      if ('error' in item) return undefined;
      n += await countOne(item.input);
    }
    return n;
  } catch {
    return undefined;
  }
}
