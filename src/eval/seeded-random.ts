/** Seeded shuffling for folds, on the same generator as training (mulberry32), so folds are the same on every machine. */
import { mulberry32, shuffleInPlace } from '../models/prng.js';

/** Returns a function giving numbers in [0, 1), fully determined by `seed`. */
export const seededRandom = mulberry32;

/** A shuffled copy of `items` (Fisher–Yates) driven by `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  shuffleInPlace(out, mulberry32(seed));
  return out;
}
