/**
 * Training rows turned into sparse feature rows and a 0/1 target matrix.
 */
import type { FeatureConfig } from '../features/feature-config.js';
import { RowBuilder, inverseDocumentFrequency, type SparseRow } from '../features/feature-sink.js';
import { emitParagraphFeatures } from '../features/paragraph-features.js';
import type { TrainRow } from './semeval-corpus.js';

/** Feature rows with targets, language and article of each row. */
export interface Dataset {
  rows: SparseRow[];
  /** `targets[row * labels.length + label]`. */
  targets: Uint8Array;
  langs: string[];
  groups: string[];
  labels: readonly string[];
  /** The IDF vector the rows were scaled with, when the features use IDF. */
  idf?: Float32Array;
}

/** Extracts features for every training row. */
export function buildDataset(train: TrainRow[], labels: readonly string[], features: FeatureConfig): Dataset {
  const builder = new RowBuilder(features.bits);
  const L = labels.length;
  const targets = new Uint8Array(train.length * L);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  train.forEach((r, i) => {
    for (const t of r.labels) {
      const l = labelIndex.get(t);
      if (l !== undefined) targets[i * L + l] = 1;
    }
  });
  const extract = (): SparseRow[] => train.map((r) => {
    emitParagraphFeatures(r.doc, r.index, features, builder);
    return builder.take();
  });
  let rows = extract();
  let idf: Float32Array | undefined;
  if (features.idf) {
    // IDF is unsupervised; it is computed once over all training paragraphs.
    idf = inverseDocumentFrequency(rows, features.bits);
    builder.idf = idf;
    rows = extract();
  }
  return { rows, targets, langs: train.map((r) => r.lang), groups: train.map((r) => `${r.lang}:${r.articleId}`), labels, ...(idf ? { idf } : {}) };
}

/** The rows at `indices` as a new dataset. */
export function subset(ds: Dataset, indices: ArrayLike<number>): Dataset {
  const L = ds.labels.length;
  const idx = Array.from(indices);
  const targets = new Uint8Array(idx.length * L);
  idx.forEach((r, i) => targets.set(ds.targets.subarray(r * L, r * L + L), i * L));
  return {
    rows: idx.map((r) => ds.rows[r] as SparseRow),
    targets,
    langs: idx.map((r) => ds.langs[r] as string),
    groups: idx.map((r) => ds.groups[r] as string),
    labels: ds.labels,
    ...(ds.idf ? { idf: ds.idf } : {}),
  };
}
