/**
 * A genre decision over the article's cue densities (`articleCueDensities`: quotes, questions,
 * numbers, first person, reported speech … per 1,000 tokens, and the article's size) instead of
 * its n-gram margins: one ridge logistic regression per genre over the standardised densities,
 * whose logits the usual genre decision (Platt per class, offsets for macro-F1) reads. A handful
 * of numbers generalise where a bag of n-grams over a few hundred articles does not: English
 * reporting and opinion share their topics, not their style (scripts/cv-genre-cues.ts).
 *
 * A short text's rates are noise (one "?" in five words is 200 per 1,000) and its size lies far
 * below every training article's, and a linear regression extrapolates both into certainty ("Hello
 * there. This is fine." came out satire). So the densities are tempered before they are read
 * (`CueTemper`), in training and in use alike.
 */
import { fitLogisticColumns, type Platt } from './platt.js';
import { fitGenreDecision } from './genre-decision.js';
import { ARTICLE_CUE_RATES } from '../features/article-cues.js';

/** The cue regressions of one language, with the calibration and offsets of their logits. */
export interface CueDecisionData {
  /** Mean and standard deviation of each density over the training articles. */
  mean: number[];
  sd: number[];
  /** Per genre: a weight per standardised density, and a bias. */
  weights: number[][];
  bias: number[];
  platt: Platt[];
  /** Offsets added to the log-probabilities (as `thresholds` of a genre decision). */
  thresholds: number[];
  /** Absent in files trained before it (their densities are read as they are). */
  temper?: CueTemper;
}

/**
 * Each rate's distance from the training mean is scaled by t / (t + `tokens`) for an article of t
 * tokens (a pseudo-count of `tokens` tokens at the mean rates), and every standardised value is
 * clipped to ±`clip` (the size values above all: a training article has 67 words or more).
 */
export interface CueTemper {
  tokens: number;
  clip: number;
}

/**
 * Chosen on English genre, 6 × 5 folds, articles cut to their first 15 / 40 / 100 words and whole
 * (`node --import tsx scripts/cv-short-articles.ts genre`). Mean log-loss of the gold genre: none
 * 0.794 / 0.578 / 0.458 / 0.382; rates only (150 tokens) 0.725 / 0.499 / 0.433 / 0.376; clip 3
 * only 0.648 / 0.558 / 0.459 / 0.383; 300 and 3 0.522 / 0.472 / 0.428 / 0.375 (macro-F1 of whole
 * articles 0.454 → 0.482; fold seeds 7–12 0.426 → 0.475); 600 and 3 0.527 / 0.469 / 0.425 /
 * 0.375; 300 and 2.5 0.486 / 0.462 / 0.425 / 0.376 (whole 0.465).
 */
export const CUE_TEMPER: CueTemper = { tokens: 300, clip: 3 };

/**
 * Ridge strength of the regressions (English macro-F1 over 12 × 5 folds: 10 gave 0.440, 3 0.429,
 * 30 0.430; fitted by plain gradient steps before, 30 and 100 had given 0.423 and 0.414).
 */
export const CUE_RIDGE = 10;

/**
 * Fits one ridge logistic regression per class of `gold` (indices in 0 … K-1) over rows `x` of
 * densities (`fitLogisticColumns` over the standardised columns, tempered unless `temper` is
 * null); returns the standardisation and the weights (platt and thresholds left empty).
 */
export function fitCueRegressions(x: readonly ArrayLike<number>[], gold: readonly number[], K: number, ridge = CUE_RIDGE, temper: CueTemper | null = CUE_TEMPER): Omit<CueDecisionData, 'platt' | 'thresholds'> {
  const n = x.length;
  const d = (x[0] as ArrayLike<number>).length;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((a, r) => a + (r[j] as number), 0) / n);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(x.reduce((a, r) => a + ((r[j] as number) - (mean[j] as number)) ** 2, 0) / n) || 1);
  const scale = { mean, sd, ...(temper ? { temper } : {}) };
  const z = x.map((r) => standardised(scale, r));
  const columns = Array.from({ length: d }, (_, j) => Float64Array.from(z, (r) => r[j] as number));
  const weights: number[][] = [];
  const bias: number[] = [];
  for (let k = 0; k < K; k++) {
    const w = fitLogisticColumns(columns, gold.map((g): number => (g === k ? 1 : 0)), ridge);
    bias.push(w.pop() as number);
    weights.push(w);
  }
  return { ...scale, weights, bias };
}

/** The densities `x` as the regressions read them: tempered (`CueTemper`, when the decision has one) and standardised. */
export function standardised(c: Pick<CueDecisionData, 'mean' | 'sd' | 'temper'>, x: ArrayLike<number>): Float64Array {
  const t = c.temper;
  const tokens = Math.expm1(x[ARTICLE_CUE_RATES] as number);
  const share = t ? tokens / (tokens + t.tokens) : 1;
  return Float64Array.from(c.mean, (m, j) => {
    const z = (((x[j] as number) - m) * (j < ARTICLE_CUE_RATES ? share : 1)) / (c.sd[j] as number);
    return t ? Math.min(t.clip, Math.max(-t.clip, z)) : z;
  });
}

/** Inner folds for the logits the calibration and offsets are fitted on. */
const INNER_FOLDS = 5;

/**
 * A cue decision fitted on articles with densities `x` and gold classes `gold`: the regressions
 * on all of them; the calibration and offsets (as `fitGenreDecision` fits them on margins) on
 * logits of regressions that did not see the article (article i in inner fold i mod 5).
 */
export function fitCueDecision(x: readonly ArrayLike<number>[], gold: readonly number[], K: number, temper: CueTemper | null = CUE_TEMPER): CueDecisionData {
  const logits = new Float64Array(x.length * K);
  for (let g = 0; g < INNER_FOLDS; g++) {
    const fit = x.flatMap((_, i) => (i % INNER_FOLDS === g ? [] : [i]));
    // A single article (a tiny corpus) leaves nothing to fit on: its logits stay 0.
    if (fit.length === 0) continue;
    const inner = fitCueRegressions(fit.map((i) => x[i] as ArrayLike<number>), fit.map((i) => gold[i] as number), K, CUE_RIDGE, temper);
    for (let i = g; i < x.length; i += INNER_FOLDS) logits.set(cueLogits(inner, x[i] as ArrayLike<number>), i * K);
  }
  const { platt, offsets } = fitGenreDecision(logits, gold, K);
  return { ...fitCueRegressions(x, gold, K, CUE_RIDGE, temper), platt, thresholds: offsets };
}

/** The regressions' logit for each class of one article's densities `x`: its bias plus every density's push. */
export function cueLogits(c: Pick<CueDecisionData, 'mean' | 'sd' | 'temper' | 'weights' | 'bias'>, x: ArrayLike<number>): Float64Array {
  const z = standardised(c, x);
  return Float64Array.from(c.weights, (w, k) => w.reduce((m, wj, j) => m + wj * (z[j] as number), c.bias[k] as number));
}

/** Each density's push on class `k`'s logit: weight × standardised (tempered) value. */
export function cueContributions(c: Pick<CueDecisionData, 'mean' | 'sd' | 'temper' | 'weights'>, x: ArrayLike<number>, k: number): Float64Array {
  const w = c.weights[k] as number[];
  const z = standardised(c, x);
  return Float64Array.from(w, (wj, j) => wj * (z[j] as number));
}

/** What is wrong with a cue decision read from a model file (`K` classes, `d` densities), if anything. */
export function cueDecisionProblem(c: CueDecisionData, K: number, d: number): string | null {
  const finite = (a: unknown, n: number): boolean => Array.isArray(a) && a.length === n && a.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!finite(c.mean, d) || !finite(c.sd, d) || c.sd.some((v) => v <= 0) || !finite(c.bias, K) || !finite(c.thresholds, K)) return 'cue decision malformed';
  if (!Array.isArray(c.weights) || c.weights.length !== K || c.weights.some((w) => !finite(w, d))) return 'cue decision malformed';
  if (!Array.isArray(c.platt) || c.platt.length !== K || c.platt.some((p) => !Number.isFinite(p?.a) || !Number.isFinite(p?.b))) return 'cue decision malformed';
  if (c.temper !== undefined && !(typeof c.temper?.tokens === 'number' && c.temper.tokens >= 0 && typeof c.temper.clip === 'number' && c.temper.clip > 0)) return 'cue tempering malformed';
  return null;
}
