/**
 * Memoised MurmurHash3 values of the strings the feature emitters hash: per distinct word (its
 * hash under each group seed and its character n-grams) and per paragraph (its words' entries and
 * its bigram hashes). A hash is a pure function of string and seed, so reusing one is exact: the
 * emitters produce the same numbers in the same order as hashing afresh, only faster. The same
 * paragraph is emitted several times per article (its own row, its neighbours' context, the title
 * group, the genre and frames rows); its words are hashed once.
 */
import type { Token } from '../document/document.js';
import { murmur3, murmur3Joined, murmur3Range } from './murmur3.js';

/**
 * Hash seeds of the feature groups: the same string in two groups lands in different buckets.
 * Word entries memoise seeds 11 … 19; the cluster groups (20, 21) hash cluster numbers instead.
 */
export const SEED = { word: 11, bigram: 12, char: 13, cue: 14, prev: 15, next: 16, title: 17, position: 18, article: 19, cluster: 20, clusterPair: 21 } as const;

/** Slots of `WordHashes.seeded`: seeds 11 … 19. */
const FIRST_SEED = 11;
const SEED_SLOTS = 9;

/** The hashes of one distinct word, filled as they are asked for. */
export class WordHashes {
  private readonly seeded = new Uint32Array(SEED_SLOTS);
  private filled = 0;
  /** Character n-gram hashes of ` word ` for the range `charKey` encodes, in emission order. */
  private chars: Uint32Array | null = null;
  private charKey = -1;

  constructor(readonly norm: string) {}

  /** `murmur3(norm, seed)` for a group seed in 11 … 19. */
  hash(seed: number): number {
    const slot = seed - FIRST_SEED;
    if ((this.filled & (1 << slot)) === 0) {
      this.seeded[slot] = murmur3(this.norm, seed);
      this.filled |= 1 << slot;
    }
    return this.seeded[slot] as number;
  }

  /**
   * The character n-gram hashes of ` norm ` for n = charMin … charMax, in the order the
   * paragraph emitter emits them (by n, then by start), each `murmur3Range(padded, s, s + n, 13 + n)`.
   */
  charHashes(charMin: number, charMax: number): Uint32Array {
    const key = charMin * 1024 + charMax;
    if (this.chars !== null && this.charKey === key) return this.chars;
    const padded = ` ${this.norm} `;
    const len = padded.length;
    let count = 0;
    for (let n = charMin; n <= charMax && n <= len; n++) count += len - n + 1;
    const out = new Uint32Array(Math.max(0, count));
    let k = 0;
    for (let n = charMin; n <= charMax; n++) {
      if (n > len) break;
      for (let s = 0; s + n <= len; s++) out[k++] = murmur3Range(padded, s, s + n, SEED.char + n);
    }
    this.chars = out;
    this.charKey = key;
    return out;
  }
}

/** Most distinct words kept; the table is emptied when it is full (entries are cheap to rebuild). */
const MAX_WORDS = 50_000;
const words = new Map<string, WordHashes>();

/** The memo entry of word `norm`. */
export function wordHashes(norm: string): WordHashes {
  let e = words.get(norm);
  if (e === undefined) {
    if (words.size >= MAX_WORDS) words.clear();
    e = new WordHashes(norm);
    words.set(norm, e);
  }
  return e;
}

/** The memoised hashes of one paragraph's tokens. */
export class ParagraphHashes {
  /** Entry of each token's norm (`'0'` for numbers, as the word group hashes them). */
  readonly entries: WordHashes[];
  /** Previous word/number token of each token (-1 for none), as the bigram group pairs them. */
  readonly prev: Int32Array;
  private bigrams: Uint32Array | null = null;
  private readonly bags = new Map<number, Uint32Array>();

  constructor(readonly tokens: readonly Token[]) {
    const n = tokens.length;
    this.entries = new Array<WordHashes>(n);
    this.prev = new Int32Array(n);
    let prev = -1;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      const counted = t.kind === 'word' || t.kind === 'number';
      this.entries[i] = wordHashes(t.kind === 'number' ? '0' : t.norm);
      this.prev[i] = counted ? prev : -1;
      if (counted) prev = i;
    }
  }

  /** The hashes under `seed` of the paragraph's word tokens (not numbers or punctuation), in order. */
  bagHashes(seed: number): Uint32Array {
    let out = this.bags.get(seed);
    if (out === undefined) {
      const words: number[] = [];
      for (let i = 0; i < this.tokens.length; i++) if ((this.tokens[i] as Token).kind === 'word') words.push((this.entries[i] as WordHashes).hash(seed));
      out = Uint32Array.from(words);
      this.bags.set(seed, out);
    }
    return out;
  }

  /** `murmur3('<prev> <this>', 12)` of each word/number token with a predecessor (0 elsewhere). */
  bigramHashes(): Uint32Array {
    if (this.bigrams) return this.bigrams;
    const n = this.tokens.length;
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const p = this.prev[i] as number;
      if (p >= 0) out[i] = murmur3Joined((this.entries[p] as WordHashes).norm, (this.entries[i] as WordHashes).norm, SEED.bigram);
    }
    this.bigrams = out;
    return out;
  }
}

const paragraphs = new WeakMap<readonly Token[], ParagraphHashes>();

/** The memoised hashes of a paragraph's `tokens` (kept while the token array lives). */
export function paragraphHashes(tokens: readonly Token[]): ParagraphHashes {
  let e = paragraphs.get(tokens);
  if (e === undefined || e.entries.length !== tokens.length) {
    e = new ParagraphHashes(tokens);
    paragraphs.set(tokens, e);
  }
  return e;
}
