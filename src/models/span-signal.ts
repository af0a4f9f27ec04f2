/**
 * The span tagger's signal for the technique decision: for each technique, the paragraph's highest
 * B and highest I emission of the technique's BIO tagger (decoding offsets left out), clipped to
 * ±SPAN_SIGNAL_CLIP. Techniques the tagger has no model for, and paragraphs without tokens, get
 * the floor −SPAN_SIGNAL_CLIP. Training (out-of-fold emissions) and inference compute it here.
 */
import type { Document } from '../document/document.js';
import { emissions, type TaggerParams } from '../spans/tagger-params.js';
import { tokenFeatures } from '../spans/token-features.js';

/** Emissions are clipped to ±this; it is also the value of a technique without a tagger. */
export const SPAN_SIGNAL_CLIP = 10;

/** Two values per label, `[B, I]`, label after label. */
export type SpanSignal = Float64Array;

/**
 * Writes the signal of one paragraph's emissions (`em`: token-major, `[B, I]` per tagger label)
 * into `out[at .. at + 2·labels.length)`, in the order of `labels`.
 */
export function signalFromEmissions(em: Float32Array, tagLabels: readonly string[], labels: readonly string[], out: Float64Array, at = 0): void {
  out.fill(-SPAN_SIGNAL_CLIP, at, at + labels.length * 2);
  const T2 = tagLabels.length * 2;
  if (T2 === 0) return;
  const tokens = em.length / T2;
  if (tokens === 0) return;
  tagLabels.forEach((label, j) => {
    const l = labels.indexOf(label);
    if (l < 0) return;
    let b = -Infinity, i = -Infinity;
    for (let t = 0; t < tokens; t++) {
      b = Math.max(b, em[t * T2 + j * 2] as number);
      i = Math.max(i, em[t * T2 + j * 2 + 1] as number);
    }
    out[at + l * 2] = clip(b);
    out[at + l * 2 + 1] = clip(i);
  });
}

/**
 * The signal of paragraph `index` of `doc` under the tagger `params`, in the order of `labels`.
 * A tagger read from a file sums its int8 weights feature-major and scales each sum once (the
 * same emissions up to float rounding); one built in memory goes through `emissions`.
 */
export function paragraphSpanSignal(params: TaggerParams, doc: Document, index: number, labels: readonly string[]): SpanSignal {
  const out = new Float64Array(labels.length * 2).fill(-SPAN_SIGNAL_CLIP);
  const p = doc.paragraphs[index];
  if (!p || p.tokens.length === 0) return out;
  const rows = tokenFeatures(doc, index, params.bits);
  if (!params.byFeature) {
    signalFromEmissions(emissions(params, rows, false), params.labels, labels, out);
    return out;
  }
  const best = maxEmissions(params.byFeature, params.labels.length * 2, rows);
  params.labels.forEach((label, j) => {
    const l = labels.indexOf(label);
    if (l < 0) return;
    out[l * 2] = clip(best[j * 2] as number);
    out[l * 2 + 1] = clip(best[j * 2 + 1] as number);
  });
  return out;
}

/**
 * The highest emission of each (label, tag) over the tokens `rows`, from feature-major int8
 * weights: a bucket's L·2 weights share a cache line, which is what the time goes to (a layout
 * with four weights per double, fewer additions but twice the bytes, was no faster).
 */
function maxEmissions(byFeature: { q: Int8Array; scales: Float64Array }, L2: number, rows: readonly Int32Array[]): Float64Array {
  const { q, scales } = byFeature;
  const best = new Float64Array(L2).fill(-Infinity);
  const sum = new Int32Array(L2);
  for (const row of rows) {
    sum.fill(0);
    for (let j = 0; j < row.length; j++) {
      const base = (row[j] as number) * L2;
      for (let k = 0; k < L2; k++) sum[k] = (sum[k] as number) + (q[base + k] as number);
    }
    for (let k = 0; k < L2; k++) {
      const e = (sum[k] as number) * (scales[k] as number);
      if (e > (best[k] as number)) best[k] = e;
    }
  }
  return best;
}

function clip(v: number): number {
  return Math.max(-SPAN_SIGNAL_CLIP, Math.min(SPAN_SIGNAL_CLIP, v));
}
