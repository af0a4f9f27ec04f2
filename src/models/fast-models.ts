/**
 * The fast model set (`models/fast/`, trained by `slant train fast`): one technique, one genre and
 * one frames model, pooled over the six training languages, and frames models of their own for
 * the languages where those scored higher (`frames-<lang>.slm`), all reading the same word and
 * bigram features, so one extraction per paragraph serves them all. Loaded lazily, once per folder
 * (a language's own frames model when an article in it first needs it); a set whose files do not
 * share their n-gram settings is refused at load.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ModelError } from '../errors.js';
import type { FeatureConfig } from '../features/feature-config.js';
import { ArticleLinearModel } from './genre-frames-linear.js';
import { shippedModelsPath } from './models-root.js';
import { readModelBytes } from './model-registry.js';
import { TechniqueModel } from './technique-model.js';
import type { UnseenGenreCalibration } from './genre-model.js';

/**
 * The fast technique model's thresholds for a language without a calibration of its own: the
 * averaged calibration's (`AVERAGED_CALIBRATION` in technique-model.ts) times this factor, not
 * the full model's 0.25: the fast model's margins on an unseen language are less spread. Leaving
 * one language out of a model trained with the fast settings (`FAST=1 SKIP_UNSEEN=1 AVERAGE=1
 * DECISIONS=en,fr,de,it,pl,ru FACTORS=1,0.7,0.5,0.35,0.25 node --import tsx
 * scripts/cv-unseen-language.ts techniques fr,de,it,pl`), micro-F1 on the held-out language,
 * fr / de / it / pl, averaged calibration: factor 1 .341 / .280 / .343 / .278, 0.7 .354 / .324 /
 * .372 / .287, 0.5 .350 / .342 / .389 / .275, 0.35 .337 / .353 / .379 / .255, 0.25 .313 / .348 /
 * .340 / .230 (means .311, .334, .339, .331, .308); the English calibration × 0.25 it replaced
 * gave .306 / .320 / .338 / .235 (mean .300).
 */
export const FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR = 0.5;

/**
 * A fast genre file without a style decision for unseen languages (`unseenCues`, trained in since
 * stop 35, which then decides instead, as in the full set) decides an article in a language
 * without a calibration of its own with English's: averaging every language's, as the full genre
 * model did, swung between .076 and .397 macro-F1 on the held-out language (`FAST=1 node --import
 * tsx scripts/cv-unseen-genre.ts`; English's .264–.290, which labels nearly everything opinion).
 */
export const FAST_GENRE_UNSEEN_CALIBRATION: UnseenGenreCalibration = 'english';

/** The files of a fast model set, by task. */
export const FAST_FILES = { techniques: 'techniques.slm', genre: 'genre.slm', frames: 'frames.slm' } as const;

/** A loaded fast model set. */
export interface FastModels {
  techniques: TechniqueModel;
  genre: ArticleLinearModel;
  /** The pooled frames model. */
  frames: ArticleLinearModel;
  /** The folder (resolved). */
  dir: string;
  /** The languages with a frames model of their own (`frames-<lang>.slm`), loaded when first needed (`fastFramesFor`). */
  ownFrames: ReadonlySet<string>;
}

/** The own frames models loaded so far, by set and language. */
const loadedOwn = new WeakMap<FastModels, Map<string, ArticleLinearModel>>();

/**
 * The frames model that serves `lang`: its own where the set has one (loaded on first use), else
 * the pooled one.
 * @throws ModelError when the own file is corrupt or does not share the set's n-grams.
 */
export function fastFramesFor(models: FastModels, lang: string): ArticleLinearModel {
  if (!models.ownFrames.has(lang)) return models.frames;
  let byLang = loadedOwn.get(models);
  if (byLang === undefined) loadedOwn.set(models, (byLang = new Map()));
  let model = byLang.get(lang);
  if (model === undefined) {
    const at = path.join(models.dir, ownFramesFile(lang));
    model = new ArticleLinearModel(readModelBytes(at, 'fast frames model file'), at, 'frames');
    const problem = sharedNgramProblem(models.techniques.header.features, model);
    if (problem) throw new ModelError(`${at}: not part of the fast model set in ${models.dir} (${problem}); retrain it with slant train fast`);
    byLang.set(lang, model);
  }
  return model;
}

/** `frames-<lang>.slm`: a language's own fast frames model. */
const OWN_FRAMES = /^frames-([a-z]{2,3})\.slm$/;

/** The file name of `lang`'s own fast frames model. */
export function ownFramesFile(lang: string): string {
  return `frames-${lang}.slm`;
}

const cache = new Map<string, FastModels>();

/** The shipped fast models' folder. */
export function shippedFastModelDir(): string {
  return shippedModelsPath('fast');
}

/**
 * The fast models in `dir`, loaded once.
 * @throws ModelError when a file is missing, corrupt or foreign, or the three do not share their n-grams.
 */
export function loadFastModels(dir: string = shippedFastModelDir()): FastModels {
  const key = path.resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const file = (task: keyof typeof FAST_FILES): string => path.join(key, FAST_FILES[task]);
  const techniques = TechniqueModel.fromBytes(readModelBytes(file('techniques'), 'fast technique model file'), file('techniques'));
  const genre = new ArticleLinearModel(readModelBytes(file('genre'), 'fast genre model file'), file('genre'), 'genre');
  const frames = new ArticleLinearModel(readModelBytes(file('frames'), 'fast frames model file'), file('frames'), 'frames');
  const ownFrames = new Set(readdirSync(key).flatMap((f) => OWN_FRAMES.exec(f)?.[1] ?? []));
  const problem = sharedNgramProblem(techniques.header.features, genre, frames);
  if (problem) throw new ModelError(`${key}: not a fast model set (${problem}); retrain it with slant train fast`);
  const models: FastModels = { techniques, genre, frames, dir: key, ownFrames };
  cache.set(key, models);
  return models;
}

/**
 * Why one extraction cannot serve the three models, or null when it can: the same buckets, word
 * and bigram weights, no character n-grams, language copies or word clusters; the article models
 * without IDF, title group or cues (the paragraph-only groups of the technique model are fine).
 */
export function sharedNgramProblem(paragraph: FeatureConfig, ...articles: ArticleLinearModel[]): string | null {
  const plain = (f: FeatureConfig): boolean => f.charMax === 0 && !f.langFeatures && f.clusters === undefined && !f.idf;
  if (!plain(paragraph)) return 'the technique model reads character n-grams, language copies, clusters or IDF';
  for (const m of articles) {
    const f = m.header.features;
    if (!plain(f)) return `the ${m.header.task} model reads character n-grams, language copies, clusters or IDF`;
    if (f.bits !== paragraph.bits || f.bigrams !== paragraph.bigrams || f.weights.word !== paragraph.weights.word || f.weights.bigram !== paragraph.weights.bigram) return `the ${m.header.task} model hashes other n-grams than the technique model`;
    if (m.article.title !== 0 || m.article.cues !== 0) return `the ${m.header.task} model reads the title group or cues`;
    if (m.companion) return `the ${m.header.task} model decides with a companion`;
  }
  return null;
}
