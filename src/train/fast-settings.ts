/**
 * Settings of the fast model set (`models/fast/`, `slant analyze --fast`): one pooled technique
 * model and one pooled genre and frames model over all six languages, all reading the same word
 * and bigram features, so that one extraction per paragraph serves the three of them (see
 * src/models/fast-margins.ts). No character n-grams, no language copies, no span tagger or
 * sentence model: about a tenth of the full analysis' time, at lower accuracy (models/fast/MODEL_CARD.md).
 */
import { FRAMES, GENRES } from '../labels.js';
import type { ArticleFeatureConfig } from '../features/article-features.js';
import type { FeatureConfig } from '../features/feature-config.js';
import type { LearnerOptions } from '../models/logistic-ovr.js';
import type { ThresholdOptions } from '../models/thresholds.js';
import { ARTICLE_EXTRAS, ARTICLE_THRESHOLDS, GENRE_CUE_LANGS, articleLearner, articleSettings } from './genre-frames-settings.js';
import { techniqueSettings } from './technique-settings.js';

/**
 * The n-grams every fast model reads: words and word bigrams at weight 1, hashed into 2^18
 * buckets, one shared copy for all languages, no IDF (so one article row serves genre and frames).
 */
export const FAST_NGRAMS: FeatureConfig = {
  bits: 18,
  charMin: 0,
  charMax: 0,
  bigrams: true,
  idf: false,
  langFeatures: false,
  weights: { word: 1, bigram: 1, char: 0, cue: 0, neighbour: 0, title: 0, position: 0, article: 0 },
};

/**
 * The fast technique model adds the paragraph's cues (weight 1) and its position and length
 * (0.5), which only the paragraph row gets. Grouped 5-fold CV, margin alone, seed 1
 * (`scripts/cv-settings.ts techniques en,fr,de,it,pl,ru` with these features and `"spanSignal":
 * false`), en / fr / de / it / pl / ru: n-grams alone 0.339 / 0.375 / 0.392 / 0.462 / 0.281 /
 * 0.379; with cues 0.359 / 0.385 / 0.396 / 0.461 / 0.311 / 0.392; with position as well 0.360 /
 * 0.389 / 0.403 / 0.464 / 0.304 / 0.396. Neighbouring paragraphs (0.3) gave 0.355 / 0.381 /
 * 0.410 / 0.459 / 0.313 / 0.393 and triple the features; C 0.05 or 0.2 moved no language by more
 * than 0.02 either way.
 */
export const FAST_TECHNIQUE_FEATURES: FeatureConfig = { ...FAST_NGRAMS, weights: { ...FAST_NGRAMS.weights, cue: 1, position: 0.5 } };

/** The learner of the full pooled technique model (linear SVM, C 0.1, balanced positives capped at 100). */
export const FAST_SVM: LearnerOptions = techniqueSettings([], true).learner;

/** Article models read the n-grams alone (no title group, no cues), as the full article models do. */
export const FAST_ARTICLE: ArticleFeatureConfig = ARTICLE_EXTRAS;

/** Settings of one fast article model. */
export interface FastArticleSettings {
  labels: readonly string[];
  learner: LearnerOptions;
  thresholds: ThresholdOptions;
  /** Genre: the languages that decide by the article's cue densities (as the full model's do). */
  cueLangs?: readonly string[];
}

/**
 * Genre: the full pooled genre model's learner (AdaGrad logistic regression, 6 epochs, step 0.05,
 * L2 0.01). Macro-F1, 6 × 5 folds, en / fr / de / it / pl / ru: 0.349 / 0.631 / 0.643 / 0.473 /
 * 0.590 / 0.448 (with IDF: 0.349 / 0.617 / 0.635 / 0.499 / 0.570 / 0.454, bigrams 0.7). English
 * decides by the article's cue densities, as the full English genre model does (`GENRE_CUE_LANGS`):
 * 2 × 5 folds 0.339 → 0.438, the other languages unchanged.
 * Frames: the full pooled frames model's SVM with one threshold per language. Micro-F1, 2 × 5
 * folds: 0.686 / 0.486 / 0.547 / 0.550 / 0.613 / 0.389 (IDF: 0.687 / 0.489 / 0.547 / 0.564 /
 * 0.619 / 0.383; C 0.05 lower everywhere).
 */
export const FAST_ARTICLE_SETTINGS: Record<'genre' | 'frames', FastArticleSettings> = {
  genre: { labels: GENRES, learner: articleSettings('genre', true).learner, thresholds: ARTICLE_THRESHOLDS.genre, cueLangs: [...GENRE_CUE_LANGS] },
  frames: { labels: FRAMES, learner: articleLearner('frames', true), thresholds: ARTICLE_THRESHOLDS.frames },
};

/**
 * A language's own fast frames model (kept where it beats the pooled one on that language): the
 * full own frames models' learner (C 0.02, positives weighted (negatives / positives)^1.25) over
 * the same n-grams. Micro-F1, 6 × 5 folds, en / fr / de / it / pl / ru: 0.665 / 0.542 / 0.585 /
 * 0.569 / 0.631 / 0.470, against the pooled fast model's 0.686 / 0.486 / 0.547 / 0.550 / 0.613 /
 * 0.389 (2 × 5). The pooled model with this learner scored lower everywhere (0.665 / 0.455 / 0.536
 * / 0.514 / 0.586 / 0.333). Own techniques and genre models did not win (techniques 0.368 / 0.376
 * / 0.412 / 0.459 / 0.291 / 0.393; genre, 6 × 5, 0.360 / 0.530 / 0.642 / 0.427 / 0.577 / 0.418).
 */
export const FAST_OWN_FRAMES: FastArticleSettings = { labels: FRAMES, learner: articleLearner('frames', false), thresholds: ARTICLE_THRESHOLDS.frames };
