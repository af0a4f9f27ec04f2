/**
 * The parameters of the span tagger: one BIO tagger per label sharing the token features.
 * Emission weights are feature-major, `w[f * L * 2 + l * 2 + (tag - 1)]` for tags B and I, so one
 * feature's weights for every label sit together in memory.
 */
import type { ClusterSettings } from '../features/word-clusters.js';
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
  /** The word-cluster lexicon its token features use where it serves the language (absent: none). */
  clusters?: ClusterSettings;
  /**
   * Only on models read from a file (never changed afterwards): the quantised weights
   * feature-major like `w`, `q[f · L · 2 + l · 2 + tag − 1]`, with the per-(label, tag) `scales`
   * they are dequantised with, so that `w[f · L · 2 + l · 2 + tag − 1] = fround(q · scale)`.
   * Both the tagger's emissions and the technique decision's span signal read it; one feature's
   * weights for every label share a cache line or two.
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
  if (p.byFeature) {
    // Every label from the int8 weights: each entry is the same sum in the same order.
    emissionsQuantised(p, p.byFeature, rows, withOffsets, p.labels.map((_, l) => l), em);
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
  if (p.byFeature) {
    emissionsQuantised(p, p.byFeature, rows, withOffsets, labels, em);
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
 * `emissionsOf` from the feature-major int8 weights: each weight is `fround(q · scale)`, the very
 * float32 `w` holds, and each sum is rounded to float32 after every term as storing into `em`
 * does, so the emissions are the same numbers. Token by token, each feature's cache line serves
 * every wanted label; each label's sum still adds the features in row order.
 */
function emissionsQuantised(p: TaggerParams, byFeature: { q: Int8Array; scales: Float64Array }, rows: TokenFeatureRows, withOffsets: boolean, labels: readonly number[], em: Float32Array): void {
  const L2 = p.labels.length * 2;
  const { q, scales } = byFeature;
  const fround = Math.fround;
  const n = labels.length;
  const ks = Int32Array.from(labels, (l) => l * 2);
  const sB = Float64Array.from(labels, (l) => scales[l * 2] as number);
  const sI = Float64Array.from(labels, (l) => scales[l * 2 + 1] as number);
  const acc = new Float64Array(n * 2);
  for (let t = 0; t < rows.length; t++) {
    const row = rows[t] as Int32Array;
    acc.fill(0);
    for (let j = 0; j < row.length; j++) {
      const base = (row[j] as number) * L2;
      for (let i = 0; i < n; i++) {
        const at = base + (ks[i] as number);
        acc[i * 2] = fround((acc[i * 2] as number) + fround((q[at] as number) * (sB[i] as number)));
        acc[i * 2 + 1] = fround((acc[i * 2 + 1] as number) + fround((q[at + 1] as number) * (sI[i] as number)));
      }
    }
    for (let i = 0; i < n; i++) {
      let eB = acc[i * 2] as number;
      let eI = acc[i * 2 + 1] as number;
      if (withOffsets) {
        const off = p.offsets[(ks[i] as number) >> 1] as number;
        eB = fround(eB + off);
        eI = fround(eI + off);
      }
      em[t * L2 + (ks[i] as number)] = eB;
      em[t * L2 + (ks[i] as number) + 1] = eI;
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
