/**
 * Loading of the shipped article-level models, lazily and once per file: `models/<task>/` holds
 * `<task>-<lang>.slm` for languages with a model of their own and `<task>.slm` (pooled) for the
 * rest. The only file I/O of the genre and frames models.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readModelBytes, shippedModelDir } from './model-registry.js';
import { ArticleLinearModel } from './genre-frames-linear.js';

const cache = new Map<string, ArticleLinearModel>();

/** Folder of the shipped models of `task` (`models/genre/` or `models/frames/`). */
export function shippedArticleModelDir(task: 'genre' | 'frames'): string {
  return path.resolve(shippedModelDir(), '..', task);
}

/**
 * The model for `lang` in `dir`: its own file when there is one, else the pooled one.
 * @throws ModelError when no model file is there or it is corrupt or foreign.
 */
export function loadArticleModel(task: 'genre' | 'frames', lang: string, dir: string = shippedArticleModelDir(task)): ArticleLinearModel {
  const file = articleModelFile(task, lang, dir);
  const hit = cache.get(file);
  if (hit) return hit;
  const model = new ArticleLinearModel(readModelBytes(file, `${task} model file`), file, task);
  cache.set(file, model);
  return model;
}

/** The file that serves `lang` for `task` in `dir` (absolute): its own when there is one, else the pooled one. */
export function articleModelFile(task: 'genre' | 'frames', lang: string, dir: string = shippedArticleModelDir(task)): string {
  const own = path.join(dir, `${task}-${lang}.slm`);
  return path.resolve(existsSync(own) ? own : path.join(dir, `${task}.slm`));
}
