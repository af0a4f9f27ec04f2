/**
 * Hashed features of each token of a paragraph, for the span tagger (issue 6): the word, its
 * neighbours ±2, bigrams, prefix/suffix, shape, position, quotes and the sentence and paragraph
 * around it; with a word-cluster lexicon for the article's language, also the token's cluster and
 * the cluster pairs it forms with each neighbour. Each token gets a fixed list of bucket indices
 * in `[0, 2^bits)` (value 1 each).
 */
import type { Document, Paragraph, Token } from '../document/document.js';
import { murmur3, murmur3Range } from '../features/murmur3.js';
import { clustersFor, type ClusterSettings } from '../features/word-clusters.js';

/** Per-token feature buckets of one paragraph: `feats[i]` holds token i's buckets. */
export type TokenFeatureRows = Int32Array[];

const SEED = 0x5eed5;
const BOS = murmur3('<s>', SEED);
const EOS = murmur3('</s>', SEED);

/** Mixes a template id and up to two hashes into one 32-bit hash (MurmurHash3's finaliser). */
function mix(template: number, a: number, b = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The word's shape, compressed: `Xx`, `x`, `X`, `d`, or the punctuation itself. */
export function shapeOf(text: string, kind: Token['kind']): string {
  if (kind === 'number') return 'd';
  if (kind !== 'word') return text.length <= 2 ? text : 'p';
  const first = text[0] as string;
  const upperFirst = first !== first.toLowerCase();
  const allUpper = text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
  return allUpper ? 'X' : upperFirst ? 'Xx' : 'x';
}


/** Flags of the sentence each token sits in: 1 = ends with '?', 2 = ends with '!'. */
function sentenceFlags(text: string, p: Paragraph): Int8Array {
  const out = new Int8Array(p.tokens.length);
  // One flag per sentence, computed once (not once per token).
  const bySentence = new Int8Array(p.sentences.length).fill(-1);
  let s = 0;
  for (let i = 0; i < p.tokens.length; i++) {
    const t = p.tokens[i] as Token;
    while (s < p.sentences.length - 1 && t.start >= (p.sentences[s] as { end: number }).end) s++;
    const sent = p.sentences[s];
    if (!sent) continue;
    if (bySentence[s] === -1) {
      const tail = text.slice(sent.start, sent.end).trimEnd();
      bySentence[s] = tail.endsWith('?') ? 1 : tail.endsWith('!') ? 2 : 0;
    }
    out[i] = bySentence[s] as number;
  }
  return out;
}

/** Number of feature templates per token. */
export const TOKEN_TEMPLATES = 19;

/** Templates added when a lexicon serves the article: own cluster, cluster pair with the previous and with the next token. */
export const CLUSTER_TEMPLATES = 3;

/** Per-token hashes of one paragraph: word, shape, 3- and 5-prefix, 3-suffix. */
interface TokenHashes {
  word: Uint32Array;
  shape: Uint32Array;
  pre3: Uint32Array;
  pre5: Uint32Array;
  suf3: Uint32Array;
}

/** Memo of `murmur3(shape, SEED)` (few distinct shapes). */
const shapeHashes = new Map<string, number>();

function shapeHash(shape: string): number {
  let h = shapeHashes.get(shape);
  if (h === undefined) {
    h = murmur3(shape, SEED);
    if (shapeHashes.size < 4096) shapeHashes.set(shape, h);
  }
  return h;
}

/** `shapeOf(text.slice(t.start, t.end), t.kind)`, without the slice for the common lower-case word. */
function tokenShape(text: string, t: Token): string {
  const c = text.charCodeAt(t.start);
  // A word starting with a–z: not upper-first, and not all upper (its first letter changes).
  if (t.kind === 'word' && c >= 97 && c <= 122) return 'x';
  return shapeOf(text.slice(t.start, t.end), t.kind);
}

function tokenHashes(text: string, toks: readonly Token[]): TokenHashes {
  const n = toks.length;
  const out: TokenHashes = { word: new Uint32Array(n), shape: new Uint32Array(n), pre3: new Uint32Array(n), pre5: new Uint32Array(n), suf3: new Uint32Array(n) };
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    const norm = t.norm;
    const len = norm.length;
    out.word[i] = murmur3(norm, SEED);
    out.shape[i] = shapeHash(tokenShape(text, t));
    // Same hashes as murmur3(norm.slice(0, 3)), murmur3(norm.slice(0, 5)), murmur3(norm.slice(-3)).
    out.pre3[i] = murmur3Range(norm, 0, Math.min(3, len), SEED);
    out.pre5[i] = murmur3Range(norm, 0, Math.min(5, len), SEED);
    out.suf3[i] = murmur3Range(norm, Math.max(0, len - 3), len, SEED);
  }
  return out;
}

/** True when `text[start, end)` holds a quote character: " “ ” « » „ (as the regex /["“”«»„]/ tested). */
function hasQuote(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e) return true;
  }
  return false;
}

/** Rows already computed, per document: the technique decision, its evidence and the span stage all read them. */
const memo = new WeakMap<Document, Map<number | string, TokenFeatureRows>>();

/**
 * The feature buckets of every token of paragraph `index` of `doc`, computed once per document,
 * paragraph, `bits` and lexicon (callers only read them). `clusters` are the tagger's lexicon
 * settings; they add the cluster templates when they serve the document's language.
 * @throws ModelError when the lexicon is not the one `clusters` was made with.
 * @example
 * const rows = tokenFeatures(doc, 0, 18); // rows[i]: Int32Array of buckets of token i
 */
export function tokenFeatures(doc: Document, index: number, bits: number, clusters?: ClusterSettings): TokenFeatureRows {
  let byDoc = memo.get(doc);
  if (!byDoc) memo.set(doc, (byDoc = new Map()));
  const lexicon = clustersFor(clusters, doc.lang.code);
  const key = lexicon === null ? index * 64 + bits : `${index}/${bits}/${(clusters as ClusterSettings).sha256}`;
  let rows = byDoc.get(key);
  if (!rows) byDoc.set(key, (rows = computeTokenFeatures(doc, index, bits, lexicon)));
  return rows;
}

/** Bucket input of a token's cluster: its number, or 1 for a word the lexicon lacks, 0 outside the paragraph. */
function clusterInputs(toks: readonly Token[], lexicon: Map<string, number>): Int32Array {
  return Int32Array.from(toks, (t) => (lexicon.get(t.norm) ?? -1) + 2);
}

function computeTokenFeatures(doc: Document, index: number, bits: number, lexicon: Map<string, number> | null): TokenFeatureRows {
  const p = doc.paragraphs[index] as Paragraph;
  const text = doc.article.text;
  const toks = p.tokens;
  const n = toks.length;
  const hs = tokenHashes(text, toks);
  const h = hs.word;
  const shapes = hs.shape;
  const flags = sentenceFlags(text, p);
  const at = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (h[i] as number));
  const shapeAt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (shapes[i] as number));
  const parCue = (text.slice(p.start, p.end).includes('"') ? 1 : 0) + (n > 40 ? 2 : n > 15 ? 4 : 0);
  const mask = (1 << bits) - 1;
  const bias = mix(0, 0) & mask;
  const par = mix(15, parCue) & mask;
  const width = lexicon === null ? TOKEN_TEMPLATES : TOKEN_TEMPLATES + CLUSTER_TEMPLATES;
  const cluster = lexicon === null ? null : clusterInputs(toks, lexicon);
  const clusterAt = (i: number): number => (i < 0 || i >= n ? 0 : ((cluster as Int32Array)[i] as number));
  const flat = new Int32Array(n * width);
  let inQuote = 0;
  const rows: TokenFeatureRows = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Token;
    if (hasQuote(text, t.start, t.end)) inQuote ^= 1;
    const pos = i === 0 ? 0 : i === n - 1 ? 1 : 2 + Math.min(3, Math.floor((4 * i) / n));
    const w = at(i);
    const wp = at(i - 1);
    const wn = at(i + 1);
    const s = shapeAt(i);
    const flag = flags[i] as number;
    const o = i * width;
    flat[o] = bias;
    flat[o + 1] = mix(1, w) & mask;
    flat[o + 2] = mix(2, wp) & mask;
    flat[o + 3] = mix(3, wn) & mask;
    flat[o + 4] = mix(4, at(i - 2)) & mask;
    flat[o + 5] = mix(5, at(i + 2)) & mask;
    flat[o + 6] = mix(6, wp, w) & mask;
    flat[o + 7] = mix(7, w, wn) & mask;
    flat[o + 8] = mix(8, hs.pre3[i] as number) & mask;
    flat[o + 9] = mix(9, hs.suf3[i] as number) & mask;
    flat[o + 10] = mix(10, s) & mask;
    flat[o + 11] = mix(11, mix(0, shapeAt(i - 1), s), shapeAt(i + 1)) & mask;
    flat[o + 12] = mix(12, pos) & mask;
    flat[o + 13] = mix(13, inQuote, flag) & mask;
    flat[o + 14] = mix(14, flag, w) & mask;
    flat[o + 15] = par;
    flat[o + 16] = mix(16, t.norm.length > 7 ? 1 : 0, s) & mask;
    flat[o + 17] = mix(17, wp, wn) & mask;
    flat[o + 18] = mix(18, hs.pre5[i] as number) & mask;
    if (cluster !== null) {
      const c = clusterAt(i);
      flat[o + 19] = mix(19, c) & mask;
      flat[o + 20] = mix(20, clusterAt(i - 1), c) & mask;
      flat[o + 21] = mix(21, c, clusterAt(i + 1)) & mask;
    }
    rows.push(flat.subarray(o, o + width));
  }
  return rows;
}
