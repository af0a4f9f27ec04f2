/**
 * Fitting the trivial baselines on training labels, choosing the constant answer that maximises the
 * official measure on the training rows:
 * - genre (macro-F1): the majority genre, ties broken in list order (any constant answer has macro-F1
 *   = F1 of that genre / number of genres present, which is largest for the most frequent one);
 * - frames and techniques (micro-F1): the same label set for every row. For a set of size k the best
 *   choice is the k most frequent labels, because with N rows and n_l occurrences of label l,
 *   tp = Σ_{l∈S} n_l, fp = Σ_{l∈S} (N − n_l), fn = Σ_{l∉S} n_l, so micro-F1 = 2tp/(2tp+fp+fn) grows
 *   with every swap of a rarer label for a more frequent one. We try every k and keep the best.
 */
import { prf } from '../eval/f1.js';

/** The most frequent label of `rows`; ties go to the label earlier in `labels`. */
export function fitMajority<L extends string>(rows: readonly L[], labels: readonly L[]): L {
  const count = new Map<L, number>();
  for (const r of rows) count.set(r, (count.get(r) ?? 0) + 1);
  let best = labels[0]!;
  for (const l of labels) if ((count.get(l) ?? 0) > (count.get(best) ?? 0)) best = l;
  return best;
}

/** The constant label set with the highest micro-F1 over `rows` (the k most frequent labels, best k). */
export function fitConstantSet<L extends string>(rows: readonly (readonly L[])[], labels: readonly L[]): L[] {
  const count = new Map<L, number>(labels.map((l) => [l, 0]));
  for (const row of rows) for (const l of new Set(row)) if (count.has(l)) count.set(l, count.get(l)! + 1);
  const ranked = [...labels].sort((a, b) => count.get(b)! - count.get(a)!);
  const total = [...count.values()].reduce((a, b) => a + b, 0);
  let best: L[] = [];
  let bestF1 = -1;
  let tp = 0;
  for (let k = 0; k <= ranked.length; k++) {
    if (k > 0) tp += count.get(ranked[k - 1]!)!;
    const f1 = prf({ tp, fp: k * rows.length - tp, fn: total - tp }).f1;
    if (f1 > bestF1) [best, bestF1] = [ranked.slice(0, k), f1];
  }
  return best;
}
