/**
 * Trains one technique model over a set of languages (one language, or several pooled), reports
 * cross-validated figures, and encodes the model file with those figures inside.
 */
import type { FeatureConfig } from '../features/feature-config.js';
import { trainOneVsRest, type LearnerOptions } from '../models/logistic-ovr.js';
import { encodeModel, type ModelHeader, type SentenceModelRef } from '../models/model-file.js';
import { quantise } from '../models/quantise.js';
import type { ThresholdOptions } from '../models/thresholds.js';
import { buildDataset } from './dataset.js';
import { crossValidate, type LanguageCv } from './cross-validate.js';
import { fitDecisions } from './decision.js';
import type { TrainRow } from './semeval-corpus.js';
import { fingerprint, learnerNumbers, round4, round6 } from './model-header-parts.js';
import type { SpanPlatt } from '../models/platt.js';
import { SPAN_SIGNAL_SETTINGS } from './span-signal-oof.js';
import { SENTENCE_SIGNAL_FLOOR } from '../models/sentence-signal.js';
import { calibrationSummary } from '../eval/calibration.js';

/** Settings of one training run. */
export interface TrainTechniqueOptions {
  id: string;
  labels: readonly string[];
  features: FeatureConfig;
  learner: LearnerOptions;
  thresholds: ThresholdOptions;
  folds: number;
  innerFolds: number;
  seed: number;
  /** Files the rows were read from, hashed into the training-data fingerprint. */
  files: string[];
  /** What a row is, for the log ('paragraphs' by default). */
  unit?: string;
  /**
   * The sentence model whose margins are the signal S for every language of this model, recorded
   * in the header (absent: each language's own, `sentences-<lang>`).
   */
  sentenceModel?: SentenceModelRef;
}

/** A trained model: its file bytes, header and cross-validated figures. */
export interface TrainedTechniqueModel {
  bytes: Uint8Array;
  header: ModelHeader;
  cv: LanguageCv[];
  /** Out-of-fold raw margins of every row (rows × labels), from models that never saw its article. */
  oofMargins: Float64Array;
}

/**
 * Cross-validates, then trains on all rows and encodes the model. With `signal` (the span tagger's
 * and the sentence model's out-of-fold signals of every row, see span-signal-oof.ts and
 * sentence-signal-oof.ts), the decisions use them too.
 */
export function trainTechniqueModel(rows: TrainRow[], opts: TrainTechniqueOptions, log: (line: string) => void = () => {}, signal?: Float64Array): TrainedTechniqueModel {
  const ds = buildDataset(rows, opts.labels, opts.features);
  const L = opts.labels.length;
  log(`  ${rows.length} ${opts.unit ?? 'paragraphs'}, features extracted`);
  const cvOpts = { folds: opts.folds, innerFolds: opts.innerFolds, seed: opts.seed, bits: opts.features.bits, learner: { ...opts.learner, seed: opts.seed }, thresholds: opts.thresholds };
  const cv = crossValidate(ds, cvOpts, log, signal);
  const decisions = fitDecisions(cv.oofMargins, ds.targets, ds.langs, L, opts.thresholds, signal);
  const w = trainOneVsRest(ds.rows, ds.targets, L, opts.features.bits, { ...opts.learner, seed: opts.seed });
  const { q, scales } = quantise(w.weights, L);
  const languages = Array.from(decisions.keys());
  const header: Omit<ModelHeader, 'body'> = {
    format: 'slant-model',
    formatVersion: 1,
    task: 'techniques',
    id: opts.id,
    languages,
    labels: [...opts.labels],
    unsupported: Object.fromEntries(languages.map((lang) => [lang, unseenLabels(ds.targets, ds.langs, lang, opts.labels)])),
    features: opts.features,
    decisions: Object.fromEntries(Array.from(decisions, ([lang, d]) => [lang, {
      platt: d.platt.map(roundPlatt),
      thresholds: d.thresholds.map(round6),
      ...(d.span ? { span: { platt: d.span.platt.map(roundSpanPlatt), thresholds: d.span.thresholds.map(round6) } } : {}),
    }])),
    bias: Array.from(w.bias, round6),
    scales: Array.from(scales),
    training: { fingerprint: fingerprint(opts.files), rows: rows.length, articles: new Set(ds.groups).size, seed: opts.seed, learner: learnerNumbers(opts.learner), ...(signal ? { spanSignal: { ...SPAN_SIGNAL_SETTINGS, folds: opts.folds }, sentenceSignal: { floor: SENTENCE_SIGNAL_FLOOR } } : {}), ...(signal && opts.sentenceModel ? { sentenceModel: opts.sentenceModel } : {}) },
    cv: { folds: opts.folds, grouping: 'article', metric: 'micro-F1 over paragraph rows', perLanguage: cv.perLang.map(summarise) },
  };
  const bytes = encodeModel(header, q, ds.idf);
  return { bytes, header: { ...header, body: { bytes: q.byteLength, sha256: '' } }, cv: cv.perLang, oofMargins: cv.oofMargins };
}

function unseenLabels(targets: Uint8Array, langs: string[], lang: string, labels: readonly string[]): string[] {
  const L = labels.length;
  return labels.filter((_, l) => !langs.some((x, r) => x === lang && targets[r * L + l] === 1));
}

function summarise(c: LanguageCv): unknown {
  return {
    lang: c.lang,
    micro: { mean: round4(c.microMean), std: round4(c.microStd), folds: c.folds.map(round4) },
    interval: c.interval,
    macro: { mean: round4(c.macroMean), std: round4(c.macroStd) },
    calibration: calibrationSummary(c.calibration),
    perLabel: c.pooled.perLabel.map((p) => ({ label: p.label, support: p.support, precision: round4(p.precision), recall: round4(p.recall), f1: round4(p.f1) })),
  };
}

const roundPlatt = (p: { a: number; b: number }): { a: number; b: number } => ({ a: round6(p.a), b: round6(p.b) });
const roundSpanPlatt = (p: SpanPlatt): SpanPlatt => ({ a: round6(p.a), b: round6(p.b), sb: round6(p.sb), si: round6(p.si), ...(p.ss !== undefined ? { ss: round6(p.ss) } : {}) });
