/**
 * Cross-validation of the span tagger, grouped by article, with the SemEval-2020 span measure:
 * technique-agnostic (span identification, SI) and technique-aware (TA). Out-of-fold emissions
 * are kept so that the decoding offset can be chosen on them, and the tagger is also scored after
 * reconciliation with the gold paragraph labels (an upper bound for a perfect paragraph model).
 */
import { OffsetMap } from '../document/offsets.js';
import { scoreSpans, spanUnits, type ScoredSpan, type SpanScore } from '../eval/span-score.js';
import { cvInterval, type CvInterval } from './cv-interval.js';
import type { SpanFinding } from '../result.js';
import { reconcileSpans, taggerSpans, type ParagraphDecision } from '../spans/reconcile-spans.js';
import { candidatesFromEmissions, type ParagraphCandidates } from '../spans/span-candidates.js';
import { emissions, type TaggerParams } from '../spans/tagger-params.js';
import { trainPerceptron } from '../spans/train-perceptron.js';
import type { SpanArticle } from './spans-corpus.js';
import type { SpanSequence } from './spans-dataset.js';
import { groupedFolds } from './folds.js';

/** Settings of the CV. */
export interface SpanCvOptions {
  folds: number;
  seed: number;
  epochs: number;
  bits: number;
  missCost: number;
  /** Decoding offsets to try (added to every B and I emission). */
  offsetGrid: readonly number[];
}

/** CV figures of one language. */
export interface SpanCv {
  /** Decoding offset chosen per label. */
  offsets: number[];
  /** SI-F1 of marking every gold-labelled paragraph whole (what SI alone would reward). */
  baselineSi: number;
  si: SpanScore;
  ta: SpanScore;
  /** SI-F1 and TA-F1 with their bootstrap intervals over the articles (those without a span too). */
  intervals: { si: CvInterval; ta: CvInterval };
  /** After reconciliation with the gold paragraph labels (oracle paragraph model). */
  oracleSi: SpanScore;
  oracleTa: SpanScore;
  grid: { offset: number; si: number; ta: number }[];
}

/** Spans of findings in code points, for scoring. */
function toScored(articles: readonly SpanArticle[], maps: OffsetMap[], a: number, spans: readonly { label: string; start: number; end: number }[]): ScoredSpan[] {
  const id = (articles[a] as SpanArticle).doc.article.id;
  const map = maps[a] as OffsetMap;
  return spans.map((s) => ({ id, technique: s.label, start: map.toCodePoint(s.start), end: map.toCodePoint(s.end) }));
}

/** Out-of-fold emissions (without offsets) of each sequence, and the transitions of its fold's model. */
export interface OutOfFold {
  em: Float32Array[];
  /** Per sequence: its fold model without emission weights (labels and transitions, for decoding). */
  decoders: TaggerParams[];
}

/** Out-of-fold emissions of every sequence, from models that never saw its article. */
export function outOfFoldEmissions(articles: readonly SpanArticle[], seqs: readonly SpanSequence[], labels: readonly string[], o: SpanCvOptions): OutOfFold {
  const fold = groupedFolds(articles.map((a) => a.doc.article.id), o.folds, o.seed);
  const out: OutOfFold = { em: new Array<Float32Array>(seqs.length), decoders: new Array<TaggerParams>(seqs.length) };
  const active = labels.map((_, l) => l);
  for (let f = 0; f < o.folds; f++) {
    const train = seqs.filter((s) => fold[s.article] !== f);
    const params = trainPerceptron(train, labels, o.bits, { epochs: o.epochs, seed: o.seed + f, active, missCost: o.missCost });
    const decoder: TaggerParams = { ...params, w: new Float32Array(0) };
    seqs.forEach((s, k) => {
      if (fold[s.article] !== f) return;
      out.em[k] = emissions(params, s.rows, false);
      out.decoders[k] = decoder;
    });
  }
  return out;
}

/**
 * Scores the OOF emissions: the offset of the grid with the best technique-aware F1 (choosing by
 * span identification instead would reward marking everything), then the figures with it, alone
 * and after the oracle reconciliation.
 */
export function scoreOutOfFold(articles: readonly SpanArticle[], seqs: readonly SpanSequence[], oof: OutOfFold, grid: readonly number[]): SpanCv {
  const maps = articles.map((a) => new OffsetMap(a.doc.article.text));
  const labels = (oof.decoders[0] as TaggerParams).labels;
  const gold = articles.flatMap((a, i) => toScored(articles, maps, i, a.spans));
  const run = (offsets: Float32Array, oracle: boolean): { si: SpanScore; ta: SpanScore } => {
    const pred: ScoredSpan[] = [];
    const L2 = labels.length * 2;
    seqs.forEach((s, k) => {
      const p = (articles[s.article] as SpanArticle).doc.paragraphs[s.paragraph]!;
      const shifted = (oof.em[k] as Float32Array).slice();
      for (let i = 0; i < shifted.length; i++) shifted[i] = (shifted[i] as number) + (offsets[(i % L2) >> 1] as number);
      const params = oof.decoders[k] as TaggerParams;
      const c: ParagraphCandidates = candidatesFromEmissions(params, p, s.paragraph, shifted, { skip: new Set(), fallbacks: oracle ? new Set(s.gold.keys()) : false });
      const found: SpanFinding[] = oracle ? reconcileSpans([oracleDecision(s, params)], [c]) : taggerSpans([c]);
      pred.push(...toScored(articles, maps, s.article, found));
    });
    return { si: scoreSpans(gold, pred, { techniqueAware: false }), ta: scoreSpans(gold, pred, { techniqueAware: true, labels }) };
  };
  const results = grid.map((offset) => ({ offset, ...run(new Float32Array(labels.length).fill(offset), false) }));
  // One offset for all labels: per-label choices let rare labels mark everything (their own best
  // F1) and sink the precision of the whole.
  const best = results.reduce((a, b) => (b.ta.f1 > a.ta.f1 ? b : a));
  const offsets = new Float32Array(labels.length).fill(best.offset);
  const chosen = run(offsets, false);
  const oracle = run(offsets, true);
  const ids = articles.map((a) => a.doc.article.id);
  return {
    offsets: Array.from(offsets),
    si: chosen.si,
    ta: chosen.ta,
    intervals: { si: cvInterval(spanUnits(chosen.si, ids)), ta: cvInterval(spanUnits(chosen.ta, ids)) },
    oracleSi: oracle.si,
    oracleTa: oracle.ta,
    grid: results.map((r) => ({ offset: r.offset, si: r.si.f1, ta: r.ta.f1 })),
    baselineSi: paragraphBaseline(articles, maps, gold),
  };
}

/** SI-F1 of the degenerate baseline that marks every paragraph that has a gold span as one span. */
function paragraphBaseline(articles: readonly SpanArticle[], maps: OffsetMap[], gold: ScoredSpan[]): number {
  const pred: ScoredSpan[] = [];
  articles.forEach((a, i) => {
    for (const p of a.doc.paragraphs) {
      if (!a.spans.some((s) => s.start < p.end && s.end > p.start)) continue;
      pred.push(...toScored(articles, maps, i, [{ label: '', start: p.start, end: p.end }]));
    }
  });
  return scoreSpans(gold, pred, { techniqueAware: false }).f1;
}

/** The gold paragraph labels as a decision (a paragraph has T when a gold span of T touches it). */
function oracleDecision(s: SpanSequence, params: TaggerParams): ParagraphDecision {
  return { index: s.paragraph, techniques: [...s.gold.keys()].map((l) => ({ label: params.labels[l] as string, score: 1 })) };
}
