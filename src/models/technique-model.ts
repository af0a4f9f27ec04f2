/**
 * The technique model at inference: scores every paragraph of a segmented document with
 * calibrated per-label probabilities and says which pass their thresholds (issue 4, item 5).
 */
import type { Document } from '../document/document.js';
import { RowBuilder, type SparseRow } from '../features/feature-sink.js';
import { addSparseDot, padWeightRows } from './sparse-dot.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { Emitter, emitParagraphTo } from '../features/paragraph-features.js';
import { applyPlatt, applySpanPlatt, type Platt, type SpanPlatt } from './platt.js';
import { paragraphSpanSignal, type SpanSignal } from './span-signal.js';
import { documentSentenceSignal, type ParagraphSentenceSignal } from './sentence-signal.js';
import type { TaggerParams } from '../spans/tagger-params.js';
import { decodeModel, featuresForLanguage, type LanguageDecisionData, type ModelData, type ModelHeader } from './model-file.js';
import type { FeatureConfig } from '../features/feature-config.js';
import { verifiedLexicon } from '../features/word-clusters.js';

/** One label's score for one paragraph. */
export interface LabelScore {
  label: string;
  /** Calibrated probability in [0, 1]. */
  score: number;
  /** True when `score` reaches the label's threshold for this language. */
  over: boolean;
}

/** The scores of one paragraph. */
export interface ParagraphScores {
  /** SemEval paragraph number (1-based line number). */
  n: number;
  /** Index in `doc.paragraphs`. */
  index: number;
  labels: LabelScore[];
  /** The span tagger's signal, where the decision used it (its peak tokens serve as evidence). */
  spanSignal?: SpanSignal;
  /** The sentence model's signal, where the decision used it: S per label and its sentence. */
  sentenceSignal?: ParagraphSentenceSignal;
}

/**
 * What the stacked decision reads besides the margins, for the document's language: the span
 * tagger (B, I) and the sentence model (S). See `decisionSignals()` for the shipped ones.
 */
export interface DecisionSignals {
  spans: TaggerParams | null;
  sentences: TechniqueModel | null;
}

/** Scores of a whole document and the calibration language used. */
export interface DocumentScores {
  /** Language whose calibration was used; `AVERAGED_CALIBRATION` for a language without one of its own. */
  lang: string;
  /** True when the document's language has no calibration of its own in this model. */
  fallback: boolean;
  paragraphs: ParagraphScores[];
}

/**
 * Thresholds for a language the model has no calibration for are the averaged thresholds times
 * this factor (see `AVERAGED_CALIBRATION`): margins on an unseen language are weaker, and full
 * thresholds passed almost nothing. Leave-one-language-out CV of the pooled model
 * (scripts/cv-unseen-language.ts, micro-F1 on the held-out language, English decision): factor
 * 1 / 0.5 / 0.25 gave fr 0.144 / 0.290 / 0.331, pl 0.011 / 0.121 / 0.257, de 0.240 / 0.321 /
 * 0.332, it 0.240 / 0.326 / 0.346; the 1–3 highest margins per paragraph gave fr 0.150–0.276,
 * pl 0.170–0.196, de 0.252–0.320, it 0.173–0.282. Under the averaged decision 0.25 stays the best
 * of 0.5 / 0.35 / 0.25 (means over fr, de, it, pl 0.286 / 0.321 / 0.325).
 */
export const UNSEEN_LANGUAGE_THRESHOLD_FACTOR = 0.25;

/**
 * The calibration an article in a language without one of its own is decided with: each label's
 * probability under every language's calibration (margin alone), averaged, against their averaged
 * thresholds × `UNSEEN_LANGUAGE_THRESHOLD_FACTOR`. Leaving one language out of the pooled model
 * (`SKIP_UNSEEN=1 AVERAGE=1 DECISIONS=en,fr,de,it,pl,ru FACTORS=0.5,0.35,0.25 node --import tsx
 * scripts/cv-unseen-language.ts techniques`), the average of the five other languages'
 * calibrations beat the English one, which this replaced, on every held-out language at the same
 * factor: fr 0.335 vs 0.329, de 0.353 vs 0.338, it 0.350 vs 0.339, pl 0.263 vs 0.259. Unlike the
 * English calibration alone it can report the four techniques the English data lacks. (`mul`:
 * the ISO 639 code for several languages.)
 */
export const AVERAGED_CALIBRATION = 'mul';

/** How the model decides for a language: with its own calibration, or averaged over every language's. */
export type DecisionChoice =
  | { lang: string; fallback: false; decision: LanguageDecisionData }
  | { lang: typeof AVERAGED_CALIBRATION; fallback: true; decision: null };

/** A loaded technique model. */
export class TechniqueModel {
  readonly header: ModelHeader;
  private readonly builder: RowBuilder;
  /** `header.scales` as a typed array (the same values), for the scoring loop. */
  private readonly scales: Float64Array;
  private readonly labelCount: number;
  /** `q` with each bucket's weights at a multiple of `stride` bytes (see `padWeightRows`): one cache line per bucket. */
  private readonly padded: Int8Array;
  private readonly stride: number;
  /** `header.bias` as a typed array (the same values). */
  private readonly bias: Float64Array;
  /** See `averaged()`. */
  private averagedDecision?: { decisions: LanguageDecisionData[]; thresholds: Float64Array };

  constructor(data: ModelData) {
    this.header = data.header;
    this.builder = new RowBuilder(data.header.features.bits, data.idf ?? null);
    this.scales = Float64Array.from(data.header.scales);
    this.labelCount = data.header.labels.length;
    this.bias = Float64Array.from(data.header.bias);
    [this.padded, this.stride] = padWeightRows(data.q, this.labelCount);
    // A model trained with a word-cluster lexicon fails at load, not mid-analysis, when it differs.
    if (data.header.features.clusters) verifiedLexicon(data.header.features.clusters);
  }

  /** Decodes and validates model bytes (throws ModelError on a corrupt or foreign file). */
  static fromBytes(bytes: Uint8Array, source: string): TechniqueModel {
    return new TechniqueModel(decodeModel(bytes, source));
  }

  /** The calibration used for `lang`: its own, or (a fallback) every language's averaged. */
  decisionFor(lang: string): DecisionChoice {
    const own = this.header.decisions[lang];
    if (own) return { lang, fallback: false, decision: own };
    return { lang: AVERAGED_CALIBRATION, fallback: true, decision: null };
  }

  /**
   * The labels the decision with `calibration` never finds: those its language had no training
   * example of (`unsupported` in the header); under the averaged calibration, those no language had.
   */
  unsupportedFor(calibration: string): string[] {
    const { unsupported, labels, languages } = this.header;
    if (calibration !== AVERAGED_CALIBRATION) return unsupported[calibration] ?? [];
    return labels.filter((l) => languages.every((lang) => unsupported[lang]?.includes(l)));
  }

  /** Feature settings for articles in `lang` (no language copies for a language the model has no data for). */
  featuresFor(lang: string): FeatureConfig {
    return featuresForLanguage(this.header, lang);
  }

  /** The (dequantised) weight of hashed feature `index` for label number `label`. */
  weight(index: number, label: number): number {
    return (this.padded[index * this.stride + label] as number) * (this.scales[label] as number);
  }

  /** Raw margins (bias + w·x) of paragraph `index`, one per label; `record` also gets the occurrences. */
  margins(doc: Document, index: number, record?: OccurrenceRecorder): Float64Array {
    emitParagraphTo(new Emitter(this.featuresFor(doc.lang.code), doc.lang.code, record ? { builder: this.builder, recorder: record } : { builder: this.builder }), doc, index);
    return this.rowMargins(this.builder.takeView());
  }

  /** Raw margins (bias + w·x) of a finished feature row (one built with `featuresFor()`'s settings), one per label. */
  rowMargins(row: SparseRow): Float64Array {
    const out = this.bias.slice();
    addSparseDot(row.indices, row.values, this.padded, this.scales, this.labelCount, out, this.stride);
    return out;
  }

  /**
   * Scores every paragraph of `doc` from its raw margins (`margins[i]` for paragraph i, as
   * `margins()` or `rowMargins()` give them), deciding on the margin alone: the decision of a file
   * trained without the span and sentence signals (the fast models), and of any file for a
   * language it has no calibration of its own for (its thresholds lowered by `unseenFactor`).
   */
  decideMargins(doc: Document, margins: readonly Float64Array[], unseenFactor = UNSEEN_LANGUAGE_THRESHOLD_FACTOR): DocumentScores {
    const { lang, fallback, decision } = this.decisionFor(doc.lang.code);
    const paragraphs = doc.paragraphs.map((p, index) => ({ n: p.n, index, labels: this.marginScores(decision, margins[index] as Float64Array, unseenFactor) }));
    return { lang, fallback, paragraphs };
  }

  /**
   * Each label's score and decision on margins `m` alone: `decision`'s Platt and thresholds; with
   * no decision (a language without one), every language's, averaged (`AVERAGED_CALIBRATION`),
   * the thresholds lowered by `unseenFactor`.
   */
  private marginScores(decision: LanguageDecisionData | null, m: Float64Array, unseenFactor: number): LabelScore[] {
    if (decision === null) return this.averagedScores(m, unseenFactor);
    return this.header.labels.map((label, l) => {
      const score = applyPlatt(decision.platt[l] as Platt, m[l] as number);
      return { label, score, over: score >= (decision.thresholds[l] as number) };
    });
  }

  /** `AVERAGED_CALIBRATION`: each label's probability under every language's calibration, averaged, against their averaged thresholds × `factor`. */
  private averagedScores(m: Float64Array, factor: number): LabelScore[] {
    const { decisions, thresholds } = this.averaged();
    return this.header.labels.map((label, l) => {
      let p = 0;
      for (const d of decisions) p += applyPlatt(d.platt[l] as Platt, m[l] as number);
      const score = p / decisions.length;
      return { label, score, over: score >= (thresholds[l] as number) * factor };
    });
  }

  /**
   * The thresholds a language without a calibration of its own is decided against (see
   * `AVERAGED_CALIBRATION`): every language's averaged per label, times `factor`.
   */
  unseenThresholds(factor: number): Float64Array {
    return this.averaged().thresholds.map((t) => t * factor);
  }

  /** Every language's decision and their thresholds averaged per label, worked out on first use. */
  private averaged(): { decisions: LanguageDecisionData[]; thresholds: Float64Array } {
    if (this.averagedDecision === undefined) {
      const decisions = this.header.languages.map((lang) => this.header.decisions[lang] as LanguageDecisionData);
      const thresholds = Float64Array.from(this.header.labels, (_, l) => decisions.reduce((t, d) => t + (d.thresholds[l] as number), 0) / decisions.length);
      this.averagedDecision = { decisions, thresholds };
    }
    return this.averagedDecision;
  }

  /**
   * Scores every paragraph of `doc` under the calibration of `doc.lang.code` (or a fallback).
   * With `recorders`, one recorder per paragraph is pushed onto it with the token-based feature
   * occurrences of the extraction (for evidence without a second extraction). With `signals` (the
   * span tagger and sentence model of the document's language), a model trained with those signals
   * decides on margin and signals together; without them, or for a fallback language, on the
   * margin alone.
   * @example
   * const { paragraphs } = model.scoreParagraphs(segment(article), undefined, decisionSignals('en'));
   * paragraphs[0].labels.filter((l) => l.over);
   */
  scoreParagraphs(doc: Document, recorders?: OccurrenceRecorder[], signals?: DecisionSignals | null): DocumentScores {
    const { lang, fallback, decision } = this.decisionFor(doc.lang.code);
    const labels = this.header.labels;
    const stacked = decision === null ? undefined : this.stackedDecision(decision, signals);
    const spans = stacked ? signals?.spans ?? null : null;
    const sentences = stacked && signals?.sentences && usesSentences(stacked) ? documentSentenceSignal(signals.sentences, doc, labels) : null;
    const paragraphs = doc.paragraphs.map((p, index) => {
      let record: OccurrenceRecorder | undefined;
      if (recorders) recorders.push((record = new OccurrenceRecorder(p.tokens.length * 24)));
      const m = this.margins(doc, index, record);
      const spanSignal = spans ? paragraphSpanSignal(spans, doc, index, labels) : undefined;
      const s = spanSignal?.values;
      const sentenceSignal = sentences?.[index];
      const sv = sentenceSignal?.values;
      return {
        n: p.n,
        index,
        // A stacked decision always has its span signal (`stackedDecision` requires the tagger).
        labels: stacked && s
          ? labels.map((label, l) => {
            const score = applySpanPlatt(stacked.platt[l] as SpanPlatt, m[l] as number, s[l * 2] as number, s[l * 2 + 1] as number, sv ? (sv[l] as number) : 0);
            return { label, score, over: score >= (stacked.thresholds[l] as number) };
          })
          : this.marginScores(decision, m, UNSEEN_LANGUAGE_THRESHOLD_FACTOR),
        ...(spanSignal ? { spanSignal } : {}),
        ...(sentenceSignal ? { sentenceSignal } : {}),
      };
    });
    return { lang, fallback, paragraphs };
  }

  /** The stacked decision, when the language has one and every signal it needs is at hand. */
  private stackedDecision(decision: LanguageDecisionData, signals?: DecisionSignals | null): LanguageDecisionData['span'] {
    const stacked = decision.span;
    if (!stacked || !signals?.spans) return undefined;
    return usesSentences(stacked) && !signals.sentences ? undefined : stacked;
  }
}

/** True when a stacked decision weighs the sentence signal (files trained before it have no `ss`). */
function usesSentences(stacked: NonNullable<LanguageDecisionData['span']>): boolean {
  return stacked.platt.some((p) => p.ss !== undefined);
}
