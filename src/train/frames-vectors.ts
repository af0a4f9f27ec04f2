/**
 * Fitting the word-vector frames decision (models/vector-decision.ts) of one language of the
 * pooled frames model: per label, a ridge logistic regression over the standardised mean word
 * vector of each article; out of fold on the pooled model's own folds, so cross-validation can
 * compare the margin alone, the vectors alone and both (`pairFiguresOn`), and training keeps the
 * pair only where it wins by `COMPANION_MIN_GAIN`.
 */
import { meanVector, rowsWithVector, tokenRows, type VectorLexiconRef, type WordVectors } from '../features/word-vectors.js';
import { fitLogisticColumns } from '../models/platt.js';
import { regressionLogits, shrunkLogits, type VectorDecisionData } from '../models/vector-decision.js';
import type { ThresholdOptions } from '../models/thresholds.js';
import type { Document } from '../document/document.js';
import { COMPANION_MIN_GAIN } from '../models/serving-margins.js';
import { fitPairDecision, pairFiguresOn, pairWins, type PairFigures } from './frames-companion.js';
import { pickRows } from './folds.js';

/** Which languages of the pooled frames model decide with word vectors, and how. */
export interface FramesVectorSettings {
  /** The lexicon, as loaded from models/lexicon/ (its reference goes into the decision). */
  lexicon: WordVectors;
  ref: VectorLexiconRef;
  langs: readonly string[];
  /** Ridge of the regressions, on the standardised mean vector. */
  ridge: number;
  /** Pseudo-count of words toward the training mean (`VectorShrink`; 0: none). */
  shrinkWords: number;
}

/** An article's mean word vector and how many of its words have a vector. */
export interface ArticleVector {
  mean: Float64Array;
  words: number;
}

/** Intercept of a label with no positive article: such a label's vector logit says "no". */
const NO_POSITIVES_BIAS = -5;

/** Each article's mean word vector. */
export function articleVectors(lex: WordVectors, docs: readonly Document[]): ArticleVector[] {
  return docs.map((doc) => {
    const rows = tokenRows(lex, doc);
    return { mean: meanVector(lex, rows), words: rowsWithVector(rows) };
  });
}

/** The fitted regressions: what `shrunkLogits` reads. */
export type VectorRegressions = Pick<VectorDecisionData, 'weights' | 'bias' | 'shrink'>;

/**
 * Per label, the regression of `targets` (rows × L) on the articles' mean vectors, each shrunk
 * toward their mean by n / (n + `shrinkWords`) (`VectorShrink`) and standardised, with both folded
 * in: logits = bias + weights·x on the raw mean vector, then the shrinkage as `shrunkLogits` does it.
 */
export function fitVectorRegressions(A: readonly ArticleVector[], targets: Uint8Array, L: number, ridge: number, shrinkWords: number): VectorRegressions {
  const D = A[0]?.mean.length ?? 0;
  const m = new Float64Array(D);
  for (const a of A) for (let k = 0; k < D; k++) m[k] = (m[k] as number) + (a.mean[k] as number) / A.length;
  if (shrinkWords <= 0) return fitStandardised(A.map((a) => a.mean), targets, L, ridge);
  const shrunk = A.map((a) => {
    const s = a.words / (a.words + shrinkWords);
    return a.mean.map((v, k) => (m[k] as number) + (v - (m[k] as number)) * s);
  });
  const fit = fitStandardised(shrunk, targets, L, ridge);
  return { ...fit, shrink: { words: shrinkWords, centre: Array.from(regressionLogits(fit, m)) } };
}

/** Per label, the ridge logistic regression of `targets` on the standardised rows `X`, standardisation folded into the weights. */
function fitStandardised(X: readonly Float64Array[], targets: Uint8Array, L: number, ridge: number): Pick<VectorDecisionData, 'weights' | 'bias'> {
  const n = X.length;
  const D = X[0]?.length ?? 0;
  const mu = new Float64Array(D);
  const sd = new Float64Array(D);
  for (const x of X) for (let k = 0; k < D; k++) mu[k] = (mu[k] as number) + (x[k] as number) / n;
  for (const x of X) for (let k = 0; k < D; k++) sd[k] = (sd[k] as number) + ((x[k] as number) - (mu[k] as number)) ** 2 / n;
  for (let k = 0; k < D; k++) sd[k] = Math.sqrt(sd[k] as number) || 1;
  const columns = Array.from({ length: D }, (_, k) => Float64Array.from(X, (x) => ((x[k] as number) - (mu[k] as number)) / (sd[k] as number)));
  const weights = new Array<number>(L * D).fill(0);
  const bias = new Array<number>(L).fill(NO_POSITIVES_BIAS);
  for (let l = 0; l < L; l++) {
    const y = Uint8Array.from({ length: n }, (_, i) => targets[i * L + l] as number);
    if (!y.includes(1)) continue;
    const w = fitLogisticColumns(columns, y, ridge);
    let b = w[D] as number;
    for (let k = 0; k < D; k++) {
      weights[l * D + k] = (w[k] as number) / (sd[k] as number);
      b -= ((w[k] as number) * (mu[k] as number)) / (sd[k] as number);
    }
    bias[l] = b;
  }
  return { weights, bias };
}

/** Out-of-fold vector logits (rows × L): fold f's from regressions fitted on the other folds. */
export function outOfFoldVectorLogits(X: readonly ArticleVector[], targets: Uint8Array, L: number, fold: Int32Array, k: number, ridge: number, shrinkWords: number): Float64Array {
  const out = new Float64Array(X.length * L);
  for (let f = 0; f < k; f++) {
    const train = X.flatMap((_, i) => (fold[i] !== f ? [i] : []));
    const test = X.flatMap((_, i) => (fold[i] === f ? [i] : []));
    if (test.length === 0) continue;
    const fit = fitVectorRegressions(train.map((r) => X[r] as ArticleVector), pickRows(targets, train, L), L, ridge, shrinkWords);
    for (const r of test) out.set(shrunkLogits(fit, (X[r] as ArticleVector).mean, (X[r] as ArticleVector).words), r * L);
  }
  return out;
}

/** The cross-validated comparison for one language, and the decision kept. */
export interface VectorCv {
  /** own: the margin alone; pooled: the vectors alone; both: the pair. */
  figures: PairFigures;
  kept: boolean;
  /** The decision fitted on every article of the language (when kept). */
  decision?: VectorDecisionData;
}

/**
 * One language's rows of the pooled frames model: `margins[r]` are its out-of-fold margins of
 * repeat r (rows × L, the language's rows only) and `folds[r]` their folds; `X` the articles'
 * mean vectors, `targets` their gold frames and `groups` their ids. The pair is kept where it beats both single
 * decisions by `minGain`; its calibration is fitted on the first repeat's out-of-fold values.
 */
export function crossValidateVectors(X: readonly ArticleVector[], targets: Uint8Array, labels: readonly string[], groups: readonly string[], margins: readonly Float64Array[], folds: readonly Int32Array[], k: number, s: FramesVectorSettings, thresholds: ThresholdOptions, minGain = COMPANION_MIN_GAIN): VectorCv {
  const L = labels.length;
  const logits = folds.map((fold) => outOfFoldVectorLogits(X, targets, L, fold, k, s.ridge, s.shrinkWords));
  const figures = pairFiguresOn({ targets, labels, groups }, margins, logits, folds, k, thresholds);
  const kept = pairWins(figures, minGain);
  if (!kept) return { figures, kept };
  const pair = fitPairDecision(margins[0] as Float64Array, logits[0] as Float64Array, targets, L, thresholds);
  return { figures, kept, decision: { lexicon: s.ref, ...fitVectorRegressions(X, targets, L, s.ridge, s.shrinkWords), ...pair } };
}
