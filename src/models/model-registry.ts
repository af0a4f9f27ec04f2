/**
 * Loads technique model files lazily, once per path (the only file I/O of src/models/).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelError } from '../errors.js';
import { TechniqueModel } from './technique-model.js';

const cache = new Map<string, TechniqueModel>();

/** Folder of the shipped technique models (`models/techniques/` at the package root). */
export function shippedModelDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // src/models/ and dist/models/ both sit two levels below the package root.
  return path.resolve(here, '../..', 'models', 'techniques');
}

/** The shipped model file for the pooled multilingual technique model. */
export function defaultTechniqueModelPath(): string {
  return path.join(shippedModelDir(), 'techniques.slm');
}

/**
 * Loads (once) the technique model at `file`, the shipped one by default.
 * @throws ModelError when the file is missing, corrupt or foreign.
 */
export function loadTechniqueModel(file: string = defaultTechniqueModelPath()): TechniqueModel {
  const key = path.resolve(file);
  const hit = cache.get(key);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = readFileSync(key);
  } catch (cause) {
    throw new ModelError(`${file}: cannot read model file`, { cause });
  }
  const model = TechniqueModel.fromBytes(bytes, file);
  cache.set(key, model);
  return model;
}

/**
 * The technique model to use for `lang`: the language's own shipped model when one exists
 * (`techniques-<lang>.slm`), else the pooled multilingual one (`techniques.slm`), else English. Check
 * `model.decisionFor(lang).fallback` to warn that the language has no calibration of its own.
 * @example
 * const model = techniqueModelFor(doc.lang.code); const scores = model.scoreParagraphs(doc);
 */
export function techniqueModelFor(lang: string, dir: string = shippedModelDir()): TechniqueModel {
  const candidates = [`techniques-${lang}.slm`, 'techniques.slm', 'techniques-en.slm'].map((f) => path.join(dir, f));
  return loadTechniqueModel(candidates.find((f) => existsSync(f)) ?? (candidates[1] as string));
}
