/**
 * The sentence model of one language (see models/sentence-signal.ts) and its out-of-fold signal
 * for the technique training rows: every sentence of the span corpus is a training row labelled
 * with the techniques of the gold spans it overlaps; grouped cross-validation gives each sentence a
 * margin from a model that never saw its article, and each paragraph row gets its sentences'
 * per-label maximum. The model trained on all sentences is what ships.
 */
import { maxPerParagraph, sentenceDocument } from '../models/sentence-signal.js';
import { DEFAULT_THRESHOLDS } from '../models/thresholds.js';
import { SIGNAL_WIDTH } from './decision.js';
import type { TrainRow } from './semeval-corpus.js';
import { readSpanCorpus, type SpanArticle } from './spans-corpus.js';
import { spanSignalOutOfFold } from './span-signal-oof.js';
import { pooledSentenceSettings, techniqueSettings } from './technique-settings.js';
import { trainTechniqueModel, type TrainedTechniqueModel } from './train-techniques.js';
import { buildDataset } from './dataset.js';
import { outOfFoldMargins } from './cross-validate.js';

/** Sentence rows of `articles` (language `lang`) and, per row, the index of its article and paragraph. */
export function sentenceRows(articles: readonly SpanArticle[], lang: string): { rows: TrainRow[]; paragraph: { article: string; index: number }[] } {
  const rows: TrainRow[] = [];
  const paragraph: { article: string; index: number }[] = [];
  for (const a of articles) {
    const { doc, paragraphOf } = sentenceDocument(a.doc);
    doc.paragraphs.forEach((s, index) => {
      const labels = new Set(a.spans.filter((sp) => sp.start < s.end && sp.end > s.start).map((sp) => sp.label));
      rows.push({ doc, index, lang, articleId: a.doc.article.id, labels: [...labels] });
      paragraph.push({ article: a.doc.article.id, index: paragraphOf[index] as number });
    });
  }
  return { rows, paragraph };
}

/** Options of `trainSentenceModel`. */
export interface SentenceModelOptions {
  labels: readonly string[];
  folds: number;
  seed: number;
  /** Files the sentences were read from (the training-data fingerprint); the span corpus's by default. */
  files?: string[];
}

/**
 * Trains the sentence model of `lang` (the settings of the language's own technique model) and
 * returns it with the out-of-fold signal S of `rows` (the technique rows of `lang`, rows × labels).
 */
export function trainSentenceModel(articles: readonly SpanArticle[], lang: string, rows: readonly TrainRow[], o: SentenceModelOptions, log: (line: string) => void = () => {}): { model: TrainedTechniqueModel; signal: Float64Array } {
  const { rows: sentences, paragraph } = sentenceRows(articles, lang);
  const { features, learner } = techniqueSettings([lang], false);
  const model = trainTechniqueModel(sentences, { id: `sentences-${lang}`, labels: o.labels, features, learner, thresholds: DEFAULT_THRESHOLDS, folds: o.folds, innerFolds: 0, seed: o.seed, files: o.files ?? [], unit: 'sentences' }, log);
  return { model, signal: paragraphSignal(model.oofMargins, paragraph, rows, o.labels.length) };
}

/** One language's share of a pooled sentence model: its span corpus and its technique rows. */
export interface PooledSentenceInput {
  lang: string;
  articles: readonly SpanArticle[];
  rows: readonly TrainRow[];
}

/**
 * Trains the pooled sentence model (id `sentences`: the sentences of every language in `inputs`,
 * with the pooled technique model's settings, language copies included at full weight:
 * `pooledSentenceSettings`) and returns it with each
 * language's out-of-fold signal S of its technique rows (in the order of `inputs`). Folds are
 * grouped by article over all languages, so no sentence is scored by a model that saw its article.
 * The own technique models decide with this S: in grouped 5-fold CV (seed 1) it lifted them over
 * their own language's sentence model (en 0.425 → 0.427, fr 0.408 → 0.4135, it 0.498 → 0.504,
 * ru 0.416 → 0.418, pl 0.325 → 0.352; seed 2: fr 0.399 → 0.403, it 0.500 → 0.502, ru 0.410 →
 * 0.414), but not the pooled technique model (de 0.442 → 0.436), which keeps the languages' own.
 */
export function trainPooledSentenceModel(inputs: readonly PooledSentenceInput[], o: SentenceModelOptions, log: (line: string) => void = () => {}): { model: TrainedTechniqueModel; signals: Float64Array[] } {
  const parts = inputs.map((i) => sentenceRows(i.articles, i.lang));
  const { features, learner } = pooledSentenceSettings();
  const model = trainTechniqueModel(parts.flatMap((p) => p.rows), { id: POOLED_SENTENCE_MODEL, labels: o.labels, features, learner, thresholds: DEFAULT_THRESHOLDS, folds: o.folds, innerFolds: 0, seed: o.seed, files: o.files ?? [], unit: 'sentences' }, log);
  return { model, signals: pooledSignals(model.oofMargins, parts, inputs, o.labels.length) };
}

/** Id (and file name, `.slm` added) of the pooled sentence model. */
export const POOLED_SENTENCE_MODEL = 'sentences';

/** Each language's S from the pooled model's out-of-fold sentence margins (languages' sentences in `parts` order). */
function pooledSignals(margins: Float64Array, parts: readonly { rows: TrainRow[]; paragraph: { article: string; index: number }[] }[], inputs: readonly PooledSentenceInput[], L: number): Float64Array[] {
  let at = 0;
  return parts.map((p, i) => {
    const own = margins.subarray(at * L, (at + p.rows.length) * L);
    at += p.rows.length;
    return paragraphSignal(own, p.paragraph, (inputs[i] as PooledSentenceInput).rows, L);
  });
}

/**
 * The pooled sentence model's out-of-fold S of every language of `inputs` alone, without the model
 * trained on all sentences (for measurements): the margins `trainPooledSentenceModel` computes.
 */
export function pooledSentenceSignalOutOfFold(inputs: readonly PooledSentenceInput[], o: SentenceModelOptions): Float64Array[] {
  const parts = inputs.map((i) => sentenceRows(i.articles, i.lang));
  const { features, learner } = pooledSentenceSettings();
  const ds = buildDataset(parts.flatMap((p) => p.rows), o.labels, features);
  const cv = { folds: o.folds, innerFolds: 0, seed: o.seed, bits: features.bits, learner: { ...learner, seed: o.seed }, thresholds: DEFAULT_THRESHOLDS };
  return pooledSignals(outOfFoldMargins(ds, o.folds, cv, o.seed), parts, inputs, o.labels.length);
}

/**
 * The out-of-fold signal S of `rows` alone, without the model trained on all sentences (for
 * measurements): the same margins as `trainSentenceModel`'s, whose cross-validation computes them
 * with these folds, settings and seeds.
 */
export function sentenceSignalOutOfFold(articles: readonly SpanArticle[], lang: string, rows: readonly TrainRow[], o: SentenceModelOptions): Float64Array {
  const { rows: sentences, paragraph } = sentenceRows(articles, lang);
  const { features, learner } = techniqueSettings([lang], false);
  const ds = buildDataset(sentences, o.labels, features);
  const cv = { folds: o.folds, innerFolds: 0, seed: o.seed, bits: features.bits, learner: { ...learner, seed: o.seed }, thresholds: DEFAULT_THRESHOLDS };
  return paragraphSignal(outOfFoldMargins(ds, o.folds, cv, o.seed), paragraph, rows, o.labels.length);
}

/** Each technique row's per-label maximum over its sentences' margins (sentences × L). */
function paragraphSignal(sentenceMargins: Float64Array, paragraph: { article: string; index: number }[], rows: readonly TrainRow[], L: number): Float64Array {
  const at = new Map<string, number>();
  rows.forEach((r, i) => at.set(`${r.articleId}\t${r.index}`, i));
  // Sentences of paragraphs without a technique row (none expected) are dropped.
  const keep: number[] = [];
  const of: number[] = [];
  paragraph.forEach((p, s) => {
    const row = at.get(`${p.article}\t${p.index}`);
    if (row !== undefined) { keep.push(s); of.push(row); }
  });
  const margins = new Float64Array(keep.length * L);
  keep.forEach((s, k) => margins.set(sentenceMargins.subarray(s * L, s * L + L), k * L));
  const signal = new Float64Array(rows.length * L);
  maxPerParagraph(margins, of, L, signal);
  return signal;
}

/** The decision signal `[B, I, S]` per row and label from the span signal (× 2) and the sentence signal (× 1). */
export function stackSignals(span: Float64Array, sentence: Float64Array, L: number): Float64Array {
  const n = sentence.length / L;
  const out = new Float64Array(n * L * SIGNAL_WIDTH);
  for (let k = 0; k < n * L; k++) {
    out[k * SIGNAL_WIDTH] = span[k * 2] as number;
    out[k * SIGNAL_WIDTH + 1] = span[k * 2 + 1] as number;
    out[k * SIGNAL_WIDTH + 2] = sentence[k] as number;
  }
  return out;
}

/**
 * The decision signals of `rows` (all technique rows of `lang`), every value out of fold: the span
 * tagger's (rows × labels × 2, `[B, I]`) and the language's own sentence model's S (rows × labels),
 * with that sentence model trained on all sentences. `stackSignals` joins them.
 */
export async function decisionSignalOutOfFold(root: string, lang: string, rows: readonly TrainRow[], o: SentenceModelOptions, log: (line: string) => void = () => {}): Promise<{ span: Float64Array; sentence: Float64Array; sentences: TrainedTechniqueModel }> {
  const started = Date.now();
  const span = await spanSignalOutOfFold(root, lang, rows, o.labels, o.folds);
  log(`${lang}: span-tagger signal out of fold (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const { articles, files } = await readSpanCorpus(root, lang);
  const { model, signal } = trainSentenceModel(articles, lang, rows, { ...o, files }, log);
  log(`${lang}: sentence model and its signal out of fold (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return { span, sentence: signal, sentences: model };
}

/** `decisionSignalOutOfFold`'s signal alone: no sentence model is fitted on all sentences (for measurements). */
export async function decisionSignalOnly(root: string, lang: string, rows: readonly TrainRow[], o: SentenceModelOptions): Promise<Float64Array> {
  const span = await spanSignalOutOfFold(root, lang, rows, o.labels, o.folds);
  const { articles } = await readSpanCorpus(root, lang);
  return stackSignals(span, sentenceSignalOutOfFold(articles, lang, rows, o), o.labels.length);
}
