/**
 * Single-label (multi-class) scores as the official scorer of SemEval-2023 Task 3 subtask 1 computes
 * them: scikit-learn `f1_score(gold, pred, average="macro")` (the official figure) and
 * `average="micro"` (equal to accuracy when every row has exactly one gold and one predicted label).
 * As in scikit-learn without a `labels` argument, macro-F1 averages over the labels that occur in the
 * gold or the predictions (`macroOver: 'present'`); `'all'` averages over the whole list instead,
 * giving labels absent from both `zeroDivision`. The two differ only when a label occurs in neither
 * (e.g. a cross-validation fold with no satire where none is predicted).
 */
import { labelScore, macroAverage, prf, sumCounts, type Counts, type LabelScore, type Prf, type ScoreOptions } from './f1.js';
import type { UnitCounts } from './bootstrap.js';

/** Options of single-label scoring. */
export interface SingleLabelOptions extends ScoreOptions {
  /** Which labels macro-F1 averages over. Default `'present'` (scikit-learn / official scorer). */
  macroOver?: 'present' | 'all';
}

/** Micro and macro figures plus one entry per label of the list. */
export interface SingleLabelScore {
  micro: Prf;
  macro: Prf;
  perLabel: LabelScore[];
  /** The labels macro-F1 averaged over. */
  macroLabels: string[];
  rows: number;
}

/**
 * Scores one gold and one predicted label per row.
 * @example
 * scoreSingleLabel([{ gold: 'opinion', pred: 'opinion' }], GENRES).macro.f1; // 1
 */
export function scoreSingleLabel<L extends string>(
  pairs: readonly { gold: L; pred: L }[],
  labels: readonly L[],
  options: SingleLabelOptions = {},
): SingleLabelScore {
  const counts = new Map<L, Counts>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const present = new Set<L>();
  for (const { gold, pred } of pairs) {
    present.add(gold).add(pred);
    if (gold === pred) counts.get(gold)!.tp++;
    else {
      counts.get(gold)!.fn++;
      counts.get(pred)!.fp++;
    }
  }
  const perLabel = labels.map((l) => labelScore(l, counts.get(l)!, options));
  const macroLabels: string[] = options.macroOver === 'all' ? [...labels] : labels.filter((l) => present.has(l));
  return {
    micro: prf(sumCounts(counts.values()), options),
    macro: macroAverage(perLabel.filter((s) => macroLabels.includes(s.label))),
    perLabel,
    macroLabels,
    rows: pairs.length,
  };
}

/**
 * Each article's tp, fp and fn per label (three numbers per label, in list order), for the bootstrap
 * of macro-F1 over the labels present (`bootstrap.ts`), as scoreSingleLabel computes it by default.
 */
export function singleLabelUnits<L extends string>(pairs: readonly { id: string; gold: L; pred: L }[], labels: readonly L[]): UnitCounts {
  const index = new Map(labels.map((l, i) => [l, 3 * i]));
  const units = new Map<string, number[]>();
  for (const { id, gold, pred } of pairs) {
    const unit = units.get(id) ?? units.set(id, new Array<number>(3 * labels.length).fill(0)).get(id)!;
    const g = index.get(gold)!;
    if (gold === pred) unit[g]!++;
    else {
      unit[g + 2]!++;
      unit[index.get(pred)! + 1]!++;
    }
  }
  const figure = (sum: readonly number[]): number => {
    const present = labels.map((_, i) => ({ tp: sum[3 * i]!, fp: sum[3 * i + 1]!, fn: sum[3 * i + 2]! })).filter((c) => c.tp + c.fp + c.fn > 0);
    return macroAverage(present.map((c) => prf(c))).f1;
  };
  return { units, figure };
}
