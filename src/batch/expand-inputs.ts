/**
 * Glob patterns among the inputs (`data/*.txt`, `corpus/**\/*.jsonl`), expanded here so they work
 * the same from every shell (Node 20 has no fs.glob). An input that exists as a path, a URL or
 * `-` is kept as is; a pattern is replaced by its matching files in name order.
 */
import { existsSync } from 'node:fs';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../errors.js';
import { looksLikeUrl } from '../ingest/read-url.js';

/** An input to read, or the error that replaced it. */
export type ExpandedInput = { input: string } | { input: string; error: InputError };

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The inputs with their patterns expanded, in the given order.
 * @example
 * await expandInputs(['a.txt', 'corpus/*.jsonl']); // [{ input: 'a.txt' }, { input: 'corpus/1.jsonl' }, ...]
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInput[]> {
  const out: ExpandedInput[] = [];
  for (const input of inputs) {
    if (input === '-' || looksLikeUrl(input) || existsSync(input) || !isDynamicPattern(input)) {
      out.push({ input });
      continue;
    }
    const files = (await glob(input, { onlyFiles: true, dot: false, expandDirectories: false })).sort(byName);
    if (files.length === 0) out.push({ input, error: new InputError({ input }, 'no file matches this pattern') });
    for (const file of files) out.push({ input: file });
  }
  return out;
}
