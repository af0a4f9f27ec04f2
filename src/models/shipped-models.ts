/**
 * What the shipped model folder holds, read from the files' headers alone (no weights are read or
 * loaded): every model file of every task with its languages, training summary and
 * cross-validated figures, and which file serves each language for each task, by the same rules
 * the analysis loads them with.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { containerHeader } from './model-file.js';
import { isModelError } from '../errors.js';
import { cvFigure, readHeaderBytes, sentenceFileName, shippedModelDir, techniqueCandidates, techniqueFileFor } from './model-registry.js';
import { articleModelFile } from './genre-frames-load.js';
import { FAST_FILES, ownFramesFile } from './fast-models.js';

/** The folders under `models/`, one per kind of model. */
export const SHIPPED_TASKS = ['techniques', 'sentences', 'spans', 'frames', 'genre'] as const;

/** A kind of shipped model (sentence models are technique models trained on sentences). */
export type ShippedTask = (typeof SHIPPED_TASKS)[number];

/** One model file, described from its header. */
export interface ModelFileInfo {
  task: ShippedTask;
  id: string;
  /** Path under `models/`, with `/` separators, e.g. `techniques/techniques.slm`. */
  file: string;
  /** Size on disk. */
  bytes: number;
  languages: string[];
  /** How many labels the model scores. */
  labels: number;
  training: Record<string, unknown>;
  cv: unknown;
  /** Why the header could not be read (the analysis would fail on this file with the same message); absent when it was read. */
  error?: string;
  /**
   * The file (path under `models/`) this model decides together with, where it has one: a frames
   * model of one language reads the pooled model's margins too (see `ModelHeader.companion`).
   */
  companion?: string;
  /** True when `companion` is not among the shipped files: an analysis that needs this model fails. */
  companionMissing?: true;
  /**
   * Per language, the word-vector lexicon (path under `models/`) the file's decision reads beside
   * its margins, where one does (English frames, see `LanguageDecisionData.vectors`).
   */
  vectorLexicons?: Record<string, string>;
  /**
   * Per language, the labels the file never predicts there: its training data in that language had
   * no example of them (the header's `unsupported`); absent where every language has every label.
   */
  unsupported?: Record<string, string[]>;
}

/** Every shipped model file, and the file (path under `models/`) each language uses per task, null where none. */
export interface ShippedModels {
  files: ModelFileInfo[];
  serving: Record<string, Record<ShippedTask, string | null>>;
  /** The fast set (`models/fast/`, what `analyze --fast` uses), listed the same way. */
  fast: FastModelsListing;
}

/** The tasks of the fast set. */
export type FastTask = 'techniques' | 'frames' | 'genre';

/** The fast model files and, per language, the file each of its tasks uses (null where none ships). */
export interface FastModelsListing {
  files: ModelFileInfo[];
  serving: Record<string, Record<FastTask, string | null>>;
}

/** The language code that stands for every language without training data (BCP 47: undetermined). */
export const OTHER_LANGUAGE = 'und';

/** The `models/` folder of the package. */
export function modelsRoot(): string {
  return path.resolve(shippedModelDir(), '..');
}

/**
 * Describes the model files under `root` and which of them serve each of `langs`. A file whose
 * header cannot be read is listed with `error` (what loading it would report) and no languages.
 * @example
 * const { serving } = shippedModels(['en', 'it']); serving.it?.techniques; // 'techniques/techniques-it.slm'
 */
export function shippedModels(langs: readonly string[], root: string = modelsRoot()): ShippedModels {
  const readBytes = readingOnce(readHeaderBytes);
  const files = SHIPPED_TASKS.flatMap((task) => describeFolder(root, task, readBytes));
  const listed = new Set(files.map((f) => f.file));
  for (const f of files) if (f.companion !== undefined && !listed.has(f.companion)) f.companionMissing = true;
  const rel = (file: string): string | null => (existsSync(file) ? path.relative(root, file).split(path.sep).join('/') : null);
  const fastDir = path.join(root, 'fast');
  const fast: FastModelsListing = {
    files: describeFolder(root, 'fast', readBytes),
    serving: Object.fromEntries(langs.map((lang) => [lang, {
      techniques: rel(path.join(fastDir, FAST_FILES.techniques)),
      frames: rel(path.join(fastDir, existsSync(path.join(fastDir, ownFramesFile(lang))) ? ownFramesFile(lang) : FAST_FILES.frames)),
      genre: rel(path.join(fastDir, FAST_FILES.genre)),
    }])),
  };
  const serving = Object.fromEntries(langs.map((lang) => {
    const techniques = servingTechniqueFile(lang, path.join(root, 'techniques'), files, readBytes);
    return [lang, {
      techniques: rel(techniques),
      // The sentence model the serving technique file decides with (its header names it, else the language's own).
      sentences: rel(path.join(root, 'sentences', sentenceFileName(sentenceModelRef(files, techniques, root), lang))),
      spans: rel(path.join(root, 'spans', `spans-${lang}.slm`)),
      frames: rel(articleModelFile('frames', lang, path.join(root, 'frames'))),
      genre: rel(articleModelFile('genre', lang, path.join(root, 'genre'))),
    }];
  }));
  return { files, serving, fast };
}

/** The sentence model the technique file `file` names in its header (`training.sentenceModel`), if any. */
function sentenceModelRef(files: readonly ModelFileInfo[], file: string, root: string): { id: string } | undefined {
  const listed = path.relative(root, file).split(path.sep).join('/');
  const ref = files.find((f) => f.file === listed)?.training['sentenceModel'] as { id?: unknown } | undefined;
  return typeof ref?.id === 'string' ? { id: ref.id } : undefined;
}

/**
 * `read` that reads each file once: later calls for the same file get the same bytes, or throw
 * the same error, so one listing reads each header once.
 */
function readingOnce(read: (file: string) => Buffer): (file: string) => Buffer {
  const seen = new Map<string, { bytes: Buffer } | { error: unknown }>();
  return (file) => {
    const key = path.resolve(file);
    let hit = seen.get(key);
    if (hit === undefined) {
      try {
        hit = { bytes: read(file) };
      } catch (error) {
        hit = { error };
      }
      seen.set(key, hit);
    }
    if ('error' in hit) throw hit.error;
    return hit.bytes;
  };
}

/**
 * The technique file that serves `lang` by the loader's rule. Choosing between the language's own
 * file and the pooled one reads both headers (through `readBytes`); where one of them is
 * unreadable the loader fails on it, so that file is named (`files` lists it with its error).
 */
function servingTechniqueFile(lang: string, dir: string, files: readonly ModelFileInfo[], readBytes: (file: string) => Buffer): string {
  try {
    return techniqueFileFor(lang, dir, readBytes);
  } catch (error) {
    const unreadable = new Set(files.filter((f) => f.error !== undefined).map((f) => f.file));
    const broken = techniqueCandidates(lang, dir).find((f) => unreadable.has(`techniques/${path.basename(f)}`));
    if (!isModelError(error) || broken === undefined) throw error;
    return broken;
  }
}

/** The model files of folder `folder` under `root`; each file's task is the folder's, or for `fast/` its header's. */
function describeFolder(root: string, folder: ShippedTask | 'fast', readBytes: (file: string) => Buffer): ModelFileInfo[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.slm')).sort().flatMap((name) => {
    const file = path.join(dir, name);
    const listed = `${folder}/${name}`;
    // A fast file is listed under its header's task; an unreadable one under the task its name starts with.
    let task: ShippedTask = folder === 'fast' ? taskOfName(name) : folder;
    const bytes = statSync(file).size;
    try {
      const { header: h } = containerHeader(readBytes(file), file);
      if (folder === 'fast' && (SHIPPED_TASKS as readonly string[]).includes(String(h['task']))) task = h['task'] as ShippedTask;
      const languages = Array.isArray(h['languages']) ? (h['languages'] as string[]) : typeof h['lang'] === 'string' ? [h['lang']] : [];
      const companion = (h['companion'] as { file?: unknown } | undefined)?.file;
      const lexicons = vectorLexiconsOf(h['decisions']);
      const unsupported = unsupportedOf(h['unsupported']);
      return [{
        task,
        id: String(h['id']),
        file: listed,
        bytes,
        languages,
        labels: Array.isArray(h['labels']) ? h['labels'].length : 0,
        training: { ...(h['training'] as Record<string, unknown> | undefined) },
        cv: h['cv'] ?? null,
        ...(typeof companion === 'string' ? { companion: `${folder}/${companion}` } : {}),
        ...(Object.keys(lexicons).length ? { vectorLexicons: lexicons } : {}),
        ...(Object.keys(unsupported).length ? { unsupported } : {}),
      }];
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return [{ task, id: name.replace(/\.slm$/, ''), file: listed, bytes, languages: [], labels: 0, training: {}, cv: null, error: reason }];
    }
  });
}

/** The non-empty lists of a header's `unsupported` (labels per language), as they stand. */
function unsupportedOf(value: unknown): Record<string, string[]> {
  if (value === null || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0 && e[1].every((l) => typeof l === 'string')));
}

/** The word-vector lexicon (path under `models/`) each language's decision in a header's `decisions` reads. */
function vectorLexiconsOf(decisions: unknown): Record<string, string> {
  if (decisions === null || typeof decisions !== 'object') return {};
  return Object.fromEntries(Object.entries(decisions as Record<string, { vectors?: { lexicon?: { file?: unknown } } } | null>).flatMap(([lang, d]) => {
    const file = d?.vectors?.lexicon?.file;
    return typeof file === 'string' ? [[lang, `lexicon/${file}`]] : [];
  }));
}

/**
 * The figure a model file's header reports for `lang`, with its metric; null where it has none.
 * A technique file's is the one the loader chooses by (`cvFigure`).
 */
export function cvFigureFor(file: ModelFileInfo, lang: string): { value: number; metric: string } | null {
  const cv = file.cv as { metric?: string; perLanguage?: { lang: string; mean?: number }[]; si?: { f1: number } } | null;
  if (cv === null || typeof cv !== 'object') return null;
  if (file.task === 'spans') return typeof cv.si?.f1 === 'number' && file.languages.includes(lang) ? { value: cv.si.f1, metric: 'span identification F1' } : null;
  // Article models (frames, genre) store their figure as the row's `mean`.
  const value = cvFigure(cv, lang) ?? cv.perLanguage?.find((p) => p.lang === lang)?.mean;
  return typeof value === 'number' ? { value, metric: cv.metric ?? '' } : null;
}

/**
 * The interval a model file's header stores beside its figure for `lang` (the measure over all
 * out-of-fold predictions at once and its 95% bootstrap bounds over articles: src/train/cv-interval.ts);
 * null for a file trained before intervals were stored.
 */
export function cvIntervalFor(file: ModelFileInfo, lang: string): { value: number; low: number; high: number; articles: number } | null {
  type Stored = { value: number; low: number; high: number; articles: number };
  const cv = file.cv as { perLanguage?: { lang: string; interval?: Stored }[]; si?: { interval?: Stored } } | null;
  if (cv === null || typeof cv !== 'object') return null;
  if (file.task === 'spans') return file.languages.includes(lang) ? (cv.si?.interval ?? null) : null;
  return cv.perLanguage?.find((p) => p.lang === lang)?.interval ?? null;
}

/** The task a fast file's name says (`frames-de.slm`: frames). */
function taskOfName(name: string): ShippedTask {
  const stem = name.replace(/(-[a-z]+)?\.slm$/, '');
  return (SHIPPED_TASKS as readonly string[]).includes(stem) ? (stem as ShippedTask) : 'techniques';
}
