/**
 * Precision, recall and F1 from counts, the way scikit-learn's `precision_recall_fscore_support`
 * computes them (the official SemEval-2023 scorers call `f1_score`):
 * P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn); a ratio with a zero denominator is
 * `zeroDivision` (scikit-learn's default, 0, unless the caller says otherwise).
 */

/** True positives, false positives and false negatives of one label (or pooled over labels). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Figures of one label. `support` is the number of gold occurrences (tp + fn). */
export interface LabelScore extends Prf {
  label: string;
  support: number;
  /** Number of predicted occurrences (tp + fp). */
  predicted: number;
}

/** Options shared by the metrics. */
export interface ScoreOptions {
  /** Value of a ratio whose denominator is 0 (scikit-learn's `zero_division`). Default 0. */
  zeroDivision?: number;
}

const ratio = (num: number, den: number, zero: number): number => (den === 0 ? zero : num / den);

/** P, R and F1 of counts. */
export function prf(c: Counts, options: ScoreOptions = {}): Prf {
  const zero = options.zeroDivision ?? 0;
  return {
    precision: ratio(c.tp, c.tp + c.fp, zero),
    recall: ratio(c.tp, c.tp + c.fn, zero),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn, zero),
  };
}

/** The figures of one label from its counts. */
export function labelScore(label: string, c: Counts, options?: ScoreOptions): LabelScore {
  return { label, ...prf(c, options), support: c.tp + c.fn, predicted: c.tp + c.fp };
}

/** Sum of counts (micro-averaging pools counts before dividing). */
export function sumCounts(all: Iterable<Counts>): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const c of all) {
    out.tp += c.tp;
    out.fp += c.fp;
    out.fn += c.fn;
  }
  return out;
}

/** Unweighted mean of per-label P, R and F1 (macro-averaging: F1 is the mean of F1s, not F1 of means). */
export function macroAverage(scores: readonly Prf[]): Prf {
  const n = scores.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  const mean = (k: keyof Prf): number => scores.reduce((s, x) => s + x[k], 0) / n;
  return { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
}
