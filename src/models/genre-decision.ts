/**
 * The genre decision (issue 5, item 1): three one-vs-rest margins become calibrated probabilities
 * (Platt per class, then normalised to sum to 1), and the label is the class with the highest
 * log-probability plus a per-class offset. The offsets are chosen on out-of-fold scores to maximise
 * macro-F1, so the rare classes (reporting, satire) are found rather than swallowed by opinion.
 */
import { applyPlatt, fitPlatt, type Platt } from './platt.js';

/** Calibration and decision offsets of one language (opinion's offset is 0 by construction). */
export interface GenreDecision {
  platt: Platt[];
  /** Added to log-probabilities before the argmax. */
  offsets: number[];
}

/** Probabilities (summing to 1) of one article's class margins. */
export function genreProbabilities(margins: ArrayLike<number>, platt: readonly Platt[]): Float64Array {
  const p = Float64Array.from(platt, (c, k) => Math.max(1e-6, applyPlatt(c, margins[k] as number)));
  const sum = p.reduce((a, b) => a + b, 0);
  return p.map((x) => x / sum);
}

/** Index of the decided class: argmax of log p + offset (first wins on ties). */
export function genreDecide(probs: ArrayLike<number>, offsets: readonly number[]): number {
  let best = 0, bestV = -Infinity;
  for (let k = 0; k < offsets.length; k++) {
    const v = Math.log(probs[k] as number) + (offsets[k] as number);
    if (v > bestV) { bestV = v; best = k; }
  }
  return best;
}

const OFFSETS = Array.from({ length: 25 }, (_, i) => -1 + i * 0.25);

/**
 * Fits Platt per class and the offsets of classes 1.. on `margins` (n × K) with gold class indices.
 * Ties between offset settings go to the smallest total |offset| (the least departure from the
 * calibrated probabilities), which keeps the choice stable on small sets.
 */
export function fitGenreDecision(margins: Float64Array, gold: ArrayLike<number>, K: number): GenreDecision {
  const n = gold.length;
  const platt: Platt[] = [];
  for (let k = 0; k < K; k++) {
    platt.push(fitPlatt(Array.from({ length: n }, (_, i) => margins[i * K + k] as number), Array.from({ length: n }, (_, i) => ((gold[i] as number) === k ? 1 : 0))));
  }
  const probs = Array.from({ length: n }, (_, i) => genreProbabilities(margins.subarray(i * K, i * K + K), platt));
  let best = new Array<number>(K).fill(0), bestF = -1, bestCost = Infinity;
  for (const offsets of offsetGrid(K)) {
    const f = macroF1(probs.map((p) => genreDecide(p, offsets)), gold, K);
    const cost = offsets.reduce((a, b) => a + Math.abs(b), 0);
    if (f > bestF + 1e-9 || (f > bestF - 1e-9 && cost < bestCost)) { bestF = f; best = offsets; bestCost = cost; }
  }
  return { platt, offsets: best };
}

function offsetGrid(K: number): number[][] {
  let grid: number[][] = [[0]];
  for (let k = 1; k < K; k++) grid = grid.flatMap((g) => OFFSETS.map((o) => [...g, o]));
  return grid;
}

/** Macro-F1 over the classes present in gold or predictions (the official scorer's average). */
export function macroF1(pred: ArrayLike<number>, gold: ArrayLike<number>, K: number): number {
  const tp = new Float64Array(K), fp = new Float64Array(K), fn = new Float64Array(K);
  for (let i = 0; i < gold.length; i++) {
    const p = pred[i] as number, g = gold[i] as number;
    if (p === g) tp[g]++; else { fp[p]++; fn[g]++; }
  }
  let sum = 0, present = 0;
  for (let k = 0; k < K; k++) {
    const t = tp[k] as number, a = fp[k] as number, b = fn[k] as number;
    if (t + a + b === 0) continue;
    present++;
    sum += (2 * t) / (2 * t + a + b);
  }
  return present ? sum / present : 0;
}
