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

/** Loaded models by file; `sha256` of the bytes only once the file has served as a companion. */
const cache = new Map<string, { model: ArticleLinearModel; sha256?: string }>();

/** Folder of the shipped models of `task` (`models/genre/` or `models/frames/`). */
export function shippedArticleModelDir(task: 'genre' | 'frames'): string {
  return path.resolve(shippedModelDir(), '..', task);
}

/**
 * The model for `lang` in `dir`: its own file when there is one, else the pooled one.
 * @throws ModelError when no model file is there or it is corrupt or foreign.
 */
export function loadArticleModel(task: 'genre' | 'frames', lang: string, dir: string = shippedArticleModelDir(task)): ArticleLinearModel {
  return loadModelFile(task, articleModelFile(task, lang, dir));
}

/** The model in `file` (absolute), loaded once, with its companion when its header names one. */
function loadModelFile(task: 'genre' | 'frames', file: string): ArticleLinearModel {
  const hit = cache.get(file);
  if (hit) return hit.model;
  const bytes = readModelBytes(file, `${task} model file`);
  const ref = readModelHeader(bytes, file, task).companion;
  const model = new ArticleLinearModel(bytes, file, task, ref ? loadCompanion(task, file, path.resolve(path.dirname(file), ref.file)) : undefined);
  cache.set(file, { model });
  return model;
}

/**
 * The companion `other` of the model in `file`, loaded once, with the SHA-256 of its bytes
 * (hashed the first time a file serves as a companion, not on every load).
 */
function loadCompanion(task: 'genre' | 'frames', file: string, other: string): CompanionModel {
  // A companion decides alone (the constructor checks it), so one level is all there is to load.
  if (readModelHeader(readHeaderBytes(other), other, task).companion) throw new ModelError(`${file}: its companion ${other} has a companion itself`);
  const model = loadModelFile(task, other);
  const entry = cache.get(other) as { model: ArticleLinearModel; sha256?: string };
  entry.sha256 ??= sha256(readModelBytes(other, `${task} companion model file`));
  return { model, source: other, sha256: entry.sha256 };
}

/** The file that serves `lang` for `task` in `dir` (absolute): its own when there is one, else the pooled one. */
export function articleModelFile(task: 'genre' | 'frames', lang: string, dir: string = shippedArticleModelDir(task)): string {
  const own = path.join(dir, `${task}-${lang}.slm`);
  return path.resolve(existsSync(own) ? own : path.join(dir, `${task}.slm`));
}
