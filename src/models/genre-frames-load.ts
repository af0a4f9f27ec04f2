/**
 * Loading of the shipped article-level models, lazily and once per file: `models/<task>/` holds
 * `<task>-<lang>.slm` for languages with a model of their own and `<task>.slm` (pooled) for the
 * rest. The only file I/O of the genre and frames models.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readHeaderBytes, readModelBytes, shippedModelDir } from './model-registry.js';
import { ArticleLinearModel, type CompanionModel } from './genre-frames-linear.js';
import { readModelHeader, sha256 } from './model-file.js';
import { ModelError } from '../errors.js';

const cache = new Map<string, CompanionModel>();

/** Folder of the shipped models of `task` (`models/genre/` or `models/frames/`). */
export function shippedArticleModelDir(task: 'genre' | 'frames'): string {
  return path.resolve(shippedModelDir(), '..', task);
}

/**
 * The model for `lang` in `dir`: its own file when there is one, else the pooled one.
 * @throws ModelError when no model file is there or it is corrupt or foreign.
 */
export function loadArticleModel(task: 'genre' | 'frames', lang: string, dir: string = shippedArticleModelDir(task)): ArticleLinearModel {
  return loadModelFile(task, articleModelFile(task, lang, dir)).model;
}

/** The model in `file` (absolute), loaded once, with its companion when its header names one. */
function loadModelFile(task: 'genre' | 'frames', file: string): CompanionModel {
  const hit = cache.get(file);
  if (hit) return hit;
  const bytes = readModelBytes(file, `${task} model file`);
  const ref = readModelHeader(bytes, file, task).companion;
  const other = ref && path.resolve(path.dirname(file), ref.file);
  // A companion decides alone (the constructor checks it), so one level is all there is to load.
  if (other && readModelHeader(readHeaderBytes(other), other, task).companion) throw new ModelError(`${file}: its companion ${other} has a companion itself`);
  const companion = other ? loadModelFile(task, other) : undefined;
  const loaded = { model: new ArticleLinearModel(bytes, file, task, companion), source: file, sha256: sha256(bytes) };
  cache.set(file, loaded);
  return loaded;
}

/** The file that serves `lang` for `task` in `dir` (absolute): its own when there is one, else the pooled one. */
export function articleModelFile(task: 'genre' | 'frames', lang: string, dir: string = shippedArticleModelDir(task)): string {
  const own = path.join(dir, `${task}-${lang}.slm`);
  return path.resolve(existsSync(own) ? own : path.join(dir, `${task}.slm`));
}
