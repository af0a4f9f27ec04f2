/**
 * A language's own frames model deciding together with the pooled one (its "companion"): per
 * label, σ(a·own + c·pooled + b) over both models' margins. Cross-validation compares three
 * decisions on the same folds (own margin alone, pooled margin alone, both), so training can keep
 * the pair only where it wins. The pooled margins come from pooled models trained on the other
 * folds of every language, with each language's rows in the same folds as its own model's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fitPairPlatt, fitPlatt, applyPairPlatt, applyPlatt, type PairPlatt, type Platt } from '../models/platt.js';
import { DEFAULT_THRESHOLDS, chooseThresholds, type ThresholdOptions } from '../models/thresholds.js';
import { readModelHeader, sha256, type CompanionRef, type ModelHeader } from '../models/model-file.js';
import type { LearnerOptions } from '../models/logistic-ovr.js';
import { spread, type Spread } from '../eval/cross-validation.js';
import type { ArticleFeatureConfig } from '../features/article-features.js';
import type { Dataset } from './dataset.js';
import { groupedFolds, pickRows, rowsWhere } from './folds.js';
import { outOfFoldMarginsIn } from './cross-validate.js';
import { scoreTechniques } from './technique-metrics.js';
import { buildArticleDataset } from './genre-frames-dataset.js';
import type { ArticleRow } from './genre-frames-corpus.js';
import { COMPANION_MIN_GAIN } from '../models/serving-margins.js';
import type { LanguageFigure } from './genre-frames-cv.js';
import { CalibrationCounts, type Calibration } from '../eval/calibration.js';
import { MultiLabelTally, type CvInterval } from './cv-interval.js';

/** The companion of a language's model: which file, and its out-of-fold margins per repeat. */
export interface CompanionInput {
  ref: CompanionRef;
  /** Per repeat, `rows × labels` margins in the own model's row order, from the seed's folds. */
  margins: Float64Array[];
  /** The least gain for which the pair is kept (default `COMPANION_MIN_GAIN`). */
  minGain?: number;
}

/**
 * One decision's micro-F1 over folds × repeats, the calibration of its cross-validated scores, and
 * the micro-F1 of all of them at once with its bootstrap interval over articles.
 */
export type DecisionFigure = Spread & { values: number[]; calibration: Calibration; interval: CvInterval };

/** Micro-F1 over folds × repeats of each decision. */
export interface PairFigures {
  own: DecisionFigure;
  pooled: DecisionFigure;
  both: DecisionFigure;
}

/**
 * Fold of each row: each language's rows split by `groupedFolds` over that language's articles
 * alone, as a model of that language alone splits them.
 */
export function perLanguageFolds(langs: readonly string[], groups: readonly string[], k: number, seed: number): Int32Array {
  const out = new Int32Array(langs.length);
  for (const lang of new Set(langs)) {
    const rows = langs.flatMap((l, i) => (l === lang ? [i] : []));
    const folds = groupedFolds(rows.map((r) => groups[r] as string), k, seed);
    rows.forEach((r, i) => { out[r] = folds[i] as number; });
  }
  return out;
}

/** Settings of the pooled model whose out-of-fold margins are computed. */
export interface CompanionSettings {
  file: string;
  labels: readonly string[];
  learner: LearnerOptions;
  folds: number;
  repeats: number;
  seed: number;
}

/** The pooled frames file `file`: its reference (id, name, SHA-256) and header. */
export function companionFile(file: string): { ref: CompanionRef; header: ModelHeader } {
  const bytes = readFileSync(file);
  const header = readModelHeader(bytes, file, 'frames');
  return { ref: { id: header.id, file: path.basename(file), sha256: sha256(bytes) }, header };
}

/** The reference of the pooled file `s.file`, and its training rows as a dataset with its feature settings (`bits` wide). */
export function companionDataset(rows: readonly ArticleRow[], s: CompanionSettings): { ref: CompanionRef; ds: Dataset; bits: number } {
  const { ref, header } = companionFile(s.file);
  return { ref, ds: buildArticleDataset([...rows], s.labels, header.features, header.articleFeatures as ArticleFeatureConfig), bits: header.features.bits };
}

/**
 * Repeat `rep` of the pooled model as companion: out-of-fold margins of the pooled settings (the
 * file header's features, `s.learner`), seed `s.seed + rep`, each language's rows in the folds
 * its own model uses; the margins (rows × labels) of each language's rows.
 */
export function companionRepeat(ds: Dataset, bits: number, s: CompanionSettings, rep: number): Map<string, Float64Array> {
  const L = s.labels.length;
  const seed = s.seed + rep;
  const fold = perLanguageFolds(ds.langs, ds.groups, s.folds, seed);
  const m = outOfFoldMarginsIn(ds, fold, s.folds, { folds: s.folds, innerFolds: 0, seed, bits, learner: { ...s.learner, seed }, thresholds: DEFAULT_THRESHOLDS });
  return new Map(Array.from(new Set(ds.langs), (lang) => [lang, pickRows(m, ds.langs.flatMap((l, i) => (l === lang ? [i] : [])), L)]));
}

/**
 * Cross-validated micro-F1 of the three decisions for a one-language `ds`: `own[r]` and
 * `companion[r]` are the out-of-fold margins of repeat r, whose folds come from seed `seed + r`.
 * In each fold, calibration and thresholds are fitted on the other folds' margins only.
 */
export function pairFigures(ds: Dataset, own: Float64Array[], companion: Float64Array[], k: number, seed: number, thresholds: ThresholdOptions): PairFigures {
  return pairFiguresOn(ds, own, companion, own.map((_, rep) => groupedFolds(ds.groups, k, seed + rep)), k, thresholds);
}

/**
 * `pairFigures` on given folds: `folds[r]` are the folds of repeat r, the ones `own[r]` and
 * `companion[r]` (rows × labels, out of fold) were computed on.
 */
export function pairFiguresOn(ds: Pick<Dataset, 'targets' | 'labels'> & { groups: readonly string[] }, own: readonly Float64Array[], companion: readonly Float64Array[], folds: readonly Int32Array[], k: number, thresholds: ThresholdOptions): PairFigures {
  const L = ds.labels.length;
  const values = { own: [] as number[], pooled: [] as number[], both: [] as number[] };
  const counts = { own: new CalibrationCounts(), pooled: new CalibrationCounts(), both: new CalibrationCounts() };
  const tallies = { own: new MultiLabelTally(ds.labels), pooled: new MultiLabelTally(ds.labels), both: new MultiLabelTally(ds.labels) };
  own.forEach((mine, rep) => {
    const fold = folds[rep] as Int32Array;
    const theirs = companion[rep] as Float64Array;
    const scores = (which: keyof PairFigures, fit: (rows: number[]) => FittedDecision<unknown>): void => {
      const { micro, pred } = foldScores(ds, fold, k, thresholds, fit, counts[which]);
      values[which].push(...micro);
      tallies[which].add(pred, ds.targets, ds.groups, () => true);
    };
    scores('own', (rows) => singleDecision(mine, rows, ds.targets, L));
    scores('pooled', (rows) => singleDecision(theirs, rows, ds.targets, L));
    scores('both', (rows) => pairDecision(mine, theirs, rows, ds.targets, L));
  });
  const figure = (which: keyof PairFigures): DecisionFigure => ({ ...spread(values[which]), values: values[which], calibration: counts[which].result(), interval: tallies[which].interval() });
  return { own: figure('own'), pooled: figure('pooled'), both: figure('both') };
}

/** Whether the pair beats the better single decision by `minGain`. */
export function pairWins(f: PairFigures, minGain = COMPANION_MIN_GAIN): boolean {
  return f.both.mean - Math.max(f.own.mean, f.pooled.mean) >= minGain;
}

/**
 * The pair decision fitted on every row: per label, `fitPairPlatt` over the two margins, then
 * thresholds chosen on those calibrated scores.
 */
export function fitPairDecision(own: Float64Array, companion: Float64Array, targets: Uint8Array, L: number, thresholds: ThresholdOptions): { platt: PairPlatt[]; thresholds: number[] } {
  const n = targets.length / L;
  const rows = Array.from({ length: n }, (_, i) => i);
  const score = pairDecision(own, companion, rows, targets, L);
  const probs = Float64Array.from({ length: n * L }, (_, k) => score.prob(Math.floor(k / L), k % L));
  return { platt: score.platt, thresholds: Array.from(chooseThresholds(probs, targets, L, thresholds)) };
}

/** A decision fitted on some rows: the probability of any row and label. */
interface FittedDecision<P> {
  prob: (row: number, label: number) => number;
  platt: P[];
}

function singleDecision(m: Float64Array, rows: number[], targets: Uint8Array, L: number): FittedDecision<Platt> {
  const platt = Array.from({ length: L }, (_, l) => fitPlatt(rows.map((r) => m[r * L + l] as number), rows.map((r) => targets[r * L + l] as number)));
  return { platt, prob: (r, l) => applyPlatt(platt[l]!, m[r * L + l] as number) };
}

function pairDecision(m: Float64Array, c: Float64Array, rows: number[], targets: Uint8Array, L: number): FittedDecision<PairPlatt> {
  const platt = Array.from({ length: L }, (_, l) => fitPairPlatt(rows.map((r) => m[r * L + l] as number), rows.map((r) => c[r * L + l] as number), rows.map((r) => targets[r * L + l] as number)));
  return { platt, prob: (r, l) => applyPairPlatt(platt[l]!, m[r * L + l] as number, c[r * L + l] as number) };
}

/**
 * Micro-F1 of each fold when each fold's decision is fitted on the other folds, and every row's
 * out-of-fold prediction (rows × labels); each test score also goes to `counts`.
 */
function foldScores(ds: Pick<Dataset, 'targets' | 'labels'>, fold: Int32Array, k: number, thresholds: ThresholdOptions, fit: (rows: number[]) => FittedDecision<unknown>, counts: CalibrationCounts): { micro: number[]; pred: Uint8Array } {
  const L = ds.labels.length;
  const pred = new Uint8Array(ds.targets.length);
  const out: number[] = [];
  for (let f = 0; f < k; f++) {
    const train = rowsWhere(fold, (x) => x !== f);
    const test = rowsWhere(fold, (x) => x === f);
    if (test.length === 0) continue;
    const d = fit(train);
    const probs = new Float64Array(train.length * L);
    const tg = new Uint8Array(train.length * L);
    train.forEach((r, i) => {
      for (let l = 0; l < L; l++) { probs[i * L + l] = d.prob(r, l); tg[i * L + l] = ds.targets[r * L + l] as number; }
    });
    const th = chooseThresholds(probs, tg, L, thresholds);
    for (const r of test) {
      for (let l = 0; l < L; l++) {
        const p = d.prob(r, l);
        pred[r * L + l] = p >= (th[l] as number) ? 1 : 0;
        counts.add(p, ds.targets[r * L + l] === 1, pred[r * L + l] === 1);
      }
    }
    out.push(scoreTechniques(pred, ds.targets, ds.labels, Uint8Array.from(fold, (x) => (x === f ? 1 : 0))).micro);
  }
  return { micro: out, pred };
}

/** Cross-validation of a one-language frames model with a companion, and the decision it chose. */
export interface CompanionCv {
  /** The chosen decision's figure (the pair's where `kept`, else the own margin's). */
  figure: LanguageFigure;
  pair: PairFigures;
  kept: boolean;
  /** Out-of-fold margins of the first repeat: the model's own and the companion's. */
  oofMargins: Float64Array;
  companionMargins: Float64Array;
}

/**
 * Cross-validates a one-language `ds` beside its companion: the own model's out-of-fold margins
 * per repeat (seed `seed + repeat`, the folds `companion.margins` were computed on), then the three
 * decisions on them.
 */
export function crossValidateWithCompanion(ds: Dataset, o: { folds: number; repeats: number; seed: number; bits: number; learner: LearnerOptions; thresholds: ThresholdOptions }, companion: CompanionInput, log: (line: string) => void = () => {}): CompanionCv {
  const own: Float64Array[] = [];
  for (let rep = 0; rep < o.repeats; rep++) {
    const seed = o.seed + rep;
    own.push(outOfFoldMarginsIn(ds, groupedFolds(ds.groups, o.folds, seed), o.folds, { folds: o.folds, innerFolds: 0, seed, bits: o.bits, learner: { ...o.learner, seed }, thresholds: o.thresholds }));
    log(`  repeat ${rep + 1}/${o.repeats} done`);
  }
  const pair = pairFigures(ds, own, companion.margins.slice(0, o.repeats), o.folds, o.seed, o.thresholds);
  const kept = pairWins(pair, companion.minGain);
  const chosen = kept ? pair.both : pair.own;
  return {
    figure: { lang: ds.langs[0] as string, values: chosen.values, value: { mean: chosen.mean, std: chosen.std, n: chosen.n }, calibration: chosen.calibration, interval: chosen.interval },
    pair,
    kept,
    oofMargins: own[0] as Float64Array,
    companionMargins: companion.margins[0] as Float64Array,
  };
}
