/**
 * Article rows turned into the technique trainer's `Dataset` shape (one sparse row per article),
 * so the article models reuse its learner, cross-validation and decision fitting unchanged.
 */
import { emitArticleFeatures, type ArticleFeatureConfig } from '../features/article-features.js';
import type { FeatureConfig } from '../features/feature-config.js';
import { RowBuilder } from '../features/feature-sink.js';
import type { Dataset } from './dataset.js';
import type { ArticleRow } from './genre-frames-corpus.js';

/** Extracts one feature row per article with 0/1 targets over `labels`. */
export function buildArticleDataset(rows: ArticleRow[], labels: readonly string[], base: FeatureConfig, article: ArticleFeatureConfig): Dataset {
  const builder = new RowBuilder(base.bits);
  const L = labels.length;
  const targets = new Uint8Array(rows.length * L);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const feats = rows.map((r, i) => {
    for (const t of r.labels) {
      const l = labelIndex.get(t);
      if (l !== undefined) targets[i * L + l] = 1;
    }
    emitArticleFeatures(r.doc, base, article, builder);
    return builder.take();
  });
  return { rows: feats, targets, langs: rows.map((r) => r.lang), groups: rows.map((r) => `${r.lang}:${r.articleId}`), labels };
}

/**
 * Inverse document frequency of every bucket over `ds` (unsupervised: no labels are read), applied
 * to the rows in place without renormalising, so that at inference it folds exactly into the
 * weights (`w · idf`). Common words stop drowning the words that tell articles apart.
 */
export function applyIdf(ds: Dataset, bits: number): Float32Array {
  const df = new Uint32Array(1 << bits);
  for (const row of ds.rows) for (const i of row.indices) df[i] = (df[i] as number) + 1;
  const n = ds.rows.length;
  const idf = Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  for (const row of ds.rows) {
    let norm = 0;
    row.values.forEach((v, k) => { row.values[k] = v * (idf[row.indices[k] as number] as number); norm += (row.values[k] as number) ** 2; });
    if (process.env.RENORM === '1') row.values.forEach((v, k) => { row.values[k] = v / Math.sqrt(norm); });
  }
  return idf;
}
