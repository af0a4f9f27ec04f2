/**
 * The settings that decide which features a paragraph yields. They are stored inside every model
 * file, so inference extracts exactly the features the model was trained on.
 */
import { checkClusterSettings, type ClusterSettings } from './word-clusters.js';

/** Feature settings (all part of the model file). */
export interface FeatureConfig {
  /** log2 of the hashed feature space size, e.g. 18 for 262,144 buckets. */
  bits: number;
  /** Shortest and longest character n-gram taken inside a word (padded with spaces); 0 disables. */
  charMin: number;
  charMax: number;
  /** Emit word bigrams. */
  bigrams: boolean;
  /** Scale features by inverse document frequency (stored in the model file). */
  idf?: boolean;
  /** Also emit every feature a second time under a language-specific hash (pooled + language). */
  langFeatures: boolean;
  /**
   * Scale of the language-specific copies against the shared features (absent: 1). Above 1 the
   * regulariser lets each language depart further from what the languages share.
   */
  langWeight?: number;
  /** Weight of each feature group before the row is log-scaled and L2-normalised. */
  weights: FeatureWeights;
  /** A word-cluster lexicon and the languages it serves (features/word-clusters.ts); absent: none. */
  clusters?: ClusterSettings;
}

/** Group weights; 0 switches a group off. */
export interface FeatureWeights {
  word: number;
  bigram: number;
  char: number;
  cue: number;
  /** Words of the previous and next paragraph. */
  neighbour: number;
  /** Words of the article's first paragraph (the title in SemEval files). */
  title: number;
  /** Position in the article and paragraph length buckets. */
  position: number;
  /** Every word of the whole article (its overall style). */
  article: number;
  /** The cluster of each word the lexicon knows (needs `clusters`; absent: 0). */
  cluster?: number;
  /** The clusters of each pair of adjacent words (needs `clusters`; absent: 0). */
  clusterBigram?: number;
}

/** The defaults the shipped models were chosen with (see models/techniques/MODEL_CARD.md). */
export const DEFAULT_FEATURES: FeatureConfig = {
  bits: 18,
  charMin: 3,
  charMax: 5,
  bigrams: true,
  idf: false,
  langFeatures: false,
  weights: { word: 1, bigram: 0.7, char: 0.5, cue: 1, neighbour: 0.3, title: 0.2, position: 0.5, article: 0 },
};

/** The weight of a feature's language-specific copy against the shared feature (1 when unset). */
export function languageCopyWeight(config: Pick<FeatureConfig, 'langWeight'>): number {
  return config.langWeight ?? 1;
}

/** Checks a config read from a model file; returns a message for the first problem, or null. */
export function checkFeatureConfig(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'feature settings missing';
  const c = value as Partial<FeatureConfig>;
  if (typeof c.bits !== 'number' || c.bits < 10 || c.bits > 24) return 'feature bits out of range';
  if (typeof c.charMin !== 'number' || typeof c.charMax !== 'number') return 'char n-gram range missing';
  if (typeof c.bigrams !== 'boolean' || typeof c.langFeatures !== 'boolean' || (c.idf !== undefined && typeof c.idf !== 'boolean')) return 'feature switches missing';
  if (c.langWeight !== undefined && !(typeof c.langWeight === 'number' && c.langWeight > 0 && Number.isFinite(c.langWeight))) return 'language copy weight malformed (features.langWeight must be a positive number)';
  const w = c.weights as Partial<FeatureWeights> | undefined;
  const keys: (keyof FeatureWeights)[] = ['word', 'bigram', 'char', 'cue', 'neighbour', 'title', 'position', 'article'];
  if (!w || keys.some((k) => typeof w[k] !== 'number')) return 'feature weights missing';
  if ((w.cluster !== undefined && typeof w.cluster !== 'number') || (w.clusterBigram !== undefined && typeof w.clusterBigram !== 'number')) return 'cluster weights malformed';
  return checkClusterSettings(c.clusters);
}
