/**
 * The cross-validation harness every training run uses: k folds grouped by article (all items of
 * one article, e.g. its paragraphs, fall in the same fold), deterministic for a seed, optionally
 * repeated with further seeds. Reports the mean and the spread of the metric over the folds, and the
 * mean per-label figures.
 *
 * Fold assignment: the distinct group ids are sorted, shuffled with the seed (mulberry32 +
 * Fisher–Yates), then dealt round-robin into k folds, so fold sizes differ by at most one group and
 * the result does not depend on the order of `items`. Repeat r uses seed `seed + r`.
 */
import type { LabelScore } from './f1.js';
import { seededShuffle } from './seeded-random.js';

/** What a metric returns on one fold. */
export interface MetricResult {
  /** The official figure (e.g. micro-F1). */
  value: number;
  perLabel?: LabelScore[];
}

/** How to cross-validate. */
export interface CrossValidationOptions {
  /** Number of folds, at least 2 and at most the number of groups. Default 5. */
  k?: number;
  /** Seed of the shuffle. Default 1. */
  seed?: number;
  /** Number of repetitions with seeds seed, seed+1, ... Default 1. */
  repeats?: number;
}

/** What one task needs: how to group, train, predict and score. */
export interface CrossValidationTask<I, M, P> {
  items: readonly I[];
  groupOf: (item: I) => string;
  train: (items: readonly I[]) => M;
  predict: (model: M, items: readonly I[]) => P;
  metric: (items: readonly I[], predictions: P) => MetricResult;
}

/** Mean and sample standard deviation (n − 1; 0 for a single value). */
export interface Spread {
  mean: number;
  std: number;
  n: number;
}

/** One fold's outcome. */
export interface FoldResult extends MetricResult {
  repeat: number;
  fold: number;
  trainItems: number;
  testItems: number;
}

/** Mean figures of one label over the folds. */
export interface LabelSpread {
  label: string;
  precision: number;
  recall: number;
  f1: Spread;
  /** Total gold support over the test folds of one repeat (every item is tested once per repeat). */
  support: number;
}

/** The harness's report. */
export interface CrossValidationResult {
  folds: FoldResult[];
  value: Spread;
  perLabel: LabelSpread[];
}

/** Mean and sample standard deviation of `values`. */
export function spread(values: readonly number[]): Spread {
  const n = values.length;
  if (n === 0) return { mean: 0, std: 0, n };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, std: Math.sqrt(variance), n };
}

/** Splits group ids into k folds (arrays of group ids), deterministically for `seed`. */
export function makeFolds(groups: Iterable<string>, k: number, seed: number): string[][] {
  const distinct = [...new Set(groups)].sort();
  if (!Number.isInteger(k) || k < 2 || k > distinct.length) {
    throw new Error(`slant: cross-validation needs 2 ≤ k ≤ ${distinct.length} groups, got k = ${k}`);
  }
  const folds: string[][] = Array.from({ length: k }, () => []);
  seededShuffle(distinct, seed).forEach((g, i) => folds[i % k]!.push(g));
  return folds;
}

/**
 * Runs k-fold cross-validation grouped by `groupOf`.
 * @example
 * const cv = crossValidate({ items, groupOf: (r) => r.id, train, predict, metric }, { k: 5, seed: 1 });
 * console.log(cv.value.mean, cv.value.std);
 */
export function crossValidate<I, M, P>(task: CrossValidationTask<I, M, P>, options: CrossValidationOptions = {}): CrossValidationResult {
  const k = options.k ?? 5;
  const seed = options.seed ?? 1;
  const repeats = options.repeats ?? 1;
  const folds: FoldResult[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    const split = makeFolds(task.items.map(task.groupOf), k, seed + repeat);
    split.forEach((groups, fold) => {
      const held = new Set(groups);
      const test = task.items.filter((i) => held.has(task.groupOf(i)));
      const train = task.items.filter((i) => !held.has(task.groupOf(i)));
      const result = task.metric(test, task.predict(task.train(train), test));
      folds.push({ ...result, repeat, fold, trainItems: train.length, testItems: test.length });
    });
  }
  return { folds, value: spread(folds.map((f) => f.value)), perLabel: summarizeLabels(folds, repeats) };
}

/** Mean per-label figures over the folds that report them. */
function summarizeLabels(folds: readonly FoldResult[], repeats: number): LabelSpread[] {
  const byLabel = new Map<string, LabelScore[]>();
  for (const f of folds) for (const s of f.perLabel ?? []) (byLabel.get(s.label) ?? byLabel.set(s.label, []).get(s.label)!).push(s);
  return [...byLabel].map(([label, scores]) => ({
    label,
    precision: spread(scores.map((s) => s.precision)).mean,
    recall: spread(scores.map((s) => s.recall)).mean,
    f1: spread(scores.map((s) => s.f1)),
    support: scores.reduce((a, s) => a + s.support, 0) / repeats,
  }));
}
