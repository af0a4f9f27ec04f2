/**
 * The span tagger's training set of one language: every paragraph as token features plus gold
 * BIO tags per trained label, with its article for grouped folds.
 */
import type { ClusterSettings } from '../features/word-clusters.js';
import { TECHNIQUES } from '../labels.js';
import { goldTags } from '../spans/gold-tags.js';
import { tokenFeatures } from '../spans/token-features.js';
import type { TaggedSequence } from '../spans/train-perceptron.js';
import type { SpanArticle } from './spans-corpus.js';

/** One paragraph of the training set. */
export interface SpanSequence extends TaggedSequence {
  /** Index of its article in the corpus. */
  article: number;
  /** Index of the paragraph in its document. */
  paragraph: number;
}

/** The labels with at least `minSpans` gold spans, in the official order, and every label's count. */
export function trainableLabels(articles: readonly SpanArticle[], minSpans: number): { labels: string[]; counts: Record<string, number> } {
  const counts: Record<string, number> = Object.fromEntries(TECHNIQUES.map((t) => [t, 0]));
  for (const a of articles) for (const s of a.spans) counts[s.label] = (counts[s.label] ?? 0) + 1;
  return { labels: TECHNIQUES.filter((t) => (counts[t] ?? 0) >= minSpans), counts };
}

/** Token features (with the lexicon `clusters`, if given) and gold tags of every paragraph with at least one token. */
export function buildSequences(articles: readonly SpanArticle[], labels: readonly string[], bits: number, clusters?: ClusterSettings): SpanSequence[] {
  const out: SpanSequence[] = [];
  articles.forEach((a, article) => {
    a.doc.paragraphs.forEach((p, paragraph) => {
      if (p.tokens.length === 0) return;
      out.push({ rows: tokenFeatures(a.doc, paragraph, bits, clusters), gold: goldTags(p, a.spans, labels), article, paragraph });
    });
  });
  return out;
}
