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
 * weights. Eight (label, tag) sums at a time in locals, as in models/sparse-dot.ts: half the time
 * of one typed-array store per addition. The maximum is taken over the integer sums and scaled
 * once (scales are positive).
 */
function maxEmissions(byFeature: { q: Int8Array; scales: Float64Array }, L2: number, rows: readonly Int32Array[]): Float64Array {
  const { q, scales } = byFeature;
  const best = new Float64Array(L2).fill(-Infinity);
  for (const row of rows) {
    const n = row.length;
    let k = 0;
    for (; k + 7 < L2; k += 8) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
      for (let j = 0; j < n; j++) {
        const b = (row[j] as number) * L2 + k;
        a0 += q[b] as number; a1 += q[b + 1] as number; a2 += q[b + 2] as number; a3 += q[b + 3] as number;
        a4 += q[b + 4] as number; a5 += q[b + 5] as number; a6 += q[b + 6] as number; a7 += q[b + 7] as number;
      }
      if (a0 > (best[k] as number)) best[k] = a0;
      if (a1 > (best[k + 1] as number)) best[k + 1] = a1;
      if (a2 > (best[k + 2] as number)) best[k + 2] = a2;
      if (a3 > (best[k + 3] as number)) best[k + 3] = a3;
      if (a4 > (best[k + 4] as number)) best[k + 4] = a4;
      if (a5 > (best[k + 5] as number)) best[k + 5] = a5;
      if (a6 > (best[k + 6] as number)) best[k + 6] = a6;
      if (a7 > (best[k + 7] as number)) best[k + 7] = a7;
    }
    for (; k < L2; k++) {
      let a = 0;
      for (let j = 0; j < n; j++) a += q[(row[j] as number) * L2 + k] as number;
      if (a > (best[k] as number)) best[k] = a;
    }
  }
  for (let k = 0; k < L2; k++) if (best[k] !== -Infinity) best[k] = (best[k] as number) * (scales[k] as number);
  return best;
}

function clip(v: number): number {
  return Math.max(-SPAN_SIGNAL_CLIP, Math.min(SPAN_SIGNAL_CLIP, v));
}
