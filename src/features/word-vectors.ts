/**
 * Word-vector lexicons (`models/lexicon/vectors-*.bin`): pretrained unit vectors of a language's
 * most frequent words, int8 with a scale per word (scripts/build-word-vectors.ts). A model whose
 * decision names a lexicon reads an article's mean vector over its words that have one; each
 * word's share of a linear function of that mean is its evidence. The lexicon is read once,
 * lazily, and checked against the SHA-256 the model was fitted with.
 */
import path from 'node:path';
import type { Document } from '../document/document.js';
import { decodeContainer, encodeContainer, sha256 } from '../models/model-file.js';
import { ModelError } from '../errors.js';
import { lexiconDir, lexiconOnce } from './lexicon-file.js';

/** `kind` in the container header of a vector lexicon. */
export const VECTORS_KIND = 'word-vectors';

/** A parsed vector lexicon. */
export interface WordVectors {
  sha256: string;
  dims: number;
  /** Word → row. */
  index: Map<string, number>;
  /** `rows × dims` quantised components; row r's vector is `q[r·dims + k] × scale[r]`. */
  q: Int8Array;
  scale: Float32Array;
}

/** What a decision says about the lexicon it reads: the file in `models/lexicon/` and its SHA-256. */
export interface VectorLexiconRef {
  file: string;
  sha256: string;
}

/**
 * Encodes unit vectors (`words.length × dims`, row-major) as a lexicon file: each row int8 at
 * its own scale (the largest component ↦ ±127). `about` goes into the header (source, licence).
 */
export function encodeWordVectors(words: readonly string[], dims: number, vectors: Float32Array, about: Record<string, string>): Uint8Array {
  const n = words.length;
  const q = new Int8Array(n * dims);
  const scale = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    let max = 0;
    for (let k = 0; k < dims; k++) max = Math.max(max, Math.abs(vectors[r * dims + k] as number));
    scale[r] = max / 127;
    for (let k = 0; k < dims; k++) q[r * dims + k] = max === 0 ? 0 : Math.round(((vectors[r * dims + k] as number) / max) * 127);
  }
  const text = Buffer.from(words.join('\n'), 'utf8');
  const raw = Buffer.concat([Buffer.from(q.buffer), Buffer.from(scale.buffer), text]);
  // `about` describes the file; it cannot override what the reader checks.
  const described = Object.fromEntries(Object.entries(about).filter(([k]) => !['format', 'kind', 'formatVersion', 'dims', 'words', 'body'].includes(k)));
  return encodeContainer({ format: 'slant-model', kind: VECTORS_KIND, formatVersion: 1, dims, words: n, ...described }, raw);
}

/**
 * Decodes a lexicon file's bytes; `source` names it in messages.
 * @throws ModelError when they are not a vector lexicon or are corrupt.
 */
export function decodeWordVectors(bytes: Uint8Array, source: string): WordVectors {
  const { header, raw } = decodeContainer(bytes, source);
  const dims = header['dims'];
  const n = header['words'];
  if (header['kind'] !== VECTORS_KIND || header['formatVersion'] !== 1) throw new ModelError(`${source}: not a slant word-vector lexicon (version 1)`);
  if (!Number.isInteger(dims) || !Number.isInteger(n) || (dims as number) < 1 || (n as number) < 1) throw new ModelError(`${source}: word-vector lexicon header malformed (dims, words)`);
  const D = dims as number;
  const N = n as number;
  const textAt = N * D + 4 * N;
  if (raw.byteLength < textAt) throw new ModelError(`${source}: word-vector lexicon is truncated`);
  // Copies: the body's offsets need not be aligned for a Float32Array view.
  const q = new Int8Array(raw.buffer, raw.byteOffset, N * D).slice();
  const scale = new Float32Array(Uint8Array.from(raw.subarray(N * D, textAt)).buffer);
  const words = Buffer.from(raw.buffer, raw.byteOffset + textAt, raw.byteLength - textAt).toString('utf8').split('\n');
  if (words.length !== N) throw new ModelError(`${source}: word-vector lexicon holds ${words.length} words, its header says ${N}`);
  return { sha256: sha256(bytes), dims: D, index: new Map(words.map((w, r) => [w, r])), q, scale };
}

const loaded = new Map<string, WordVectors>();

/**
 * The shipped lexicon `name` (a file in `models/lexicon/`), read once.
 * @throws ModelError when it cannot be read or is not a vector lexicon.
 */
export function readWordVectors(name: string): WordVectors {
  return lexiconOnce(loaded, name, 'word-vector lexicon', decodeWordVectors);
}

/**
 * The lexicon `ref` names, read once and checked against the hash the model was fitted with.
 * `retrain` is the command the message suggests.
 * @throws ModelError when it is missing, malformed or a different file.
 */
export function loadWordVectors(ref: VectorLexiconRef, retrain: string): WordVectors {
  // Scoring asks once per article; a decision's reference is checked against its file once.
  let lex = verified.get(ref);
  if (lex === undefined) {
    lex = readWordVectors(ref.file);
    if (lex.sha256 !== ref.sha256) throw new ModelError(`${path.join(lexiconDir(), ref.file)}: differs from the word-vector lexicon the model was fitted with; retrain it (${retrain})`);
    verified.set(ref, lex);
  }
  return lex;
}

const verified = new WeakMap<VectorLexiconRef, WordVectors>();

/** The lexicon rows of an article's tokens in article-wide order (`articleTokenOffsets`): -1 for a word without a vector. */
export function tokenRows(lex: WordVectors, doc: Document): Int32Array {
  const count = doc.paragraphs.reduce((a, p) => a + p.tokens.length, 0);
  const out = new Int32Array(count);
  let t = 0;
  for (const p of doc.paragraphs) for (const tok of p.tokens) out[t++] = lex.index.get(tok.norm) ?? -1;
  return out;
}

/** How many of `rows` have a vector (are not -1). */
export function rowsWithVector(rows: Int32Array): number {
  let n = 0;
  for (const r of rows) if (r >= 0) n++;
  return n;
}

/** The mean vector of the rows in `rows` that are not -1 (zeros when none is). */
export function meanVector(lex: WordVectors, rows: Int32Array): Float64Array {
  const { dims, q, scale } = lex;
  const acc = new Float64Array(dims);
  let n = 0;
  for (const r of rows) {
    if (r < 0) continue;
    n++;
    const s = scale[r] as number;
    for (let k = 0, o = r * dims; k < dims; k++, o++) acc[k] = (acc[k] as number) + (q[o] as number) * s;
  }
  if (n > 0) for (let k = 0; k < dims; k++) acc[k] = (acc[k] as number) / n;
  return acc;
}
