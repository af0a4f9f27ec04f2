/**
 * Article rows turned into the technique trainer's `Dataset` shape (one sparse row per article),
 * so the article models reuse its learner, IDF, cross-validation and decision fitting unchanged.
 */
import { emitArticleFeatures, type ArticleFeatureConfig } from '../features/article-features.js';
import type { FeatureConfig } from '../features/feature-config.js';
import { RowBuilder, inverseDocumentFrequency, type SparseRow } from '../features/feature-sink.js';
import type { Dataset } from './dataset.js';
import type { ArticleRow } from './genre-frames-corpus.js';

/** Extracts one feature row per article with 0/1 targets over `labels`. */
export function buildArticleDataset(rows: ArticleRow[], labels: readonly string[], base: FeatureConfig, article: ArticleFeatureConfig): Dataset {
  const builder = new RowBuilder(base.bits);
  const L = labels.length;
  const targets = new Uint8Array(rows.length * L);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  rows.forEach((r, i) => {
    for (const t of r.labels) {
      const l = labelIndex.get(t);
      if (l !== undefined) targets[i * L + l] = 1;
    }
  });
  const extract = (): SparseRow[] => rows.map((r) => {
    emitArticleFeatures(r.doc, base, article, builder);
    return builder.take();
  });
  let feats = extract();
  let idf: Float32Array | undefined;
  if (base.idf) {
    // IDF is unsupervised (no label is read); computed once over all training articles.
    idf = inverseDocumentFrequency(feats, base.bits);
    builder.idf = idf;
    feats = extract();
  }
  return { rows: feats, targets, langs: rows.map((r) => r.lang), groups: rows.map((r) => `${r.lang}:${r.articleId}`), labels, ...(idf ? { idf } : {}) };
}

