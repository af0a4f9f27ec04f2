/**
 * The span tagger's out-of-fold signal for every technique training row of one language: taggers
 * trained with the shipped span settings (and the language's lexicon, as `slant train spans` uses
 * it) on four fifths of the articles (grouped folds) score the paragraphs of the fifth, so no
 * row's signal comes from a tagger that saw its article.
 */
import { shippedClusterSettings } from '../features/word-clusters.js';
import { SPAN_SIGNAL_CLIP, signalFromEmissions } from '../models/span-signal.js';
import { SPAN_TRAIN_DEFAULTS } from './spans-defaults.js';
import { readSpanCorpus } from './spans-corpus.js';
import { buildSequences, trainableLabels } from './spans-dataset.js';
import { outOfFoldEmissions } from './spans-cv.js';
import type { TrainRow } from './semeval-corpus.js';

/** The settings the signal is computed with (those of the shipped span models). */
export const SPAN_SIGNAL_SETTINGS = SPAN_TRAIN_DEFAULTS;

/**
 * Signal of `rows` (all of language `lang`), `rows × labels × 2`, in the order of `labels`. Rows
 * whose paragraph has no span sequence (no tokens, or an article without a span file) get the floor.
 * `folds`: those of the cross-validation (`--folds`; the shipped settings' 5 by default).
 */
export async function spanSignalOutOfFold(root: string, lang: string, rows: readonly TrainRow[], labels: readonly string[], folds: number = SPAN_SIGNAL_SETTINGS.folds): Promise<Float64Array> {
  const s = { ...SPAN_SIGNAL_SETTINGS, folds };
  const { articles } = await readSpanCorpus(root, lang);
  const tagged = trainableLabels(articles, s.minSpans).labels;
  const seqs = buildSequences(articles, tagged, s.bits, shippedClusterSettings(lang));
  const oof = outOfFoldEmissions(articles, seqs, tagged, { folds: s.folds, seed: s.seed, epochs: s.epochs, bits: s.bits, missCost: s.missCost, offsetGrid: [] });
  const L2 = labels.length * 2;
  const at = new Map<string, number>();
  rows.forEach((r, i) => at.set(`${r.articleId}\t${r.index}`, i));
  const out = new Float64Array(rows.length * L2).fill(-SPAN_SIGNAL_CLIP);
  seqs.forEach((q, k) => {
    const row = at.get(`${(articles[q.article] as (typeof articles)[number]).doc.article.id}\t${q.paragraph}`);
    if (row !== undefined) signalFromEmissions(oof.em[k] as Float32Array, tagged, labels, out, row * L2);
  });
  return out;
}

/** Signals of several row sets, end to end (the rows of a pooled model, language after language). */
export function concatSignals(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
