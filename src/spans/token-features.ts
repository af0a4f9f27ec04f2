/**
 * Hashed features of each token of a paragraph, for the span tagger (issue 6): the word, its
 * neighbours ±2, bigrams, prefix/suffix, shape, position, quotes and the sentence and paragraph
 * around it. Each token gets a fixed list of bucket indices in `[0, 2^bits)` (value 1 each).
 */
import type { Document, Paragraph, Token } from '../document/document.js';
import { murmur3 } from '../features/murmur3.js';

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

const QUOTES = /["“”«»„]/;

/** Flags of the sentence each token sits in: 1 = ends with '?', 2 = ends with '!'. */
function sentenceFlags(text: string, p: Paragraph): Int8Array {
  const out = new Int8Array(p.tokens.length);
  let s = 0;
  p.tokens.forEach((t, i) => {
    while (s < p.sentences.length - 1 && t.start >= (p.sentences[s] as { end: number }).end) s++;
    const sent = p.sentences[s];
    if (!sent) return;
    const tail = text.slice(sent.start, sent.end).trimEnd();
    out[i] = tail.endsWith('?') ? 1 : tail.endsWith('!') ? 2 : 0;
  });
  return out;
}

/**
 * The feature buckets of every token of paragraph `index` of `doc`.
 * @example
 * const rows = tokenFeatures(doc, 0, 18); // rows[i]: Int32Array of buckets of token i
 */
export function tokenFeatures(doc: Document, index: number, bits: number): TokenFeatureRows {
  const p = doc.paragraphs[index] as Paragraph;
  const text = doc.article.text;
  const toks = p.tokens;
  const n = toks.length;
  const h = toks.map((t) => murmur3(t.norm, SEED));
  const raw = toks.map((t) => text.slice(t.start, t.end));
  const shapes = toks.map((t, i) => murmur3(shapeOf(raw[i] as string, t.kind), SEED));
  const flags = sentenceFlags(text, p);
  const at = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (h[i] as number));
  const shapeAt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (shapes[i] as number));
  const parCue = (text.slice(p.start, p.end).includes('"') ? 1 : 0) + (n > 40 ? 2 : n > 15 ? 4 : 0);
  const mask = (1 << bits) - 1;
  let inQuote = 0;
  const rows: TokenFeatureRows = [];
  for (let i = 0; i < n; i++) {
    const w = raw[i] as string;
    const norm = (toks[i] as Token).norm;
    if (QUOTES.test(w)) inQuote ^= 1;
    const pos = i === 0 ? 0 : i === n - 1 ? 1 : 2 + Math.min(3, Math.floor((4 * i) / n));
    const f = [
      mix(0, 0),
      mix(1, at(i)),
      mix(2, at(i - 1)),
      mix(3, at(i + 1)),
      mix(4, at(i - 2)),
      mix(5, at(i + 2)),
      mix(6, at(i - 1), at(i)),
      mix(7, at(i), at(i + 1)),
      mix(8, murmur3(norm.slice(0, 3), SEED)),
      mix(9, murmur3(norm.slice(-3), SEED)),
      mix(10, shapeAt(i)),
      mix(11, mix(0, shapeAt(i - 1), shapeAt(i)), shapeAt(i + 1)),
      mix(12, pos),
      mix(13, inQuote, flags[i] as number),
      mix(14, flags[i] as number, at(i)),
      mix(15, parCue),
      mix(16, norm.length > 7 ? 1 : 0, shapeAt(i)),
      mix(17, at(i - 1), at(i + 1)),
      mix(18, murmur3(norm.slice(0, 5), SEED)),
    ];
    rows.push(Int32Array.from(f, (x) => x & mask));
  }
  return rows;
}
