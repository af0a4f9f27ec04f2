/**
 * A feature sink that records token-based feature occurrences (bucket, value, token range) in
 * emission order, so that per-label contributions can be replayed from one extraction.
 */
import type { FeatureSink } from './feature-sink.js';

/**
 * Records the token-based feature occurrences (`from >= 0`) of one extraction, in emission order.
 * @example
 * const rec = new OccurrenceRecorder(); emitParagraphFeatures(doc, 0, cfg, rec); rec.length;
 */
export class OccurrenceRecorder implements FeatureSink {
  index: Int32Array;
  value: Float64Array;
  from: Int32Array;
  to: Int32Array;
  length = 0;
  /** @param capacity initial room, in occurrences (grows as needed) */
  constructor(capacity = 4096) {
    const size = Math.max(16, capacity);
    this.index = new Int32Array(size);
    this.value = new Float64Array(size);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
  }
  add(index: number, value: number, from: number, to: number): void {
    if (from < 0) return;
    if (this.length === this.index.length) this.grow();
    const k = this.length++;
    this.index[k] = index;
    this.value[k] = value;
    this.from[k] = from;
    this.to[k] = to;
  }
  /**
   * Records, for each hash h of `hashes` in order, the occurrence `(h & mask, ±weight)` over tokens
   * `token … token` and, when `langSeed` is not 0, its language-specific copy (weighted
   * `copyWeight`) right after it: what the paragraph emitter sends one by one for a word's
   * character n-grams, in the same order.
   */
  addHashes(hashes: Uint32Array, mask: number, weight: number, langSeed: number, token: number, copyWeight = weight): void {
    if (token < 0) return;
    const need = this.length + (langSeed === 0 ? hashes.length : 2 * hashes.length);
    while (need > this.index.length) this.grow();
    let at = this.length;
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k] as number;
      this.index[at] = h & mask;
      this.value[at] = h & 0x80000000 ? -weight : weight;
      this.from[at] = token;
      this.to[at++] = token;
      if (langSeed !== 0) {
        const g = Math.imul(h ^ langSeed, 0x9e3779b1) ^ (h >>> 15);
        this.index[at] = g & mask;
        this.value[at] = g & 0x80000000 ? -copyWeight : copyWeight;
        this.from[at] = token;
        this.to[at++] = token;
      }
    }
    this.length = at;
  }

  /**
   * Appends occurrences `start … end - 1` of `other`, their token ranges moved by `shift`
   * (article-wide numbering back to a paragraph's own: `-offset`).
   */
  addRange(other: OccurrenceRecorder, start: number, end: number, shift = 0): void {
    const n = end - start;
    while (this.length + n > this.index.length) this.grow();
    const at = this.length;
    this.index.set(other.index.subarray(start, end), at);
    this.value.set(other.value.subarray(start, end), at);
    for (let k = 0; k < n; k++) {
      this.from[at + k] = (other.from[start + k] as number) + shift;
      this.to[at + k] = (other.to[start + k] as number) + shift;
    }
    this.length = at + n;
  }

  private grow(): void {
    const size = this.index.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, b: T): T => { b.set(a); return b; };
    this.index = copy(this.index, new Int32Array(size));
    this.value = copy(this.value, new Float64Array(size));
    this.from = copy(this.from, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
  }
}
