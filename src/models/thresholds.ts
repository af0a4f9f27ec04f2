/**
 * Per-label decision thresholds on calibrated probabilities, chosen on out-of-fold predictions to
 * maximise micro-F1 (the official metric). Labels with few positives are shrunk toward one global
 * threshold so that a handful of examples cannot set an extreme cut.
 */

/** How thresholds are chosen. */
export interface ThresholdOptions {
  /** 'global': one threshold for all labels; 'label': per label, shrunk toward the global one. */
  mode: 'global' | 'label';
  /** Shrinkage: a label's own threshold gets weight positives / (positives + shrink). */
  shrink: number;
}

/** Default threshold selection. */
export const DEFAULT_THRESHOLDS: ThresholdOptions = { mode: 'label', shrink: 30 };

const GRID = Array.from({ length: 95 }, (_, i) => 0.03 + i * 0.01);

/** Micro-F1 of `probs` (n × L) against `targets` at per-label `thresholds`. */
export function microF1At(probs: Float64Array, targets: Uint8Array, L: number, thresholds: ArrayLike<number>): number {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < probs.length; i++) {
    const pred = (probs[i] as number) >= (thresholds[i % L] as number);
    const y = targets[i] === 1;
    if (pred && y) tp++; else if (pred) fp++; else if (y) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Chooses thresholds for `probs` (n × L, row-major) given `targets`. */
export function chooseThresholds(probs: Float64Array, targets: Uint8Array, L: number, opts: ThresholdOptions): Float64Array {
  let best = 0.5, bestF = -1;
  for (const t of GRID) {
    const f = microF1At(probs, targets, L, new Float64Array(L).fill(t));
    if (f > bestF) { bestF = f; best = t; }
  }
  const out = new Float64Array(L).fill(best);
  if (opts.mode === 'global') return out;
  const n = probs.length / L;
  // Coordinate ascent on micro-F1: each label's cut is chosen with the others' counts fixed.
  for (let pass = 0; pass < 2; pass++) {
    for (let l = 0; l < L; l++) {
      const base = countsWithout(probs, targets, L, out, l);
      let pos = 0;
      for (let r = 0; r < n; r++) pos += targets[r * L + l] as number;
      let own = out[l] as number, ownF = -1;
      for (const t of GRID) {
        let tp = base.tp, fp = base.fp, fn = base.fn;
        for (let r = 0; r < n; r++) {
          const pred = (probs[r * L + l] as number) >= t;
          const y = targets[r * L + l] === 1;
          if (pred && y) tp++; else if (pred) fp++; else if (y) fn++;
        }
        const f = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
        if (f > ownF + 1e-12) { ownF = f; own = t; }
      }
      const alpha = pos / (pos + opts.shrink);
      out[l] = alpha * own + (1 - alpha) * best;
    }
  }
  return out;
}

function countsWithout(probs: Float64Array, targets: Uint8Array, L: number, th: Float64Array, skip: number): { tp: number; fp: number; fn: number } {
  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < probs.length; i++) {
    const l = i % L;
    if (l === skip) continue;
    const pred = (probs[i] as number) >= (th[l] as number);
    const y = targets[i] === 1;
    if (pred && y) tp++; else if (pred) fp++; else if (y) fn++;
  }
  return { tp, fp, fn };
}
