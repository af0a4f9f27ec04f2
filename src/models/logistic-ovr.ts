/**
 * One-vs-rest logistic regression on sparse rows, all labels trained together: one pass over a
 * row updates every label's weights, stored label-minor (`w[feature * labels + label]`) so a row's
 * features are read once. AdaGrad steps, L2 on touched coordinates, positive-class weights for
 * rare labels, seeded shuffling (deterministic given the seed).
 */
import type { SparseRow } from '../features/feature-sink.js';
import { mulberry32, shuffleInPlace } from './prng.js';
import { DEFAULT_SVM, trainLinearSvm } from './svm-dual.js';

/** Learner settings. */
export interface LearnerOptions {
  epochs: number;
  /** AdaGrad base step. */
  rate: number;
  /** L2 strength applied to touched coordinates. */
  l2: number;
  /** Positive-class weight = min(maxPositiveWeight, (negatives / positives) ^ positivePower). */
  positivePower: number;
  maxPositiveWeight: number;
  seed: number;
  /**
   * `svm`: a linear SVM solved exactly by dual coordinate descent (src/models/svm-dual.ts), with
   * `C` its inverse regularisation; absent: these AdaGrad epochs.
   */
  solver?: 'svm';
  C?: number;
}

/** Defaults chosen by cross-validation (see MODEL_CARD.md). */
export const DEFAULT_LEARNER: LearnerOptions = { epochs: 4, rate: 0.2, l2: 0.05, positivePower: 0.5, maxPositiveWeight: 10, seed: 1 };

/** Raw (uncalibrated) linear weights of a multi-label model. */
export interface LinearWeights {
  bits: number;
  labelCount: number;
  /** `weights[feature * labelCount + label]`. */
  weights: Float32Array;
  bias: Float32Array;
}

/**
 * Trains on `rows` with `targets[row * labelCount + label]` ∈ {0, 1}.
 * @example
 * const w = trainOneVsRest(rows, targets, 2, 18, DEFAULT_LEARNER);
 */
export function trainOneVsRest(rows: SparseRow[], targets: Uint8Array, labelCount: number, bits: number, opts: LearnerOptions): LinearWeights {
  if (opts.solver === 'svm') {
    return trainLinearSvm(rows, targets, labelCount, bits, { ...DEFAULT_SVM, C: opts.C ?? DEFAULT_SVM.C, positivePower: opts.positivePower, maxPositiveWeight: opts.maxPositiveWeight, seed: opts.seed });
  }
  const L = labelCount;
  const weights = new Float32Array((1 << bits) * L);
  const accum = new Float32Array((1 << bits) * L);
  const bias = new Float32Array(L);
  const biasAccum = new Float32Array(L);
  const posWeight = positiveWeights(targets, rows.length, L, opts);
  const order = Int32Array.from(rows.keys());
  const random = mulberry32(opts.seed);
  const grad = new Float64Array(L);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const r of order) {
      const row = rows[r] as SparseRow;
      margins(weights, bias, row, L, grad);
      for (let l = 0; l < L; l++) {
        const y = targets[r * L + l] as number;
        const p = 1 / (1 + Math.exp(-(grad[l] as number)));
        grad[l] = (p - y) * (y === 1 ? (posWeight[l] as number) : 1);
        const g = grad[l] as number;
        biasAccum[l] = (biasAccum[l] as number) + g * g;
        bias[l] = (bias[l] as number) - (opts.rate * g) / Math.sqrt((biasAccum[l] as number) + 1e-8);
      }
      update(weights, accum, row, L, grad, opts);
    }
  }
  return { bits, labelCount: L, weights, bias };
}

/** Writes each label's margin (bias + w·x) for `row` into `out`. */
export function margins(weights: Float32Array, bias: Float32Array, row: SparseRow, L: number, out: Float64Array): void {
  for (let l = 0; l < L; l++) out[l] = bias[l] as number;
  const { indices, values } = row;
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] as number) * L;
    const v = values[k] as number;
    for (let l = 0; l < L; l++) out[l] = (out[l] as number) + v * (weights[base + l] as number);
  }
}

/** The margins of every row of `rows` under `w`, row after row (rows × labels). */
export function rowsMargins(w: LinearWeights, rows: readonly SparseRow[]): Float64Array {
  const L = w.labelCount;
  const out = new Float64Array(rows.length * L);
  const m = new Float64Array(L);
  rows.forEach((row, i) => {
    margins(w.weights, w.bias, row, L, m);
    out.set(m, i * L);
  });
  return out;
}

function update(weights: Float32Array, accum: Float32Array, row: SparseRow, L: number, grad: Float64Array, opts: LearnerOptions): void {
  const { indices, values } = row;
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] as number) * L;
    const v = values[k] as number;
    for (let l = 0; l < L; l++) {
      const gl = grad[l] as number;
      // Skip labels the row barely moves: it keeps training fast and acts as lazy L2.
      if (gl < 1e-3 && gl > -1e-3) continue;
      const j = base + l;
      const w = weights[j] as number;
      const g = gl * v + opts.l2 * w;
      const a = (accum[j] as number) + g * g;
      accum[j] = a;
      weights[j] = w - (opts.rate * g) / Math.sqrt(a + 1e-8);
    }
  }
}

function positiveWeights(targets: Uint8Array, n: number, L: number, opts: LearnerOptions): Float64Array {
  const out = new Float64Array(L);
  for (let l = 0; l < L; l++) {
    let pos = 0;
    for (let r = 0; r < n; r++) pos += targets[r * L + l] as number;
    const ratio = pos > 0 ? (n - pos) / pos : 1;
    out[l] = Math.max(1, Math.min(opts.maxPositiveWeight, ratio ** opts.positivePower));
  }
  return out;
}
