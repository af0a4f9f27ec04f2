/**
 * The span tagger's signal for the technique decision: for each technique, the paragraph's highest
 * B and highest I emission of the technique's BIO tagger (decoding offsets left out), clipped to
 * ±SPAN_SIGNAL_CLIP, and the tokens they come from (for evidence). Techniques the tagger has no
 * model for, and paragraphs without tokens, get the floor −SPAN_SIGNAL_CLIP and no token.
 * Training (out-of-fold emissions) and inference compute it here.
 */
import type { Document } from '../document/document.js';
import { emissions, type TaggerParams } from '../spans/tagger-params.js';
import { tokenFeatures } from '../spans/token-features.js';

/** Emissions are clipped to ±this; it is also the value of a technique without a tagger. */
export const SPAN_SIGNAL_CLIP = 10;

/** The signal of one paragraph, two entries per label (`[B, I]`), label after label. */
export interface SpanSignal {
  values: Float64Array;
  /** Index in the paragraph's tokens of the token each value comes from; −1 where none. */
  peaks: Int32Array;
}

/**
 * Writes the signal of one paragraph's emissions (`em`: token-major, `[B, I]` per tagger label)
 * into `out[at .. at + 2·labels.length)`, in the order of `labels`, and the peak tokens into
 * `peaks` (same positions) when given.
 */
export function signalFromEmissions(em: Float32Array, tagLabels: readonly string[], labels: readonly string[], out: Float64Array, at = 0, peaks?: Int32Array): void {
  const L2 = tagLabels.length * 2;
  const best = new Float64Array(L2).fill(-Infinity);
  const peak = new Int32Array(L2).fill(-1);
  const tokens = L2 === 0 ? 0 : em.length / L2;
  for (let t = 0; t < tokens; t++) {
    for (let k = 0; k < L2; k++) {
      const e = em[t * L2 + k] as number;
      if (e > (best[k] as number)) { best[k] = e; peak[k] = t; }
    }
  }
  writeSignal({ best, at: peak }, tagLabels, labels, out, at, peaks);
}

/**
 * The signal of paragraph `index` of `doc` under the tagger `params`, in the order of `labels`.
 * A tagger read from a file sums its int8 weights feature-major and scales each sum once (the
 * same emissions up to float rounding); one built in memory goes through `emissions`.
 */
export function paragraphSpanSignal(params: TaggerParams, doc: Document, index: number, labels: readonly string[]): SpanSignal {
  const values = new Float64Array(labels.length * 2).fill(-SPAN_SIGNAL_CLIP);
  const peaks = new Int32Array(labels.length * 2).fill(-1);
  const p = doc.paragraphs[index];
  if (!p || p.tokens.length === 0) return { values, peaks };
  const rows = tokenFeatures(doc, index, params.bits, params.clusters);
  if (params.byFeature) writeSignal(maxEmissions(params.byFeature, params.labels.length * 2, rows), params.labels, labels, values, 0, peaks);
  else signalFromEmissions(emissions(params, rows, false), params.labels, labels, values, 0, peaks);
  return { values, peaks };
}

/** Each tagger label's clipped maxima and peak tokens, moved to its place in `labels` (the rest: floor, −1). */
function writeSignal(max: { best: Float64Array; at: Int32Array }, tagLabels: readonly string[], labels: readonly string[], out: Float64Array, at: number, peaks?: Int32Array): void {
  out.fill(-SPAN_SIGNAL_CLIP, at, at + labels.length * 2);
  peaks?.fill(-1, at, at + labels.length * 2);
  tagLabels.forEach((label, j) => {
    const l = labels.indexOf(label);
    if (l < 0) return;
    for (let tag = 0; tag < 2; tag++) {
      out[at + l * 2 + tag] = clip(max.best[j * 2 + tag] as number);
      if (peaks) peaks[at + l * 2 + tag] = max.at[j * 2 + tag] as number;
    }
  });
}

/** Widths of the passes over the columns left after the blocks of eight. */
const NARROW_WIDTHS = [4, 2, 1] as const;

/**
 * The highest emission of each (label, tag) over the tokens `rows` and the token it is at, from
 * feature-major int8 weights. Eight (label, tag) sums at a time in locals, as in
 * models/sparse-dot.ts: half the time of one typed-array store per addition; the columns left
 * over go four, then two, then one at a time (46 columns: 5 + 1 + 1 passes over each row, where
 * one column at a time took 5 + 6). The sums are of integers, so every order gives the same
 * numbers. The maximum is taken over the integer sums and scaled once (scales are positive).
 */
function maxEmissions(byFeature: { q: Int8Array; scales: Float64Array }, L2: number, rows: readonly Int32Array[]): { best: Float64Array; at: Int32Array } {
  const { q, scales } = byFeature;
  const best = new Float64Array(L2).fill(-Infinity);
  const at = new Int32Array(L2).fill(-1);
  const sums = new Float64Array(8);
  rows.forEach((row, t) => {
    let k = 0;
    for (; k + 7 < L2; k += 8) {
      sum8(q, row, L2, k, sums);
      keepBest(sums, 8, k, t, best, at);
    }
    for (const width of NARROW_WIDTHS) {
      if (k + width > L2) continue;
      sumNarrow(q, row, L2, k, width, sums);
      keepBest(sums, width, k, t, best, at);
      k += width;
    }
  });
  for (let k = 0; k < L2; k++) if (best[k] !== -Infinity) best[k] = (best[k] as number) * (scales[k] as number);
  return { best, at };
}

/** Columns `k … k + 7` of the row's summed weights into `sums[0 … 7]`. */
function sum8(q: Int8Array, row: Int32Array, L2: number, k: number, sums: Float64Array): void {
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
  for (let j = 0; j < row.length; j++) {
    const b = (row[j] as number) * L2 + k;
    a0 += q[b] as number; a1 += q[b + 1] as number; a2 += q[b + 2] as number; a3 += q[b + 3] as number;
    a4 += q[b + 4] as number; a5 += q[b + 5] as number; a6 += q[b + 6] as number; a7 += q[b + 7] as number;
  }
  sums[0] = a0; sums[1] = a1; sums[2] = a2; sums[3] = a3; sums[4] = a4; sums[5] = a5; sums[6] = a6; sums[7] = a7;
}

/** Columns `k … k + width − 1` (width 4, 2 or 1) of the row's summed weights into `sums`. */
function sumNarrow(q: Int8Array, row: Int32Array, L2: number, k: number, width: number, sums: Float64Array): void {
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
  if (width === 4) {
    for (let j = 0; j < row.length; j++) {
      const b = (row[j] as number) * L2 + k;
      a0 += q[b] as number; a1 += q[b + 1] as number; a2 += q[b + 2] as number; a3 += q[b + 3] as number;
    }
  } else if (width === 2) {
    for (let j = 0; j < row.length; j++) {
      const b = (row[j] as number) * L2 + k;
      a0 += q[b] as number; a1 += q[b + 1] as number;
    }
  } else {
    for (let j = 0; j < row.length; j++) a0 += q[(row[j] as number) * L2 + k] as number;
  }
  sums[0] = a0; sums[1] = a1; sums[2] = a2; sums[3] = a3;
}

/** Keeps, for columns `k … k + width − 1`, the larger of the best so far and token `t`'s sum. */
function keepBest(sums: Float64Array, width: number, k: number, t: number, best: Float64Array, at: Int32Array): void {
  for (let d = 0; d < width; d++) {
    if ((sums[d] as number) > (best[k + d] as number)) { best[k + d] = sums[d] as number; at[k + d] = t; }
  }
}

function clip(v: number): number {
  return Math.max(-SPAN_SIGNAL_CLIP, Math.min(SPAN_SIGNAL_CLIP, v));
}
