/**
 * Loads technique model files lazily, once per path (the only file I/O of src/models/).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { shippedModelsPath } from './models-root.js';
import { ModelError } from '../errors.js';
import { TechniqueModel } from './technique-model.js';
import { HEADER_PREFIX_BYTES, headerBytes, readModelHeader, sha256, type ModelHeader } from './model-file.js';
import { POOLED_MIN_GAIN } from './serving-margins.js';

const cache = new Map<string, TechniqueModel>();

/**
 * The bytes of the model file at `file`; `what` names the kind in the message ("model file",
 * "genre model file").
 * @throws ModelError when the file cannot be read.
 */
export function readModelBytes(file: string, what = 'model file'): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new ModelError(`${file}: cannot read ${what}`, { cause });
  }
}

/**
 * The first bytes of the model file at `file`, up to the end of its JSON header: enough to read
 * the header without reading the weights.
 * @throws ModelError when the file cannot be read or is not a slant model file.
 */
export function readHeaderBytes(file: string): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const prefix = Buffer.alloc(HEADER_PREFIX_BYTES);
    const got = readSync(fd, prefix, 0, prefix.length, 0);
    const total = headerBytes(prefix.subarray(0, got), file);
    const out = Buffer.alloc(total);
    return out.subarray(0, readSync(fd, out, 0, total, 0));
  } catch (cause) {
    if (cause instanceof ModelError) throw cause;
    throw new ModelError(`${file}: cannot read model file`, { cause });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Folder of the shipped technique models (`models/techniques/` at the package root). */
export function shippedModelDir(): string {
  return shippedModelsPath('techniques');
}

/** Folder of the shipped sentence models (`models/sentences/`, beside `models/techniques/`). */
export function sentenceModelDir(): string {
  return path.resolve(shippedModelDir(), '..', 'sentences');
}

const sentenceModels = new Map<string, TechniqueModel | null>();

/** The sentence model in `file` (a language's own), loaded once; null when there is no such file. */
function loadSentenceFile(file: string): TechniqueModel | null {
  if (!sentenceModels.has(file)) sentenceModels.set(file, existsSync(file) ? TechniqueModel.fromBytes(readModelBytes(file), file) : null);
  return sentenceModels.get(file) ?? null;
}

/**
 * The name of the sentence model file whose margins are S for `lang` in the decision of a
 * technique model whose header names `ref` (`training.sentenceModel`): that file, else the
 * language's own.
 */
export function sentenceFileName(ref: { id: string } | undefined, lang: string): string {
  return `${ref ? ref.id : `sentences-${lang}`}.slm`;
}

/** Sentence models a technique header names, by file and SHA-256, loaded once they matched it. */
const verified = new Map<string, TechniqueModel>();

/**
 * The sentence model (see sentence-signal.ts) whose margins the decision of technique model
 * `model` reads for `lang`, loaded once; null when none ships. A file the header names must be the
 * one the decision was fitted to: its bytes are read once, checked against the SHA-256, and decoded.
 * @throws ModelError when that file is missing, different, corrupt or foreign.
 */
export function sentenceModelFor(model: TechniqueModel, lang: string, dir: string = sentenceModelDir()): TechniqueModel | null {
  const ref = model.header.training.sentenceModel;
  if (ref && !/^[a-z0-9-]+$/.test(ref.id)) throw new ModelError(`technique model '${model.header.id}': sentence model id ${JSON.stringify(ref.id)} is not a model file name`);
  const file = path.join(dir, sentenceFileName(ref, lang));
  if (!ref) return loadSentenceFile(file);
  const key = `${file}\u0000${ref.sha256}`;
  let hit = verified.get(key);
  if (hit === undefined) {
    const retrain = 'retrain the technique models (slant train techniques)';
    if (!existsSync(file)) throw new ModelError(`technique model '${model.header.id}' decides with the sentence model ${file}, which is missing; ${retrain}`);
    const bytes = readModelBytes(file);
    if (sha256(bytes) !== ref.sha256) throw new ModelError(`technique model '${model.header.id}' was fitted to a different ${file}; ${retrain}`);
    hit = TechniqueModel.fromBytes(bytes, file);
    verified.set(key, hit);
  }
  return hit;
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
  // A relative `file` reads the same file as its resolved `key`; messages name it as given.
  const model = TechniqueModel.fromBytes(readModelBytes(file), file);
  cache.set(key, model);
  return model;
}

/**
 * The cross-validated micro-F1 that a model header's `cv` reports for `lang`, if it was validated
 * on it: the figure the technique files are chosen by.
 */
export function cvFigure(cv: unknown, lang: string): number | undefined {
  return (cv as { perLanguage?: { lang: string; micro?: { mean: number } }[] } | null | undefined)?.perLanguage?.find((p) => p.lang === lang)?.micro?.mean;
}

/**
 * Which of `candidates` (a language's own technique model first, then the pooled one) serves
 * `lang`: the first, unless a later one reports a CV figure for `lang` at least POOLED_MIN_GAIN
 * higher and both report one. The rule `techniqueFileFor` loads by and the model card reports;
 * undefined when there is no candidate.
 */
export function servingTechnique<T>(lang: string, candidates: readonly T[], headerOf: (candidate: T) => ModelHeader): T | undefined {
  let best = candidates[0];
  for (const other of candidates.slice(1)) {
    const own = cvFigure(headerOf(best as T).cv, lang);
    const figure = cvFigure(headerOf(other).cv, lang);
    // The tolerance keeps a gain of exactly the margin (figures are rounded to 4 decimals) a gain.
    if (own !== undefined && figure !== undefined && figure - own >= POOLED_MIN_GAIN - 1e-9) best = other;
  }
  return best;
}

/** The header of the model file at `file` (weights not read), from `readBytes` unless it is loaded. */
function headerOf(file: string, readBytes: (file: string) => Buffer): ModelHeader {
  const hit = cache.get(path.resolve(file));
  if (hit) return hit.header;
  return readModelHeader(readBytes(file), file);
}

const chosen = new Map<string, TechniqueModel>();

/**
 * The technique model to use for `lang` (issue 4: keep what wins in cross-validation per
 * language): of the language's own model (`techniques-<lang>.slm`) and the pooled multilingual one
 * (`techniques.slm`), the own one unless the pooled one's stored CV micro-F1 for `lang` is at
 * least POOLED_MIN_GAIN higher (`servingTechnique`); the pooled one for
 * languages without a model of their own, else English. Only the chosen file's weights are loaded
 * (the choice reads the headers). Check `model.decisionFor(lang).fallback` to warn that the
 * language has no calibration of its own.
 * @example
 * const model = techniqueModelFor(doc.lang.code); const scores = model.scoreParagraphs(doc);
 */
export function techniqueModelFor(lang: string, dir: string = shippedModelDir()): TechniqueModel {
  const key = `${dir}\u0000${lang}`;
  const hit = chosen.get(key);
  if (hit) return hit;
  const model = loadTechniqueModel(techniqueFileFor(lang, dir));
  chosen.set(key, model);
  return model;
}

/**
 * The technique model file that serves `lang` in `dir`, by the rule of `techniqueModelFor`
 * (`servingTechnique`; it reads headers only, their bytes through `readBytes`, so a caller may
 * pass bytes it has read already). The path may not exist when `dir` holds no technique model at all.
 * @throws ModelError when a candidate's header is unreadable.
 */
export function techniqueFileFor(lang: string, dir: string = shippedModelDir(), readBytes: (file: string) => Buffer = readHeaderBytes): string {
  return servingTechnique(lang, techniqueCandidates(lang, dir), (file) => headerOf(file, readBytes))
    ?? path.join(dir, existsSync(path.join(dir, 'techniques.slm')) ? 'techniques.slm' : 'techniques-en.slm');
}

/** The names of the technique files that may serve `lang`, its own first: the order `servingTechnique` takes. */
export function techniqueCandidateNames(lang: string): string[] {
  return [`techniques-${lang}.slm`, 'techniques.slm'];
}

/** The technique files in `dir` that may serve `lang`, its own first (only those that exist). */
export function techniqueCandidates(lang: string, dir: string = shippedModelDir()): string[] {
  return techniqueCandidateNames(lang).map((f) => path.join(dir, f)).filter((f) => existsSync(f));
}
