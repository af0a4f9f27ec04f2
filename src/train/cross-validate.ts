/**
 * Nested cross-validation grouped by article: outer folds estimate accuracy; inside each outer
 * training part, inner out-of-fold margins fit the calibration and thresholds, so the outer test
 * articles never influence any choice made for them. With the out-of-fold signals
 * (rows × labels × SIGNAL_WIDTH), the decisions also use them (see decision.ts).
 */
import { margins as rowMargins, trainOneVsRest, type LearnerOptions, type LinearWeights } from '../models/logistic-ovr.js';
import type { ThresholdOptions } from '../models/thresholds.js';
import type { SparseRow } from '../features/feature-sink.js';
import { subset, type Dataset } from './dataset.js';
import { SIGNAL_WIDTH, decide, fitDecisions } from './decision.js';
import { groupedFolds, pickRows, rowsWhere } from './folds.js';
import { meanStd, scoreTechniques, type TechniqueScores } from './technique-metrics.js';
import { calibration, type Calibration } from '../eval/calibration.js';
import { MultiLabelTally, type CvInterval } from './cv-interval.js';

/** Settings of one cross-validation run. */
export interface CvOptions {
  folds: number;
  innerFolds: number;
  seed: number;
  bits: number;
  learner: LearnerOptions;
  thresholds: ThresholdOptions;
}

/** Cross-validated figures of one language. */
export interface LanguageCv {
  lang: string;
  folds: number[];
  microMean: number;
  microStd: number;
  macroFolds: number[];
  macroMean: number;
  macroStd: number;
  pooled: TechniqueScores;
  /** How the cross-validated scores of the language's rows read as probabilities (every row and label). */
  calibration: Calibration;
  /** Micro-F1 over all the language's out-of-fold predictions, with its bootstrap interval over articles. */
  interval: CvInterval;
}

/** What a cross-validation returns: figures per language and the outer out-of-fold margins. */
export interface CvResult {
  perLang: LanguageCv[];
  oofMargins: Float64Array;
  /** Each row's cross-validated scores (its fold's decision, fitted without it) and which of them passed their thresholds. */
  oofScores: { probs: Float64Array; pred: Uint8Array };
}

/** Margins of every row of `ds` from models that never saw the row's article. */
export function outOfFoldMargins(ds: Dataset, k: number, opts: CvOptions, seed: number): Float64Array {
  return outOfFoldMarginsIn(ds, groupedFolds(ds.groups, k, seed), k, opts);
}

/** `outOfFoldMargins` over given folds (`fold[row]` in 0 … k-1, every article within one fold). */
export function outOfFoldMarginsIn(ds: Dataset, fold: Int32Array, k: number, opts: CvOptions): Float64Array {
  const L = ds.labels.length;
  const out = new Float64Array(ds.rows.length * L);
  for (let f = 0; f < k; f++) {
    const trainIdx = rowsWhere(fold, (x) => x !== f);
    const testIdx = rowsWhere(fold, (x) => x === f);
    const tr = subset(ds, trainIdx);
    const w = trainOneVsRest(tr.rows, tr.targets, L, opts.bits, { ...opts.learner, seed: opts.learner.seed + f });
    scoreInto(w, testIdx.map((r) => ds.rows[r] as SparseRow), testIdx, out);
  }
  return out;
}

/**
 * Runs CV on `ds` and scores every language present. With `innerFolds` 0 the decision for outer
 * fold f is fitted on the out-of-fold margins of the other folds (cross-fitting: fold f's labels
 * never choose its thresholds, at a fifth of the cost of nested CV); otherwise it is nested.
 */
export function crossValidate(ds: Dataset, opts: CvOptions, log: (line: string) => void = () => {}, signal?: Float64Array): CvResult {
  if (opts.innerFolds === 0) return crossFit(ds, opts, log, signal);
  const L = ds.labels.length;
  const fold = groupedFolds(ds.groups, opts.folds, opts.seed);
  const oof = new Float64Array(ds.rows.length * L);
  const pred = new Uint8Array(ds.rows.length * L);
  const probs = new Float64Array(ds.rows.length * L);
  for (let f = 0; f < opts.folds; f++) {
    const trainIdx = rowsWhere(fold, (x) => x !== f);
    const testIdx = rowsWhere(fold, (x) => x === f);
    const tr = subset(ds, trainIdx);
    const inner = outOfFoldMargins(tr, opts.innerFolds, opts, opts.seed + 100 + f);
    const decisions = fitDecisions(inner, tr.targets, tr.langs, L, opts.thresholds, signal && pickRows(signal, trainIdx, L * SIGNAL_WIDTH));
    const w = trainOneVsRest(tr.rows, tr.targets, L, opts.bits, { ...opts.learner, seed: opts.learner.seed + 50 + f });
    const m = new Float64Array(testIdx.length * L);
    scoreInto(w, testIdx.map((r) => ds.rows[r] as SparseRow), testIdx.map((_, i) => i), m);
    const d = decide(m, testIdx.map((r) => ds.langs[r] as string), L, decisions, signal && pickRows(signal, testIdx, L * SIGNAL_WIDTH));
    testIdx.forEach((r, i) => {
      oof.set(m.subarray(i * L, i * L + L), r * L);
      pred.set(d.pred.subarray(i * L, i * L + L), r * L);
      probs.set(d.probs.subarray(i * L, i * L + L), r * L);
    });
    log(`  fold ${f + 1}/${opts.folds} done`);
  }
  return { perLang: perLanguage(ds, fold, pred, probs, opts.folds), oofMargins: oof, oofScores: { probs, pred } };
}

function crossFit(ds: Dataset, opts: CvOptions, log: (line: string) => void, signal?: Float64Array): CvResult {
  const L = ds.labels.length;
  const fold = groupedFolds(ds.groups, opts.folds, opts.seed);
  const oof = outOfFoldMargins(ds, opts.folds, opts, opts.seed);
  const pred = new Uint8Array(ds.rows.length * L);
  const probs = new Float64Array(ds.rows.length * L);
  for (let f = 0; f < opts.folds; f++) {
    const fitIdx = rowsWhere(fold, (x) => x !== f);
    const testIdx = rowsWhere(fold, (x) => x === f);
    const fit = subset(ds, fitIdx);
    const decisions = fitDecisions(pickRows(oof, fitIdx, L), fit.targets, fit.langs, L, opts.thresholds, signal && pickRows(signal, fitIdx, L * SIGNAL_WIDTH));
    const d = decide(pickRows(oof, testIdx, L), testIdx.map((r) => ds.langs[r] as string), L, decisions, signal && pickRows(signal, testIdx, L * SIGNAL_WIDTH));
    testIdx.forEach((r, i) => {
      pred.set(d.pred.subarray(i * L, i * L + L), r * L);
      probs.set(d.probs.subarray(i * L, i * L + L), r * L);
    });
    log(`  fold ${f + 1}/${opts.folds} scored`);
  }
  return { perLang: perLanguage(ds, fold, pred, probs, opts.folds), oofMargins: oof, oofScores: { probs, pred } };
}

function perLanguage(ds: Dataset, fold: Int32Array, pred: Uint8Array, probs: Float64Array, k: number): LanguageCv[] {
  const L = ds.labels.length;
  return Array.from(new Set(ds.langs)).sort().map((lang) => {
    const inLang = Uint8Array.from(ds.langs, (l) => (l === lang ? 1 : 0));
    const folds: number[] = [], macroFolds: number[] = [];
    for (let f = 0; f < k; f++) {
      const mask = Uint8Array.from(inLang, (v, r) => (v === 1 && fold[r] === f ? 1 : 0));
      if (!mask.includes(1)) continue;
      const s = scoreTechniques(pred, ds.targets, ds.labels, mask);
      folds.push(s.micro);
      macroFolds.push(s.macro);
    }
    const mi = meanStd(folds), ma = meanStd(macroFolds);
    const pooled = scoreTechniques(pred, ds.targets, ds.labels, inLang);
    const calibrated = calibration(probs, ds.targets, pred, (i) => inLang[Math.floor(i / L)] === 1);
    const tally = new MultiLabelTally(ds.labels);
    tally.add(pred, ds.targets, ds.groups, (r) => inLang[r] === 1);
    return { lang, folds, microMean: mi.mean, microStd: mi.std, macroFolds, macroMean: ma.mean, macroStd: ma.std, pooled, calibration: calibrated, interval: tally.interval() };
  });
}

function scoreInto(w: LinearWeights, rows: SparseRow[], at: ArrayLike<number>, out: Float64Array): void {
  const L = w.labelCount;
  const m = new Float64Array(L);
  rows.forEach((row, i) => {
    rowMargins(w.weights, w.bias, row, L, m);
    out.set(m, (at[i] as number) * L);
  });
}
