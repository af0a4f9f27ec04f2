/**
 * Folds grouped by article: every paragraph of an article falls in the same fold, so no article is
 * seen in training and testing at once. Deterministic given the seed.
 */
import { mulberry32, shuffleInPlace } from '../models/prng.js';

/** Fold number (0 … k-1) of each row, from the row's group (article id). */
export function groupedFolds(groups: string[], k: number, seed: number): Int32Array {
  const unique = Array.from(new Set(groups)).sort();
  shuffleInPlace(unique, mulberry32(seed));
  const foldOf = new Map<string, number>();
  unique.forEach((g, i) => foldOf.set(g, i % k));
  return Int32Array.from(groups, (g) => foldOf.get(g) as number);
}
