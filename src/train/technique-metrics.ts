/**
 * Micro- and macro-F1 over (article, paragraph) rows and per-label P/R/F1 (stand-in for src/eval
 * until it lands). Micro sums TP/FP/FN over every row and label, as the official scorer does.
 */

/** Precision, recall, F1 and support of one label. */
export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Scores of a set of predictions. */
export interface TechniqueScores {
  micro: number;
  /** Mean F1 over the labels that occur in the gold rows. */
  macro: number;
  perLabel: LabelScore[];
}

/** Scores `pred` against `gold`, both `rows × labels` 0/1 matrices (row-major). */
export function scoreTechniques(pred: Uint8Array, gold: Uint8Array, labels: readonly string[], rowMask?: Uint8Array): TechniqueScores {
  const L = labels.length;
  const tp = new Float64Array(L), fp = new Float64Array(L), fn = new Float64Array(L);
  for (let i = 0; i < pred.length; i++) {
    if (rowMask && rowMask[Math.floor(i / L)] !== 1) continue;
    const l = i % L;
    if (pred[i] && gold[i]) tp[l]++; else if (pred[i]) fp[l]++; else if (gold[i]) fn[l]++;
  }
  let TP = 0, FP = 0, FN = 0, macroSum = 0, macroN = 0;
  const perLabel = labels.map((label, l) => {
    const t = tp[l] as number, p = fp[l] as number, n = fn[l] as number;
    TP += t; FP += p; FN += n;
    const f1 = t === 0 ? 0 : (2 * t) / (2 * t + p + n);
    if (t + n > 0) { macroSum += f1; macroN++; }
    return { label, precision: t + p > 0 ? t / (t + p) : 0, recall: t + n > 0 ? t / (t + n) : 0, f1, support: t + n };
  });
  return { micro: TP === 0 ? 0 : (2 * TP) / (2 * TP + FP + FN), macro: macroN ? macroSum / macroN : 0, perLabel };
}

/** Mean and sample standard deviation. */
export function meanStd(xs: number[]): { mean: number; std: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const v = xs.length > 1 ? xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1) : 0;
  return { mean, std: Math.sqrt(v) };
}
