/**
 * Trains one article-level model (genre or frames) over one language or several pooled: repeated
 * cross-validation for the figures, per-language decisions fitted on out-of-fold margins, then the
 * final fit on every article, quantised and encoded with the figures inside (issue 5).
 */
import { calibrationSummary } from '../eval/calibration.js';
import { articleCueDensities, scriptFreeDensities } from '../features/article-cues.js';
import type { ArticleFeatureConfig } from '../features/article-features.js';
import type { FeatureConfig } from '../features/feature-config.js';
import { trainOneVsRest, type LearnerOptions } from '../models/logistic-ovr.js';
import { CUE_TEMPER, fitCueDecision, type CueDecisionData, type CueTemper } from '../models/genre-cues.js';
import { encodeModel, type LanguageDecisionData, type ModelHeader } from '../models/model-file.js';
import { quantise } from '../models/quantise.js';
import type { ThresholdOptions } from '../models/thresholds.js';
import { fitDecisions } from './decision.js';
import { framePriors } from './frame-priors.js';
import type { ArticleRow } from './genre-frames-corpus.js';
import { foldGrouping } from './article-repeats.js';
import { crossValidateFrames, crossValidateGenre, fitGenreDecisionsOnRepeats, goldClasses, type ArticleCvResult, type LanguageFigure } from './genre-frames-cv.js';
import { buildArticleDataset } from './genre-frames-dataset.js';
import { fingerprint, learnerNumbers, round4, round6 } from './model-header-parts.js';
import { crossValidateWithCompanion, fitPairDecision, type CompanionInput } from './frames-companion.js';
import { groupedFolds, pickRows } from './folds.js';
import { articleVectors, crossValidateVectors, type FramesVectorSettings, type VectorCv } from './frames-vectors.js';

/** Settings of one training run. */
export interface TrainArticleOptions {
  task: 'genre' | 'frames';
  id: string;
  labels: readonly string[];
  base: FeatureConfig;
  article: ArticleFeatureConfig;
  learner: LearnerOptions;
  thresholds: ThresholdOptions;
  folds: number;
  repeats: number;
  seed: number;
  /** Files the rows were read from, hashed into the training-data fingerprint. */
  files: string[];
  /**
   * Frames, one language: the pooled model as companion. Cross-validation then also scores the
   * pair decision, which the model keeps where it wins (see frames-companion.ts).
   */
  companion?: CompanionInput;
  /** Genre: the languages that decide by the article's cue densities (`ArticleSettings.cueLangs`). */
  cueLangs?: readonly string[];
  /** How their densities are tempered (`CUE_TEMPER` when absent; null: not at all). */
  cueTemper?: CueTemper | null;
  /**
   * Genre: also fit the decision of a language without training data over every row's script-free
   * cue densities (`ModelHeader.unseenCues`; the pooled file).
   */
  unseenCues?: boolean;
  /**
   * Frames: also store each frame's language-balanced share of the training articles, what an
   * article in a script no training language uses is given (`ModelHeader.framePriors`; the pooled file).
   */
  framePriors?: boolean;
  /**
   * Frames, without a companion: languages whose decision may also read the article's mean word
   * vector. Cross-validation scores that pair, which the model keeps where it wins (see
   * frames-vectors.ts).
   */
  vectors?: FramesVectorSettings;
}

/** A trained model: file bytes, header and cross-validated figures per language. */
export interface TrainedArticleModel {
  bytes: Uint8Array;
  header: Omit<ModelHeader, 'body'>;
  cv: LanguageFigure[];
}

const NO_DENSITIES = new Float64Array(0);

/** Cross-validates, then trains on all rows and encodes the model. */
export function trainArticleModel(rows: ArticleRow[], o: TrainArticleOptions, log: (line: string) => void = () => {}): TrainedArticleModel {
  const ds = buildArticleDataset(rows, o.labels, o.base, o.article);
  const L = o.labels.length;
  log(`  ${rows.length} articles, features extracted`);
  if (o.task === 'genre') for (const line of singleGenreLanguages(ds)) log(line);
  const cueLangs = new Set(o.task === 'genre' ? (o.cueLangs ?? []) : []);
  // Densities only where a language decides by them; other rows never read theirs.
  const cues = cueLangs.size > 0 ? rows.map((r) => (cueLangs.has(r.lang) ? articleCueDensities(r.doc) : NO_DENSITIES)) : undefined;
  const temper = o.cueTemper === undefined ? CUE_TEMPER : o.cueTemper;
  const cvOpts = { folds: o.folds, repeats: o.repeats, seed: o.seed, bits: o.base.bits, learner: o.learner, thresholds: o.thresholds, ...(cues ? { cues: { densities: cues, langs: cueLangs, temper } } : {}) };
  const paired = o.task === 'frames' && o.companion ? crossValidateWithCompanion(ds, cvOpts, o.companion, log) : undefined;
  const cv: Pick<ArticleCvResult, 'perLang' | 'repeats'> = paired ? { perLang: [paired.figure], repeats: [paired.oofMargins] } : o.task === 'genre' ? crossValidateGenre(ds, cvOpts, log) : crossValidateFrames(ds, cvOpts, log);
  const decisions: Map<string, LanguageDecisionData> = o.task === 'genre'
    ? new Map(Array.from(fitGenreDecisionsOnRepeats(cv.repeats, goldClasses(ds), ds.langs, L), ([lang, d]) => [lang, { platt: d.platt, thresholds: d.offsets }]))
    : fitDecisions(cv.repeats[0] as Float64Array, ds.targets, ds.langs, L, o.thresholds);
  if (paired) {
    const p = paired.pair;
    log(`  micro-F1, own margin ${p.own.mean.toFixed(4)}, ${o.companion?.ref.file} margin ${p.pooled.mean.toFixed(4)}, both ${p.both.mean.toFixed(4)}: ${paired.kept ? 'the pair decides' : 'the own margin decides'}`);
  }
  const byVectors = o.task === 'frames' && !paired && o.vectors ? vectorDecisions(rows, ds.targets, ds.groups, cv.repeats, o, o.vectors) : new Map<string, VectorCv>();
  for (const [lang, v] of byVectors) {
    const f = v.figures;
    log(`  ${lang}: micro-F1, margin ${f.own.mean.toFixed(4)}, word vectors ${f.pooled.mean.toFixed(4)}, both ${f.both.mean.toFixed(4)}: ${v.kept ? 'the pair decides' : 'the margin decides'}`);
    if (!v.decision) continue;
    (decisions.get(lang) as LanguageDecisionData).vectors = v.decision;
    const at = cv.perLang.findIndex((c) => c.lang === lang);
    cv.perLang[at] = { lang, values: f.both.values, value: { mean: f.both.mean, std: f.both.std, n: f.both.n }, calibration: f.both.calibration, interval: f.both.interval };
  }
  if (cues) {
    const gold = goldClasses(ds);
    for (const [lang, d] of decisions) {
      if (!cueLangs.has(lang)) continue;
      const at = ds.langs.flatMap((l, r) => (l === lang ? [r] : []));
      d.cues = fitCueDecision(at.map((r) => cues[r] as Float64Array), at.map((r) => gold[r] as number), L, temper);
    }
  }
  const companion = paired?.kept ? o.companion?.ref : undefined;
  if (paired && companion) {
    const d = decisions.get(ds.langs[0] as string) as LanguageDecisionData;
    d.companion = fitPairDecision(paired.oofMargins, paired.companionMargins, ds.targets, L, o.thresholds);
  }
  const unseenCues = o.task === 'genre' && o.unseenCues ? roundCues(fitCueDecision(rows.map((r) => scriptFreeDensities(articleCueDensities(r.doc))), Array.from(goldClasses(ds)), L, temper)) : undefined;
  const priors = o.task === 'frames' && o.framePriors ? framePriors(ds.targets, ds.langs, L) : undefined;
  const w = trainOneVsRest(ds.rows, ds.targets, L, o.base.bits, { ...o.learner, seed: o.seed });
  const { q, scales } = quantise(w.weights, L);
  const languages = Array.from(decisions.keys()).sort();
  const header: Omit<ModelHeader, 'body'> = {
    format: 'slant-model',
    formatVersion: 1,
    task: o.task,
    articleFeatures: o.article,
    id: o.id,
    languages,
    labels: [...o.labels],
    unsupported: Object.fromEntries(languages.map((lang) => [lang, unseen(ds.targets, ds.langs, lang, o.labels)])),
    features: o.base,
    decisions: Object.fromEntries(languages.map((lang) => [lang, roundDecision(decisions.get(lang) as LanguageDecisionData)])),
    ...(companion ? { companion } : {}),
    ...(unseenCues ? { unseenCues } : {}),
    ...(priors ? { framePriors: priors } : {}),
    bias: Array.from(w.bias, round6),
    scales: Array.from(scales),
    training: { fingerprint: fingerprint(o.files), rows: rows.length, articles: rows.length, seed: o.seed, learner: { ...learnerNumbers(o.learner), repeats: o.repeats } },
    cv: {
      folds: o.folds,
      repeats: o.repeats,
      grouping: foldGrouping(o.task),
      metric: o.task === 'genre' ? 'macro-F1 (official subtask 1)' : 'micro-F1 (official subtask 2)',
      perLanguage: cv.perLang.map((c) => ({ lang: c.lang, mean: round4(c.value.mean), std: round4(c.value.std), folds: c.values.map(round4), ...(c.interval ? { interval: c.interval } : {}), ...(c.calibration ? { calibration: calibrationSummary(c.calibration) } : {}) })),
      ...(paired ? { decisions: { own: round4(paired.pair.own.mean), companion: round4(paired.pair.pooled.mean), both: round4(paired.pair.both.mean), kept: paired.kept ? 'both' : 'own' } } : {}),
      ...(byVectors.size ? { vectorDecisions: Object.fromEntries(Array.from(byVectors, ([lang, v]) => [lang, { margin: round4(v.figures.own.mean), vectors: round4(v.figures.pooled.mean), both: round4(v.figures.both.mean), kept: v.kept ? 'both' : 'margin' }])) } : {}),
    },
  };
  return { bytes: encodeModel(header, q, ds.idf), header, cv: cv.perLang };
}

/**
 * The word-vector decision of each language of `s.langs` among the rows: its articles' mean
 * vectors, the model's out-of-fold margins of every repeat and the folds they came from (those of
 * `crossValidate`, seed `o.seed + r`), compared and fitted by `crossValidateVectors`.
 */
function vectorDecisions(rows: readonly ArticleRow[], targets: Uint8Array, groups: readonly string[], repeats: readonly Float64Array[], o: TrainArticleOptions, s: FramesVectorSettings): Map<string, VectorCv> {
  const L = o.labels.length;
  const out = new Map<string, VectorCv>();
  for (const lang of s.langs) {
    const at = rows.flatMap((r, i) => (r.lang === lang ? [i] : []));
    if (at.length === 0) continue;
    const folds = repeats.map((_, rep) => {
      const all = groupedFolds([...groups], o.folds, o.seed + rep);
      return Int32Array.from(at, (r) => all[r] as number);
    });
    const X = articleVectors(s.lexicon, at.map((r) => (rows[r] as ArticleRow).doc));
    out.set(lang, crossValidateVectors(X, pickRows(targets, at, L), o.labels, at.map((r) => groups[r] as string), repeats.map((m) => pickRows(m, at, L)), folds, o.folds, s, o.thresholds));
  }
  return out;
}

function unseen(targets: Uint8Array, langs: string[], lang: string, labels: readonly string[]): string[] {
  const L = labels.length;
  return labels.filter((_, l) => !langs.some((x, r) => x === lang && targets[r * L + l] === 1));
}

function roundDecision(d: LanguageDecisionData): LanguageDecisionData {
  const out: LanguageDecisionData = { platt: d.platt.map((p) => ({ a: round6(p.a), b: round6(p.b) })), thresholds: d.thresholds.map(round6) };
  if (d.companion) out.companion = { platt: d.companion.platt.map((p) => ({ a: round6(p.a), c: round6(p.c), b: round6(p.b) })), thresholds: d.companion.thresholds.map(round6) };
  if (d.vectors) {
    const v = d.vectors;
    // The regressions keep every digit (their weights carry the standardisation).
    out.vectors = { ...v, platt: v.platt.map((p) => ({ a: round6(p.a), c: round6(p.c), b: round6(p.b) })), thresholds: v.thresholds.map(round6) };
  }
  if (d.cues) out.cues = roundCues(d.cues);
  return out;
}

/** A cue decision with its calibration and offsets rounded; the regressions keep every digit (a rounded standard deviation could reach 0). */
function roundCues(c: CueDecisionData): CueDecisionData {
  return { ...c, platt: c.platt.map((p) => ({ a: round6(p.a), b: round6(p.b) })), thresholds: c.thresholds.map(round6) };
}


/**
 * A warning line for each language whose training articles all have one genre: its model can only
 * say that genre, and a macro-F1 of 1.000 over one class says nothing.
 */
function singleGenreLanguages(ds: ReturnType<typeof buildArticleDataset>): string[] {
  const gold = goldClasses(ds);
  const seen = new Map<string, Set<number>>();
  ds.langs.forEach((l, r) => (seen.get(l) ?? seen.set(l, new Set()).get(l)!).add(gold[r] as number));
  return [...seen].filter(([, classes]) => classes.size === 1).map(([lang, classes]) => `  warning: every ${lang} article is ${ds.labels[[...classes][0] as number]}: the model can only say that, and its macro-F1 over one genre says nothing`);
}
