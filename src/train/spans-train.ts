/**
 * One language of `slant train spans` (run-train-spans.ts runs them): reads the SemEval span
 * layout, cross-validates the BIO taggers grouped by article (span measure, technique-agnostic and
 * -aware), and trains on all articles with the chosen decoding offset. A language with a shipped
 * word-cluster lexicon (English) trains with its cluster features.
 */
import { SlantError } from '../errors.js';
import { createHash } from 'node:crypto';
import type { SpanScore } from '../eval/span-score.js';
import { shippedClusterSettings } from '../features/word-clusters.js';
import { encodeSpanModel } from '../spans/span-model-file.js';
import { trainPerceptron } from '../spans/train-perceptron.js';
import { readSpanCorpus, type SpanArticle } from './spans-corpus.js';
import { outOfFoldEmissions, scoreOutOfFold, type SpanCv } from './spans-cv.js';
import { formatInterval } from './cv-interval.js';
import { buildSequences, trainableLabels } from './spans-dataset.js';

/** Options of a span training run. */
export interface RunTrainSpansOptions {
  data: string;
  langs: string[];
  out: string;
  folds: number;
  seed: number;
  epochs: number;
  bits: number;
  /** Cost of a missed gold token relative to a false one. */
  missCost: number;
  /** Labels with fewer gold spans than this are not trained. */
  minSpans: number;
  /** Worker threads, one language each (default 1: all in this thread); the files are the same for any number. */
  jobs?: number;
}

export { SPAN_TRAIN_DEFAULTS } from './spans-defaults.js';

/** Decoding offsets tried in CV. */
const OFFSET_GRID = [0, 0.15, 0.3, 0.45, 0.6, 0.8, 1];

const fmt = (s: SpanScore): string => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;

/** Cross-validates and trains the span tagger of `lang` (one job of `slant train spans`); returns the model file's bytes. */
export async function trainSpanLanguage(o: RunTrainSpansOptions, lang: string, log: (line: string) => void): Promise<Uint8Array> {
  const { articles } = await readSpanCorpus(o.data, lang);
  const { labels, counts } = trainableLabels(articles, o.minSpans);
  const clusters = shippedClusterSettings(lang);
  const seqs = buildSequences(articles, labels, o.bits, clusters);
  log(`${lang}: ${articles.length} articles, ${seqs.length} paragraphs, ${articles.reduce((n, a) => n + a.spans.length, 0)} spans, ${labels.length} techniques trained`);
  // A tagger of no technique finds nothing; writing it would replace a working one in silence.
  if (labels.length === 0) throw new SlantError(`slant: ${lang}: no technique has ${o.minSpans} or more gold spans (--min-spans): no span tagger written`);
  let cv: SpanCv | null = null;
  if (o.folds >= 2) {
    cv = scoreOutOfFold(articles, seqs, outOfFoldEmissions(articles, seqs, labels, { ...o, offsetGrid: OFFSET_GRID }), OFFSET_GRID);
    log(formatSpanCv(lang, cv));
  }
  const params = trainPerceptron(seqs, labels, o.bits, { epochs: o.epochs, seed: o.seed, active: labels.map((_, l) => l), missCost: o.missCost });
  params.offsets.fill(cv?.offsets[0] ?? 0.45);
  if (clusters) params.clusters = clusters;
  const unsupported = Object.fromEntries(Object.entries(counts).filter(([t]) => !labels.includes(t)));
  return encodeSpanModel(params, {
    id: `spans-${lang}`,
    lang,
    unsupported,
    training: { articles: articles.length, paragraphs: seqs.length, spans: counts, fingerprint: fingerprint(articles), seed: o.seed, epochs: o.epochs, missCost: o.missCost, minSpans: o.minSpans, learner: 'averaged passive-aggressive structured perceptron, BIO per technique' },
    cv: cv && summarise(cv, o.folds),
  });
}

/** The CV figures of one language as text lines. */
export function formatSpanCv(lang: string, cv: SpanCv): string {
  const rows = cv.ta.perLabel.filter((p) => p.support > 0).map((p) => `    ${p.label.padEnd(34)} n=${String(p.support).padStart(4)}  P ${p.precision.toFixed(2)}  R ${p.recall.toFixed(2)}  F1 ${p.f1.toFixed(2)}`);
  return [
    `${lang}: span identification ${fmt(cv.si)} | technique-aware ${fmt(cv.ta)} (offset ${cv.offsets[0]?.toFixed(2)})`,
    `${lang}: 95% bootstrap intervals over ${cv.intervals.si.articles} articles: SI-F1 ${formatInterval(cv.intervals.si)}, TA-F1 ${formatInterval(cv.intervals.ta)}`,
    `${lang}: with gold paragraph labels (oracle reconciliation): SI ${fmt(cv.oracleSi)} | TA ${fmt(cv.oracleTa)}; whole-paragraph baseline SI-F1 ${cv.baselineSi.toFixed(3)}`,
    ...rows,
  ].join('\n');
}

function summarise(cv: SpanCv, folds: number): Record<string, unknown> {
  const prf = (s: { precision: number; recall: number; f1: number }): Record<string, number> => ({ precision: s.precision, recall: s.recall, f1: s.f1 });
  return {
    folds,
    groupedBy: 'article',
    offset: cv.offsets[0],
    si: { ...prf(cv.si), interval: cv.intervals.si },
    ta: { ...prf(cv.ta), interval: cv.intervals.ta },
    oracleSi: prf(cv.oracleSi),
    oracleTa: prf(cv.oracleTa),
    baselineSi: cv.baselineSi,
    perLabel: cv.ta.perLabel.map((p) => ({ label: p.label, support: p.support, ...prf(p) })),
  };
}

function fingerprint(articles: readonly SpanArticle[]): string {
  const h = createHash('sha256');
  for (const a of articles) {
    h.update(a.doc.article.id).update('\0').update(a.doc.article.text).update('\0');
    for (const s of a.spans) h.update(`${s.label}\t${s.start}\t${s.end}\n`);
  }
  return h.digest('hex').slice(0, 16);
}
