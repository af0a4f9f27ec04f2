/**
 * The parameters of the span tagger: one BIO tagger per label sharing the token features.
 * Emission weights are feature-major, `w[f * L * 2 + l * 2 + (tag - 1)]` for tags B and I, so one
 * feature's weights for every label sit together in memory.
 */
import { TRANS_SIZE, viterbi } from './bio-viterbi.js';
import type { TokenFeatureRows } from './token-features.js';

/** Weights of a tagger over `labels` with `2^bits` feature buckets. */
export interface TaggerParams {
  labels: readonly string[];
  bits: number;
  /** Emission weights, `2^bits × labels × 2`. */
  w: Float32Array;
  /** Transition and start scores, `TRANS_SIZE` per label. */
  trans: Float32Array;
  /** Added to the B and I emissions of each label at decoding (recall/precision trade-off). */
  offsets: Float32Array;
  /**
   * Only on models read from a file (never changed afterwards): the quantised weights label-major,
   * `q[(l · 2^bits + f) · 2 + tag − 1]`, with the per-(label, tag) `scales` they were dequantised
   * with, so that `w[f · L · 2 + l · 2 + tag − 1] = fround(q · scale)`. One label's weights then
   * sit in 2^bits × 2 bytes, which stay in cache when a paragraph needs few labels.
   */
  byLabel?: { q: Int8Array; scales: Float64Array };
  /**
   * Only on models read from a file: the same quantised weights feature-major, `q[f · L · 2 + l · 2
   * + tag − 1]`, for the technique decision's span signal, which needs every label of every token
   * (one cache line per feature instead of one per feature and label).
   */
  byFeature?: { q: Int8Array; scales: Float64Array };
}

/** Empty parameters. */
export function emptyParams(labels: readonly string[], bits: number): TaggerParams {
  const L = labels.length;
  return { labels, bits, w: new Float32Array((1 << bits) * L * 2), trans: new Float32Array(L * TRANS_SIZE), offsets: new Float32Array(L) };
}

/**
 * Emission scores of every token, label and tag (B, I), token-major, offsets included. With
 * `labels`, only those labels' entries are filled (the others stay 0); each filled entry is the
 * same sum, in the same order, as without.
 */
export function emissions(p: TaggerParams, rows: TokenFeatureRows, withOffsets = true, labels?: readonly number[]): Float32Array {
  const L2 = p.labels.length * 2;
  const em = new Float32Array(rows.length * L2);
  if (labels) {
    emissionsOf(p, rows, withOffsets, labels, em);
    return em;
  }
  if (p.byLabel) {
    // Every label from the label-major weights: each entry is the same sum in the same order.
    emissionsByLabel(p, p.byLabel, rows, withOffsets, p.labels.map((_, l) => l), em);
    return em;
  }
  for (let t = 0; t < rows.length; t++) {
    const base = t * L2;
    for (const f of rows[t] as Int32Array) {
      const wb = f * L2;
      for (let k = 0; k < L2; k++) em[base + k] = (em[base + k] as number) + (p.w[wb + k] as number);
    }
    if (withOffsets) {
      for (let k = 0; k < L2; k++) em[base + k] = (em[base + k] as number) + (p.offsets[k >> 1] as number);
    }
  }
  return em;
}

/** `emissions` for some labels only, into `em`. */
function emissionsOf(p: TaggerParams, rows: TokenFeatureRows, withOffsets: boolean, labels: readonly number[], em: Float32Array): void {
  if (p.byLabel) {
    emissionsByLabel(p, p.byLabel, rows, withOffsets, labels, em);
    return;
  }
  const L2 = p.labels.length * 2;
  const w = p.w;
  for (let t = 0; t < rows.length; t++) {
    const base = t * L2;
    const row = rows[t] as Int32Array;
    for (const l of labels) {
      const k = base + l * 2;
      for (let j = 0; j < row.length; j++) {
        const wb = (row[j] as number) * L2 + l * 2;
        em[k] = (em[k] as number) + (w[wb] as number);
        em[k + 1] = (em[k + 1] as number) + (w[wb + 1] as number);
      }
      if (withOffsets) {
        em[k] = (em[k] as number) + (p.offsets[l] as number);
        em[k + 1] = (em[k + 1] as number) + (p.offsets[l] as number);
      }
    }
  }
}

/**
 * `emissionsOf` from the label-major quantised weights: each weight is `fround(q · scale)`, the
 * very float32 `w` holds, and each sum is rounded to float32 after every term as storing into
 * `em` does, so the emissions are the same numbers.
 */
function emissionsByLabel(p: TaggerParams, byLabel: { q: Int8Array; scales: Float64Array }, rows: TokenFeatureRows, withOffsets: boolean, labels: readonly number[], em: Float32Array): void {
  const L2 = p.labels.length * 2;
  const features2 = (1 << p.bits) * 2;
  const { q, scales } = byLabel;
  const fround = Math.fround;
  for (const l of labels) {
    const from = l * features2;
    const sB = scales[l * 2] as number;
    const sI = scales[l * 2 + 1] as number;
    const off = p.offsets[l] as number;
    for (let t = 0; t < rows.length; t++) {
      const k = t * L2 + l * 2;
      const row = rows[t] as Int32Array;
      let eB = em[k] as number;
      let eI = em[k + 1] as number;
      for (let j = 0; j < row.length; j++) {
        const at = from + (row[j] as number) * 2;
        eB = fround(eB + fround((q[at] as number) * sB));
        eI = fround(eI + fround((q[at + 1] as number) * sI));
      }
      if (withOffsets) {
        eB = fround(eB + off);
        eI = fround(eI + off);
      }
      em[k] = eB;
      em[k + 1] = eI;
    }
  }
}

/** Decoded tags of every label (`tags[l][t]`), from precomputed emissions. */
export function decodeAll(p: TaggerParams, em: Float32Array, n: number): Int8Array[] {
  const L = p.labels.length;
  const out: Int8Array[] = [];
  const scratch = { score: new Float64Array(n * 3), back: new Int8Array(n * 3) };
  for (let l = 0; l < L; l++) {
    const tags = new Int8Array(n);
    viterbi(em, n, L, l, p.trans, tags, scratch);
    out.push(tags);
  }
  return out;
}
