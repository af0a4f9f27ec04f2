/**
 * Multi-label scores as the official scorers of SemEval-2023 Task 3 subtasks 2 and 3 compute them:
 * `MultiLabelBinarizer` fitted on the official label list, then scikit-learn `f1_score` with
 * `average="micro"` (the official figure) and `average="macro"` (mean of the per-label F1 over
 * every label of the list, including labels that occur neither in gold nor in predictions).
 * Each row is one article (frames) or one (article, paragraph) (techniques); an empty set is a row
 * with no label, and counts for false positives/negatives like any other.
 */
import { labelScore, macroAverage, prf, sumCounts, type Counts, type LabelScore, type Prf, type ScoreOptions } from './f1.js';
import type { UnitCounts } from './bootstrap.js';

/** One scored row: its gold and predicted label sets. */
export interface MultiLabelPair<L extends string = string> {
  gold: readonly L[];
  pred: readonly L[];
}

/** Micro and macro figures plus one entry per label of the list, in list order. */
export interface MultiLabelScore {
  micro: Prf;
  macro: Prf;
  perLabel: LabelScore[];
  rows: number;
}

/** Per-label counts over the rows; labels outside `labels` are ignored (as the binarizer does). */
export function countMultiLabel<L extends string>(pairs: readonly MultiLabelPair<L>[], labels: readonly L[]): Map<L, Counts> {
  const counts = new Map<L, Counts>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  for (const { gold, pred } of pairs) {
    const g = new Set(gold);
    const p = new Set(pred);
    for (const label of g) {
      const c = counts.get(label);
      if (c) p.has(label) ? c.tp++ : c.fn++;
    }
    for (const label of p) {
      const c = counts.get(label);
      if (c && !g.has(label)) c.fp++;
    }
  }
  return counts;
}

/**
 * Scores multi-label rows against the label list.
 * @example
 * scoreMultiLabel([{ gold: ['Doubt'], pred: ['Doubt', 'Slogans'] }], TECHNIQUES).micro.f1; // 2/3
 */
export function scoreMultiLabel<L extends string>(
  pairs: readonly MultiLabelPair<L>[],
  labels: readonly L[],
  options?: ScoreOptions,
): MultiLabelScore {
  const counts = countMultiLabel(pairs, labels);
  const perLabel = labels.map((l) => labelScore(l, counts.get(l)!, options));
  return {
    micro: prf(sumCounts(counts.values()), options),
    macro: macroAverage(perLabel),
    perLabel,
    rows: pairs.length,
  };
}

/**
 * Each article's pooled tp, fp and fn, for the bootstrap of micro-F1 (`bootstrap.ts`): `articleOf`
 * names the article of a row (a frames row is one; a techniques row is one of its paragraphs).
 */
export function multiLabelUnits<L extends string, P extends MultiLabelPair<L>>(
  pairs: readonly P[],
  labels: readonly L[],
  articleOf: (pair: P) => string,
): UnitCounts {
  const units = new Map<string, number[]>();
  for (const pair of pairs) {
    const c = sumCounts(countMultiLabel([pair], labels).values());
    const id = articleOf(pair);
    const unit = units.get(id) ?? units.set(id, [0, 0, 0]).get(id)!;
    unit[0]! += c.tp;
    unit[1]! += c.fp;
    unit[2]! += c.fn;
  }
  return { units, figure: ([tp = 0, fp = 0, fn = 0]) => prf({ tp, fp, fn }).f1 };
}
