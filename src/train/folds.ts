/**
 * Folds grouped by article: every paragraph of an article falls in the same fold, so no article is
 * seen in training and testing at once. Deterministic given the seed.
 */
import { mulberry32, shuffleInPlace } from '../models/prng.js';
import { SlantError } from '../errors.js';

/** Fold number (0 … k-1) of each row, from the row's group (article id). */
export function groupedFolds(groups: string[], k: number, seed: number): Int32Array {
  const foldOf = new Map<string, number>();
  shuffledGroups(Array.from(new Set(groups)), k, seed).forEach((g, i) => foldOf.set(g, i % k));
  return Int32Array.from(groups, (g) => foldOf.get(g) as number);
}

/**
 * The distinct `groups` sorted, then shuffled by `seed`: the order folds are dealt in.
 * @throws SlantError when there are fewer than k (folds would be left without test articles).
 */
function shuffledGroups(groups: string[], k: number, seed: number): string[] {
  const unique = groups.sort();
  // Fewer articles than folds would leave folds empty: no test articles, no decision fitted for them.
  if (unique.length < k) {
    const langs = [...new Set(unique.map((g) => g.split(':')[0]))].filter((l) => l !== undefined && l.length <= 3);
    const where = langs.length === 1 ? `${langs[0]}: ` : '';
    throw new SlantError(`slant: ${where}${unique.length} article${unique.length === 1 ? '' : 's'}, too few for ${k}-fold cross-validation (give --folds ${Math.max(2, unique.length)} or fewer, or more articles)`);
  }
  shuffleInPlace(unique, mulberry32(seed));
  return unique;
}

/**
 * `groupedFolds` that also spreads each stratum evenly over the folds (scikit-learn's
 * StratifiedKFold for one label per article): the articles are shuffled as there, then dealt out
 * stratum by stratum, so each fold holds a k-th of every stratum, give or take one. `strata[i]` is
 * row i's stratum (e.g. its language and genre); an article's first row names it.
 * @throws SlantError as `groupedFolds` when there are fewer articles than folds.
 */
export function stratifiedGroupedFolds(groups: string[], strata: readonly string[], k: number, seed: number): Int32Array {
  const stratumOf = new Map<string, string>();
  groups.forEach((g, i) => {
    if (!stratumOf.has(g)) stratumOf.set(g, strata[i] as string);
  });
  const shuffled = shuffledGroups(Array.from(stratumOf.keys()), k, seed);
  const rank = new Map(shuffled.map((g, i) => [g, i]));
  const byStratum = (a: string, b: string): number => {
    const sa = stratumOf.get(a) as string;
    const sb = stratumOf.get(b) as string;
    return sa < sb ? -1 : sa > sb ? 1 : (rank.get(a) as number) - (rank.get(b) as number);
  };
  const foldOf = new Map<string, number>();
  shuffled.sort(byStratum).forEach((g, i) => foldOf.set(g, i % k));
  return Int32Array.from(groups, (g) => foldOf.get(g) as number);
}

/** Indices of the rows whose fold passes `keep` (e.g. `(f) => f !== k` for fold k's training part). */
export function rowsWhere(fold: Int32Array, keep: (f: number) => boolean): number[] {
  const out: number[] = [];
  fold.forEach((f, i) => { if (keep(f)) out.push(i); });
  return out;
}

/** The `rows` of a row-major matrix `m` with `width` values per row, in that order. */
export function pickRows<T extends Float64Array | Uint8Array>(m: T, rows: readonly number[], width: number): T {
  const out = new (m.constructor as new (n: number) => T)(rows.length * width);
  rows.forEach((r, i) => out.set(m.subarray(r * width, r * width + width), i * width));
  return out;
}

/**
 * Row-major matrices with the same rows stacked one under another (each repeat's out-of-fold
 * margins, say): a decision fitted on the result counts every row once per matrix. With one
 * matrix, that matrix itself.
 */
export function stackRows<T extends Float64Array | Uint8Array>(ms: readonly T[]): T {
  if (ms.length === 1) return ms[0] as T;
  const first = ms[0] as T;
  const out = new (first.constructor as new (n: number) => T)(ms.length * first.length);
  ms.forEach((m, i) => out.set(m, i * first.length));
  return out;
}
