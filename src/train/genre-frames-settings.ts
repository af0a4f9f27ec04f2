/**
 * Feature, learner and decision settings of the article models (genre, frames): per task, for the
 * pooled model and for a language's own one, as cross-validation chose them (issue 5).
 */
import { FRAMES, GENRES } from '../labels.js';
import { DEFAULT_ARTICLE_BASE, DEFAULT_ARTICLE_FEATURES, type ArticleFeatureConfig } from '../features/article-features.js';
import type { FeatureConfig } from '../features/feature-config.js';
import { DEFAULT_LEARNER, type LearnerOptions } from '../models/logistic-ovr.js';
import { DEFAULT_THRESHOLDS, type ThresholdOptions } from '../models/thresholds.js';

/**
 * Learner of the article models: an exact linear SVM with class-weighted positives (weight
 * (negatives / positives) ^ positivePower, at most 100), chosen by grouped 5-fold CV.
 *
 * Own genre models, and the pooled frames model: C 0.1, balanced (power 1). It beat AdaGrad
 * logistic regression (the pooled genre model is the exception: `POOLED_GENRE`). The own-language frames setting below lost for genre in four languages (macro-F1,
 * 3 repeats: en 0.411 → 0.385, fr 0.547 → 0.529, it 0.473 → 0.434, ru 0.479 → 0.443; de
 * 0.593 → 0.598, pl 0.558 → 0.591) and for the pooled frames model everywhere (micro-F1, 2
 * repeats: en 0.693 → 0.677, fr 0.533 → 0.470, de 0.578 → 0.544, it 0.585 → 0.551, pl 0.644 →
 * 0.603, ru 0.431 → 0.356). The pooled model at C 0.05 or 0.2 (1 repeat) kept en at 0.692–0.698.
 */
const BALANCED_SVM: LearnerOptions = {
  ...DEFAULT_LEARNER, solver: 'svm', C: 0.1, positivePower: 1, maxPositiveWeight: 100,
};

/**
 * Own-language frames models: C 0.02 and power 1.25, more regularised and weighting positives
 * above balance. Micro-F1 (3 repeats) against BALANCED_SVM: fr 0.534 → 0.557, de 0.583 → 0.600,
 * ru 0.479 → 0.505, it 0.581 → 0.592, pl 0.641 → 0.644. The neighbourhood is flat (C 0.01–0.05,
 * power 1.25–1.5: fr 0.546–0.562, de 0.591–0.608, ru 0.483–0.505); power 1 is worse at every C
 * (C 0.01: fr 0.532, de 0.570), and so are powers 0 and 0.5 at C 0.1 (fr 0.490, 0.523).
 */
const OWN_FRAMES_SVM: LearnerOptions = { ...BALANCED_SVM, C: 0.02, positivePower: 1.25 };

/** The learner of a `task` model over one language (`pooled` false) or several. */
export function articleLearner(task: 'genre' | 'frames', pooled: boolean): LearnerOptions {
  return task === 'frames' && !pooled ? OWN_FRAMES_SVM : BALANCED_SVM;
}

/**
 * Paragraph n-gram settings of the article models: words, bigrams and character 2–5-grams.
 * Character n-grams lifted frames micro-F1 (fr 0.498 → 0.546 with raw margins).
 */
export const ARTICLE_BASE: FeatureConfig = {
  ...DEFAULT_ARTICLE_BASE,
  charMin: 2,
  charMax: 5,
  weights: { ...DEFAULT_ARTICLE_BASE.weights, bigram: 1 },
};

/**
 * Own-language frames models weigh the character n-grams 2 instead of 0.5 (against words and
 * bigrams at 1, before the row's log-scaling and normalisation), so spelling variants and
 * inflected forms of a topic word count together. Micro-F1, own model alone, 3 repeats (seeds
 * 1–3) then 3 more (seeds 4–6): ru 0.505 → 0.515 and 0.512 → 0.521, de 0.600 → 0.605 and
 * 0.606 → 0.614, fr 0.557 → 0.562 and 0.562 → 0.561, it 0.592 → 0.596 and 0.603 → 0.604, pl
 * 0.645 → 0.642 and 0.650 → 0.653. Char weight 1 / 4 (seeds 1–3): ru 0.518 / 0.517, fr 0.560 /
 * 0.565, de 0.601 / 0.602, pl 0.637 / 0.640; character n-grams alone: ru 0.516, pl 0.634. The
 * pooled frames model does not gain (2 repeats, en 0.693 either way, ru 0.432 → 0.438, fr
 * 0.533 → 0.527), so it keeps `ARTICLE_BASE`.
 */
const OWN_FRAMES_FEATURES: FeatureConfig = { ...ARTICLE_BASE, weights: { ...ARTICLE_BASE.weights, char: 2 } };

/**
 * The own Polish genre model weighs the character n-grams 4 (macro-F1, 12 repeats of 5 folds,
 * seeds 1–12 and 20–31: 0.563 → 0.610 and 0.587 → 0.628; weight 2: 0.601 / 0.613, 8: 0.613 /
 * 0.629). The other own genre models stay at 0.5 (12 repeats: en 0.401, weight 1 / 2 / 4 gave
 * 0.405 / 0.401 / 0.395; it 0.497, then 0.509 / 0.499 / 0.502).
 */
const OWN_GENRE_FEATURES: Record<string, FeatureConfig> = { pl: { ...ARTICLE_BASE, weights: { ...ARTICLE_BASE.weights, char: 4 } } };

/**
 * Title group and cues switched off: they are added after the row's normalisation, and their raw
 * values swamped the n-grams in the SVM (fr frames 0.41 with them, 0.50 without, words only).
 */
export const ARTICLE_EXTRAS: ArticleFeatureConfig = { title: 0, cues: 0 };

/** Frames use one threshold for all labels (fr 0.535 vs 0.526 per label); genre has offsets. */
export const ARTICLE_THRESHOLDS: Record<'genre' | 'frames', ThresholdOptions> = {
  genre: DEFAULT_THRESHOLDS,
  frames: { ...DEFAULT_THRESHOLDS, mode: 'global' },
};

/** Whether a pooled model carries language-specific feature copies (what won in CV per task). */
export const ARTICLE_LANG_FEATURES: Record<'genre' | 'frames', boolean> = { genre: false, frames: true };

/**
 * The pooled genre model (`genre.slm`, which serves fr, de and ru and every language without data)
 * keeps the first article settings: AdaGrad logistic regression (6 epochs, step 0.05, L2 0.01,
 * positives weighted (negatives / positives)^0.5) over words and bigrams, with the title group and
 * the article cues. Against the balanced SVM over character n-grams of the own models, pooled the
 * same way, macro-F1 (6 × 5 folds, `scripts/cv-settings.ts genre en,fr,de,it,pl,ru`): de 0.692 vs
 * 0.558, fr 0.622 vs 0.575, ru 0.518 vs 0.474, en 0.359 vs 0.365, it 0.465 vs 0.484, pl 0.521 vs
 * 0.562. Without the cues and title: de 0.635, fr 0.617, ru 0.454; with character 2–5-grams as
 * well: de 0.588, fr 0.599, ru 0.474. (`slant train genre` once trained the pooled model with the
 * SVM too, while the shipped file kept these settings; now it retrains the shipped file.)
 */
const POOLED_GENRE: ArticleSettings = {
  labels: GENRES,
  features: { ...DEFAULT_ARTICLE_BASE, langFeatures: false },
  article: DEFAULT_ARTICLE_FEATURES,
  learner: { ...DEFAULT_LEARNER, epochs: 6, rate: 0.05, l2: 0.01 },
  thresholds: DEFAULT_THRESHOLDS,
};

/**
 * The pooled frames model's English decision also reads the article's mean word vector
 * (`models/lexicon/vectors-en.bin`, GloVe; models/vector-decision.ts) where cross-validation
 * keeps the pair. Micro-F1 of English rows, the model's grouped folds, each decision fitted on the
 * other folds (`node --import tsx scripts/cv-frames-vectors.ts`, fold seeds 1 / 2 / 3): margin
 * alone 0.6958 / 0.6886 / 0.6889, vectors alone 0.6963 / 0.6896 / 0.6822, both 0.7068 / 0.6963 /
 * 0.7005 (+0.010 on average). Ridge 10 / 100 / 300 at seed 1: both 0.7011 / 0.7002 / 0.7041
 * (30: 0.7068); means over seeds 1–3 for ridge 3 / 10 / 100 / 300: 0.6922 / 0.6967 / 0.6979 /
 * 0.6976 (30: 0.7012). The plain mean of every word with a vector beat other poolings (means of
 * the pair over seeds 1–3): function words left out 0.6925, each distinct word once 0.6960, both
 * 0.6947, smooth-inverse-frequency weights from the lexicon's frequency ranks 0.6933 (a = 1e-3)
 * and 0.6855 (1e-4), log-rank weights 0.6945. A third input, the English own frames model's
 * margin, added 0.002 (0.7032), not worth scoring a second model. The other languages have no
 * vectors: FreeDict translations into English vectors added nothing to what ships (de, fr; see
 * the script's header).
 *
 * `shrinkWords` (models/vector-decision.ts, `VectorShrink`): the mean vector of a short text is
 * shrunk toward the training articles' mean. Out of fold, English articles cut to their first 15
 * / 40 / 100 words, fold seed 1 (`node --max-old-space-size=6000 --import tsx
 * scripts/cv-short-articles.ts frames`): log-loss 0.524 / 0.449 / 0.406 with none, 0.474 / 0.438
 * / 0.404 at 10 words, 0.464 / 0.432 / 0.402 at 30, 0.471 / 0.434 / 0.402 at 100; on 15 words,
 * scores of 0.8 or more were right 0.81 → 0.92 of the time at 30; whole articles 0.7058 → 0.7060
 * micro-F1 (seed 2: 0.6963 → 0.6966; seed 3: 0.6999 → 0.6989, its 15-word log-loss 0.535 →
 * 0.470 and scores of 0.8 or more right 0.77 → 0.93).
 */
export const FRAMES_VECTORS = { file: 'vectors-en.bin', langs: ['en'], ridge: 30, shrinkWords: 30 } as const;

/** Everything an article model of one task is trained with. */
export interface ArticleSettings {
  labels: readonly string[];
  features: FeatureConfig;
  article: ArticleFeatureConfig;
  learner: LearnerOptions;
  thresholds: ThresholdOptions;
  /** Genre: the languages that decide by the article's cue densities, not the margins (models/genre-cues.ts). */
  cueLangs?: readonly string[];
}

/**
 * The languages whose genre decision reads the article's cue densities (their own genre model's,
 * and the fast pooled genre model's). English, over two sets of 12 × 5 folds (`OWN=1 LANGS=en
 * node --import tsx scripts/cv-genre-cues.ts`, fold seeds 1–12 and `SEED0=13`): macro-F1 0.401 /
 * 0.421 on the margins, 0.440 / 0.448 on the cues, 0.430 / 0.432 on both (0.439 / 0.441 and
 * 0.433 / 0.425 when the regressions were fitted by 400 plain gradient steps instead of
 * `fitLogisticColumns`' Newton steps). Ten more style measures beside the cues (modal verbs,
 * weekdays, months, honorifics, reporting words, capitalised words, quoted words, sentence
 * length, the title's question mark and length) gave 0.399 together, 0.421–0.447 one at a time
 * (seeds 1–12): no gain. The pooled model's languages lost with cues (fr 0.594 → 0.541, de
 * 0.673 → 0.575, it 0.463 → 0.430, ru 0.514 → 0.497), and so did the own models of it (0.497 →
 * 0.435) and pl (0.610 → 0.510; margins and cues in one regression 0.626 / 0.627, but 0.624 /
 * 0.626 against 0.640 on fold seeds 13–24, with either fit).
 */
export const GENRE_CUE_LANGS: ReadonlySet<string> = new Set(['en']);

/**
 * The shipped settings of a `task` model over one language (`pooled` false; `lang` names it) or
 * several: the one place that assembles them, for training, the companion's margins and the CV scripts.
 */
export function articleSettings(task: 'genre' | 'frames', pooled: boolean, lang?: string): ArticleSettings {
  if (task === 'genre' && pooled) return POOLED_GENRE;
  return {
    labels: task === 'genre' ? GENRES : FRAMES,
    features: { ...ownFeatures(task, pooled, lang), langFeatures: pooled && ARTICLE_LANG_FEATURES[task] },
    article: ARTICLE_EXTRAS,
    learner: articleLearner(task, pooled),
    thresholds: ARTICLE_THRESHOLDS[task],
    ...(task === 'genre' && !pooled && lang !== undefined && GENRE_CUE_LANGS.has(lang) ? { cueLangs: [lang] } : {}),
  };
}

/** The n-gram settings of a model: what cross-validation chose for own models, else `ARTICLE_BASE`. */
function ownFeatures(task: 'genre' | 'frames', pooled: boolean, lang: string | undefined): FeatureConfig {
  if (pooled) return ARTICLE_BASE;
  if (task === 'frames') return OWN_FRAMES_FEATURES;
  return (lang !== undefined ? OWN_GENRE_FEATURES[lang] : undefined) ?? ARTICLE_BASE;
}
