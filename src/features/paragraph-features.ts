/**
 * Sparse hashed features of one paragraph, in context: word unigrams and bigrams, character
 * n-grams inside words, cues, neighbouring paragraphs, title and position (issue 4, item 1).
 * Every token-based feature is emitted with the token range that produced it.
 */
import type { Document, Paragraph, Token } from '../document/document.js';
import type { FeatureConfig } from './feature-config.js';
import type { FeatureSink } from './feature-sink.js';
import { murmur3, murmur3Range } from './murmur3.js';
import { cueClassOf } from './cue-lexicon.js';

/** Hash seeds of the feature groups: the same string in two groups lands in different buckets. */
const SEED = { word: 11, bigram: 12, char: 13, cue: 14, prev: 15, next: 16, title: 17, position: 18, article: 19 } as const;
const QUOTES = new Set(['"', '“', '”', '«', '»', '„', '‘', '’', "'"]);

/** Emits hashed features for one paragraph and its context. */
class Emitter {
  readonly mask: number;
  readonly langSeed: number;
  constructor(readonly config: FeatureConfig, lang: string, readonly sink: FeatureSink) {
    this.mask = (1 << config.bits) - 1;
    this.langSeed = config.langFeatures ? murmur3(lang, 7) | 1 : 0;
  }
  emitHash(h: number, weight: number, from: number, to: number, raw = false): void {
    this.put(h, weight, from, to, raw);
    if (this.langSeed !== 0) this.put(Math.imul(h ^ this.langSeed, 0x9e3779b1) ^ (h >>> 15), weight, from, to, raw);
  }
  private put(h: number, weight: number, from: number, to: number, raw: boolean): void {
    this.sink.add(h & this.mask, h & 0x80000000 ? -weight : weight, from, to, raw);
  }
  emit(key: string, seed: number, weight: number, from = -1, to = -1, raw = false): void {
    if (weight !== 0) this.emitHash(murmur3(key, seed), weight, from, to, raw);
  }
  /** A meta feature (cue, length, position): kept out of the L2 normalisation. */
  meta(key: string, seed: number, weight: number, from = -1, to = -1): void {
    this.emit(key, seed, weight, from, to, true);
  }
}

/**
 * Emits every feature of paragraph `index` of `doc` into `sink`.
 * @example
 * const row = new RowBuilder(cfg.bits); emitParagraphFeatures(doc, 0, cfg, row); row.take();
 */
export function emitParagraphFeatures(doc: Document, index: number, config: FeatureConfig, sink: FeatureSink): void {
  const e = new Emitter(config, doc.lang.code, sink);
  const para = doc.paragraphs[index] as Paragraph;
  emitWords(e, para.tokens);
  emitCues(e, doc.article.text, para.tokens);
  emitContext(e, doc, index);
}

function emitWords(e: Emitter, tokens: Token[]): void {
  const w = e.config.weights;
  let prev = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const norm = t.kind === 'number' ? '0' : t.norm;
    e.emit(norm, SEED.word, w.word, i, i);
    if (e.config.bigrams && prev >= 0) {
      const p = tokens[prev] as Token;
      e.emit(`${p.kind === 'number' ? '0' : p.norm} ${norm}`, SEED.bigram, w.bigram, prev, i);
    }
    prev = i;
    if (t.kind === 'word' && e.config.charMax > 0 && w.char !== 0) emitChars(e, ` ${norm} `, w.char, i);
  }
}

function emitChars(e: Emitter, padded: string, weight: number, token: number): void {
  const { charMin, charMax } = e.config;
  for (let n = charMin; n <= charMax; n++) {
    if (n > padded.length) break;
    for (let s = 0; s + n <= padded.length; s++) {
      e.emitHash(murmur3Range(padded, s, s + n, SEED.char + n), weight, token, token);
    }
  }
}

function emitCues(e: Emitter, text: string, tokens: Token[]): void {
  const w = e.config.weights.cue;
  if (w === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || t.kind === 'symbol') {
      if (QUOTES.has(t.norm)) e.meta('quote', SEED.cue, w, i, i);
      else if (t.norm === '?' || t.norm === '!' || t.norm === '…' || t.norm === ':') e.meta(t.norm, SEED.cue, w, i, i);
      continue;
    }
    if (t.kind === 'number') e.meta('number', SEED.cue, w, i, i);
    const cls = cueClassOf(t.norm);
    if (cls) e.meta(cls, SEED.cue, w, i, i);
    if (t.kind === 'word' && t.end - t.start >= 2 && isAllCaps(text.slice(t.start, t.end))) e.meta('caps', SEED.cue, w, i, i);
  }
}

function isAllCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

function emitContext(e: Emitter, doc: Document, index: number): void {
  const w = e.config.weights;
  const count = doc.paragraphs.length;
  const para = doc.paragraphs[index] as Paragraph;
  if (w.position !== 0) {
    e.meta(index === 0 ? 'first' : `rel${Math.min(3, Math.floor((4 * index) / count))}`, SEED.position, w.position);
    e.meta(`len${Math.min(8, Math.floor(Math.log2(1 + para.tokens.length)))}`, SEED.position, w.position);
    if (index === count - 1) e.meta('last', SEED.position, w.position);
  }
  if (w.neighbour !== 0 && index > 0) emitBag(e, doc.paragraphs[index - 1] as Paragraph, SEED.prev, w.neighbour);
  if (w.neighbour !== 0 && index + 1 < count) emitBag(e, doc.paragraphs[index + 1] as Paragraph, SEED.next, w.neighbour);
  if (w.title !== 0 && index > 0) emitBag(e, doc.paragraphs[0] as Paragraph, SEED.title, w.title);
  if (w.article !== 0) for (const p of doc.paragraphs) emitBag(e, p, SEED.article, w.article);
}

function emitBag(e: Emitter, para: Paragraph, seed: number, weight: number): void {
  for (const t of para.tokens) if (t.kind === 'word') e.emit(t.norm, seed, weight);
}
