/**
 * One-vs-rest linear SVM (L2-regularised, squared hinge loss) trained by dual coordinate descent
 * (Hsieh et al., ICML 2008; the LIBLINEAR solver behind "TF-IDF + linear SVM" baselines). Unlike
 * a few SGD epochs it converges to the regularised optimum, which makes the solution stable
 * across seeds and folds. Margins are calibrated afterwards (Platt), like the logistic learner's.
 * The bias is a constant feature of value 1, regularised as in LIBLINEAR.
 */
import type { SparseRow } from '../features/feature-sink.js';
import type { LinearWeights } from './logistic-ovr.js';
import { mulberry32, shuffleInPlace } from './prng.js';

/** Settings of the dual solver. */
export interface SvmOptions {
  /** Inverse regularisation strength. */
  C: number;
  /** Passes over the data at most. */
  maxIterations: number;
  /** Stop when the largest projected-gradient change of a pass is below this. */
  tolerance: number;
  /** Positive-class weight = min(maxPositiveWeight, (negatives / positives) ^ positivePower). */
  positivePower: number;
  maxPositiveWeight: number;
  seed: number;
}

/** Defaults; C chosen by grouped cross-validation. */
export const DEFAULT_SVM: SvmOptions = { C: 0.5, maxIterations: 30, tolerance: 0.05, positivePower: 0.5, maxPositiveWeight: 10, seed: 1 };

/** Trains one label; writes its weights into `out` (feature-major, stride L) and returns the bias. */
function trainLabel(rows: SparseRow[], norms: Float64Array, y: Int8Array, C: Float64Array, L: number, l: number, out: Float32Array, o: SvmOptions): number {
  const n = rows.length;
  const alpha = new Float64Array(n);
  const w = new Float64Array(out.length / L);
  let bias = 0;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(o.seed + l * 7919);
  for (let it = 0; it < o.maxIterations; it++) {
    shuffleInPlace(order, random);
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (const i of order) {
      const row = rows[i] as SparseRow;
      const yi = y[i] as number;
      const Dii = 0.5 / (C[i] as number);
      let dot = bias;
      for (let k = 0; k < row.indices.length; k++) dot += (w[row.indices[k] as number] as number) * (row.values[k] as number);
      const a = alpha[i] as number;
      const G = yi * dot - 1 + Dii * a;
      const pg = a === 0 ? Math.min(G, 0) : G;
      if (pg > maxPg) maxPg = pg;
      if (pg < minPg) minPg = pg;
      if (pg === 0) continue;
      const next = Math.max(a - G / ((norms[i] as number) + 1 + Dii), 0);
      const d = (next - a) * yi;
      alpha[i] = next;
      if (d === 0) continue;
      for (let k = 0; k < row.indices.length; k++) {
        const j = row.indices[k] as number;
        w[j] = (w[j] as number) + d * (row.values[k] as number);
      }
      bias += d;
    }
    if (maxPg - minPg < o.tolerance) break;
  }
  for (let j = 0; j < w.length; j++) if (w[j] !== 0) out[j * L + l] = w[j] as number;
  return bias;
}

/**
 * Trains on `rows` with `targets[row * labelCount + label]` ∈ {0, 1}; same result shape as the
 * logistic learner, so calibration, thresholds and model files take either.
 * @example
 * const w = trainLinearSvm(rows, targets, 2, 18, DEFAULT_SVM);
 */
export function trainLinearSvm(rows: SparseRow[], targets: Uint8Array, labelCount: number, bits: number, o: SvmOptions): LinearWeights {
  const L = labelCount;
  const n = rows.length;
  const weights = new Float32Array((1 << bits) * L);
  const bias = new Float32Array(L);
  const norms = Float64Array.from(rows, (r) => r.values.reduce((s, v) => s + v * v, 0));
  const y = new Int8Array(n);
  const C = new Float64Array(n);
  for (let l = 0; l < L; l++) {
    let pos = 0;
    for (let r = 0; r < n; r++) pos += targets[r * L + l] as number;
    const ratio = pos > 0 ? (n - pos) / pos : 1;
    const wPos = Math.max(1, Math.min(o.maxPositiveWeight, ratio ** o.positivePower));
    for (let r = 0; r < n; r++) {
      const isPos = targets[r * L + l] === 1;
      y[r] = isPos ? 1 : -1;
      C[r] = o.C * (isPos ? wPos : 1);
    }
    bias[l] = pos === 0 ? -1 : trainLabel(rows, norms, y, C, L, l, weights, o);
  }
  return { bits, labelCount: L, weights, bias };
}
