/**
 * A frames decision that reads the article's mean word vector beside the model's margin: per
 * label, a logistic regression over the mean vector (fitted on the training articles) gives a
 * second logit v, and the decision is σ(a·margin + c·v + b). v is linear in the mean, so each
 * word's share of it is exact: (w·vector(word)) / (words with a vector). Pure: no file I/O.
 *
 * The mean of a few words strays far from where the training articles' means lie (they hold
 * about 100 to 7,500 words), and the regressions read those directions as strong evidence: "The
 * council met on Tuesday" came out Legality 0.996. So the mean is shrunk toward the training
 * articles' mean by n / (n + k) for n words with a vector (`VectorShrink`), in training and in use
 * alike.
 */
import type { Document } from '../document/document.js';
import { meanVector, rowsWithVector, tokenRows, type VectorLexiconRef, type WordVectors } from '../features/word-vectors.js';
import type { PairPlatt } from './platt.js';
import { ModelError } from '../errors.js';

/** What a language's decision holds for it (`LanguageDecisionData.vectors`). */
export interface VectorDecisionData {
  /** The lexicon in `models/lexicon/` the regressions were fitted with. */
  lexicon: VectorLexiconRef;
  /** Regression weights over the mean vector, `labels × dims` row-major. */
  weights: number[];
  /** Regression intercepts, one per label. */
  bias: number[];
  /** Per label σ(a·margin + c·vector logit + b). */
  platt: PairPlatt[];
  thresholds: number[];
  /** Absent in files trained before it (their means are used as they are). */
  shrink?: VectorShrink;
}

/**
 * The article's mean vector x is read as m + s·(x − m), s = n / (n + words), where m is the
 * training articles' mean vector and n the article's words with a vector. The logits are affine
 * in the mean, so this is (1 − s)·logit(m) + s·logit(x): `centre` holds logit(m) per label.
 */
export interface VectorShrink {
  words: number;
  centre: number[];
}

/** The share s = n / (n + words) of an article's own mean vector (1 without shrinkage). */
export function ownShare(shrink: VectorShrink | undefined, n: number): number {
  return shrink === undefined ? 1 : n / (n + shrink.words);
}

/** What is wrong with a vector decision read from a model file (for `labels` labels), or null. */
export function vectorDecisionProblem(d: VectorDecisionData, labels: number): string | null {
  const l = d.lexicon as Partial<VectorLexiconRef> | undefined;
  if (typeof l?.file !== 'string' || !/^\w[\w.-]*$/.test(l.file) || typeof l.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(l.sha256)) return 'word-vector lexicon reference malformed';
  const finite = (a: unknown): boolean => Array.isArray(a) && a.every(Number.isFinite);
  if (!finite(d.bias) || d.bias.length !== labels || !finite(d.weights) || d.weights.length === 0 || d.weights.length % labels !== 0) return 'word-vector regressions malformed';
  if (!Array.isArray(d.platt) || d.platt.length !== labels || d.platt.some((p) => ![p?.a, p?.b, p?.c].every(Number.isFinite)) || !finite(d.thresholds) || d.thresholds.length !== labels) return 'word-vector decision malformed';
  if (d.shrink !== undefined && (!(typeof d.shrink?.words === 'number' && d.shrink.words >= 0) || !finite(d.shrink.centre) || d.shrink.centre.length !== labels)) return 'word-vector shrinkage malformed';
  return null;
}

/** The article's vector logits, one per label, and the lexicon rows of its tokens (for evidence). */
export function vectorLogits(d: VectorDecisionData, lex: WordVectors, doc: Document): { logits: Float64Array; rows: Int32Array } {
  const rows = tokenRows(lex, doc);
  if (d.weights.length !== d.bias.length * lex.dims) throw new ModelError(`word-vector regressions have ${d.weights.length / d.bias.length} dimensions, the lexicon ${d.lexicon.file} ${lex.dims}; retrain the frames models (slant train frames)`);
  return { logits: shrunkLogits(d, meanVector(lex, rows), rowsWithVector(rows)), rows };
}

/** The logits of a mean vector `x` of `n` words with a vector, under the decision's shrinkage. */
export function shrunkLogits(d: Pick<VectorDecisionData, 'weights' | 'bias' | 'shrink'>, x: ArrayLike<number>, n: number): Float64Array {
  const logits = regressionLogits(d, x);
  const share = ownShare(d.shrink, n);
  const centre = d.shrink?.centre;
  if (centre && share < 1) logits.forEach((z, l) => (logits[l] = (1 - share) * (centre[l] as number) + share * z));
  return logits;
}

/** bias + w·x per label, for a mean vector `x`. */
export function regressionLogits(d: Pick<VectorDecisionData, 'weights' | 'bias'>, x: ArrayLike<number>): Float64Array {
  const D = x.length;
  return Float64Array.from(d.bias, (b, l) => {
    let z = b;
    for (let k = 0; k < D; k++) z += (d.weights[l * D + k] as number) * (x[k] as number);
    return z;
  });
}

/**
 * Each token's share of the vector logit of each label in `labels` (article-wide numbering):
 * w·vector(token) over the count of tokens with a vector, times the mean's share under shrinkage;
 * 0 for the others. The shares add up to the logit less its intercept (under shrinkage, the
 * intercept is (1 − s)·centre + s·bias). Each distinct word is projected once.
 */
export function vectorContributions(d: VectorDecisionData, lex: WordVectors, rows: Int32Array, labels: readonly number[]): Float64Array[] {
  const { dims, q, scale } = lex;
  const K = labels.length;
  const out = labels.map(() => new Float64Array(rows.length));
  const n = rowsWithVector(rows);
  if (n === 0 || K === 0) return out;
  const share = ownShare(d.shrink, n);
  const w = weightsOf(d);
  /** Slot of each distinct row in `projected` (K values per slot: w_l·q_row for each label). */
  const slots = new Map<number, number>();
  const projected = new Float64Array(rows.length * K);
  rows.forEach((r, t) => {
    if (r < 0) return;
    let slot = slots.get(r);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(r, slot);
      const at = slot * K;
      const o = r * dims;
      for (let j = 0; j < K; j++) {
        const base = (labels[j] as number) * dims;
        let z = 0;
        for (let k = 0; k < dims; k++) z += (w[base + k] as number) * (q[o + k] as number);
        projected[at + j] = z;
      }
    }
    const factor = ((scale[r] as number) * share) / n;
    for (let j = 0; j < K; j++) (out[j] as Float64Array)[t] = (projected[slot * K + j] as number) * factor;
  });
  return out;
}

/** The regression weights as a typed array, converted once per decision. */
const typedWeights = new WeakMap<VectorDecisionData, Float64Array>();
function weightsOf(d: VectorDecisionData): Float64Array {
  let w = typedWeights.get(d);
  if (w === undefined) typedWeights.set(d, (w = Float64Array.from(d.weights)));
  return w;
}
