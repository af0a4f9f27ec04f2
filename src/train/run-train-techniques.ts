/**
 * `slant train techniques` as a function: reads the SemEval layout, trains either one pooled model
 * over the languages or one model per language, prints the CV figures and writes the model files.
 */
import { SlantError } from '../errors.js';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeFoldersSync } from '../make-folders.js';
import { techniqueFileFor } from '../models/model-registry.js';
import { POOLED_MIN_GAIN } from '../models/serving-margins.js';
import { describeCalibration } from '../eval/calibration.js';
import { describeInterval } from './cv-interval.js';
import { FOLDER_LANG, isoOf } from './semeval-corpus.js';
import type { TrainedTechniqueModel } from './train-techniques.js';
import type { LanguageCv } from './cross-validate.js';
import { techniqueCorpus, type TechniqueJobSettings, type TrainJob } from './train-jobs.js';
import { runTrainJobs } from './train-pool.js';
import { readSpanCorpus } from './spans-corpus.js';
import { readModelFiles } from './model-header-parts.js';
import { modelCard } from './model-card.js';
import { sentenceModelCard } from './sentence-model-card.js';
import { concatSignals } from './span-signal-oof.js';
import { POOLED_SENTENCE_MODEL, stackSignals } from './sentence-signal-oof.js';
import { TECHNIQUES } from '../labels.js';
import { sha256, type SentenceModelRef } from '../models/model-file.js';
import { trainScriptFreeModel } from './script-free.js';
import { SCRIPT_FREE_MODEL_ID } from '../models/script-free.js';

/** Options of a training run, as the CLI passes them. */
export interface RunTrainOptions {
  data: string;
  langs: string[];
  out: string;
  folds: number;
  seed: number;
  /**
   * 'pooled': one model for all languages; 'lang': one model per language; 'all': both (what
   * ships, with one model card). A language keeps its own file only where it beats the pooled
   * model in the folder on that language (the rule the registry loads by). 'all' also trains the
   * script-free model (src/train/script-free.ts) when every language is trained; 'script-free'
   * trains only it, over `langs`.
   */
  mode: 'pooled' | 'lang' | 'all' | 'script-free';
  /** Nested inner folds for thresholds; 0 = cross-fitting. */
  innerFolds: number;
  /**
   * Worker threads (default 1: all in this thread). The languages' signals, then the models, are
   * independent jobs; the files are the same for any number.
   */
  jobs?: number;
}

/** Runs the training and returns the written files. */
export async function runTrainTechniques(o: RunTrainOptions, log: (line: string) => void): Promise<string[]> {
  const langs = o.langs.length ? o.langs.map(isoOf) : Object.values(FOLDER_LANG);
  if (o.mode === 'script-free') {
    const file = scriptFree(o, langs, log);
    writeCards(o);
    return [file];
  }
  // Every corpus (paragraph labels, and the spans the signals learn from) is read and checked
  // before any work starts: a bad file stops the run at once, and the first bad language is the
  // one reported, whichever worker would have met it first.
  for (const lang of langs) {
    techniqueCorpus(o.data, lang);
    await readSpanCorpus(o.data, lang);
  }
  const settings: TechniqueJobSettings = { data: o.data, folds: o.folds, innerFolds: o.innerFolds, seed: o.seed };
  const jobs = Math.max(1, o.jobs ?? 1);
  const rowsOf = (ls: readonly string[]): number => ls.reduce((n, l) => n + techniqueCorpus(o.data, l).rows.length, 0);
  // The span tagger's and the sentence model's out-of-fold signals, once per language (own and
  // pooled models share the span one), and the pooled sentence model over all languages, whose
  // S the own technique models decide with (the pooled technique model keeps each language's own
  // S: see trainPooledSentenceModel); the sentence models trained on all sentences are written here.
  const span = new Map<string, Float64Array>();
  const ownS = new Map<string, Float64Array>();
  const pooledS = new Map<string, Float64Array>();
  let sentenceModel: SentenceModelRef | undefined;
  const written: string[] = [];
  const ownModels = o.mode !== 'pooled';
  const signalJobs: TrainJob[] = langs.map((lang) => ({ kind: 'signal', settings, lang }));
  if (ownModels) signalJobs.push({ kind: 'sentences', settings, langs });
  const others = Object.values(FOLDER_LANG).filter((l) => !langs.includes(l));
  // The own technique files of the languages left out read the pooled sentence model this run
  // replaces: they would refuse it and stop loading. Refuse before any work instead.
  const broken = ownModels ? others.filter((l) => existsSync(path.join(o.out, 'techniques', `techniques-${l}.slm`))) : [];
  if (broken.length > 0) {
    throw new SlantError(`slant: training ${langs.join(', ')} alone replaces ${path.join(o.out, 'sentences', `${POOLED_SENTENCE_MODEL}.slm`)}, which the technique files of ${broken.join(', ')} in ${path.join(o.out, 'techniques')} are fitted to: they would stop loading. Train all six languages, or train into another --out`);
  }
  // The output folders are made before the long work, so one that cannot be made stops the run at once.
  for (const sub of ['sentences', 'techniques']) makeFoldersSync(path.join(o.out, sub));
  // Costs order the jobs, biggest first: the pooled sentence model (47,515 sentences of all six
  // languages: 704 s) outlasts every language's signal job (en: 239 s).
  const signalCosts = [...langs.map((l) => rowsOf([l])), ...(ownModels ? [rowsOf(langs) * 5] : [])];
  await runTrainJobs(signalJobs, jobs, log, (i, r) => {
    if (r.kind === 'sentences') {
      const file = writeModel(path.join(o.out, 'sentences'), r.model, log, r.ms);
      written.push(file);
      sentenceModel = { id: r.model.header.id, sha256: sha256(r.model.bytes) };
      langs.forEach((l, k) => pooledS.set(l, r.signals[k] as Float64Array));
      return;
    }
    if (r.kind !== 'signal') return;
    written.push(writeModel(path.join(o.out, 'sentences'), r.sentences, log, r.ms));
    span.set(langs[i] as string, r.span);
    ownS.set(langs[i] as string, r.sentence);
  }, signalCosts);
  const signalOf = (l: string, s: Map<string, Float64Array>): Float64Array => stackSignals(span.get(l) as Float64Array, s.get(l) as Float64Array, TECHNIQUES.length);
  const perLang = langs.map((l) => ({ id: `techniques-${l}`, langs: [l], pooled: false }));
  const pooled = { id: 'techniques', langs, pooled: true };
  const groups = o.mode === 'pooled' ? [pooled] : o.mode === 'lang' ? perLang : [...perLang, pooled];
  const dir = path.join(o.out, 'techniques');
  const modelJobs: TrainJob[] = groups.map((g) => ({
    kind: 'model',
    settings,
    id: g.id,
    langs: g.langs,
    pooled: g.pooled,
    signal: concatSignals(g.langs.map((l) => signalOf(l, g.pooled ? ownS : pooledS))),
    ...(g.pooled ? {} : { sentenceModel: sentenceModel as SentenceModelRef }),
  }));
  await runTrainJobs(modelJobs, jobs, log, (_, r) => {
    if (r.kind !== 'model') return;
    written.push(writeModel(dir, r.model, log, r.ms));
  }, groups.map((g) => rowsOf(g.langs)));
  for (const file of dropLosingOwnModels(dir, langs, log)) written.splice(written.indexOf(file), 1);
  if (o.mode === 'all' && others.length === 0) written.push(scriptFree(o, langs, log));
  writeCards(o);
  return written;
}

/** Trains the script-free model over `langs` and writes it into `<out>/techniques/`; returns the file. */
function scriptFree(o: RunTrainOptions, langs: readonly string[], log: (line: string) => void): string {
  const started = Date.now();
  const corpora = langs.map((l) => techniqueCorpus(o.data, l));
  log(`training ${SCRIPT_FREE_MODEL_ID} (${langs.join(', ')} pooled; cues and position only), ${o.folds}-fold CV grouped by article`);
  const model = trainScriptFreeModel(corpora.flatMap((c) => c.rows), { folds: o.folds, seed: o.seed, files: corpora.flatMap((c) => c.files) }, log);
  return writeModel(path.join(o.out, 'techniques'), model, log, Date.now() - started);
}

/** Writes the technique and sentence model cards, which cover every file in their folders (also those this run did not retrain). */
function writeCards(o: RunTrainOptions): void {
  // The card describes the whole folder, so it names the full retrain (the settings per language
  // live in technique-settings.ts), also after a run that retrained only some languages.
  const command = `slant train techniques --mode all --folds ${o.folds} --seed ${o.seed}`;
  const dir = path.join(o.out, 'techniques');
  writeFileSync(path.join(dir, 'MODEL_CARD.md'), modelCard(readModelFiles(dir, 'techniques'), command, { task: 'techniques', data: o.data, langs: o.langs, mode: o.mode }));
  const sentenceDir = path.join(o.out, 'sentences');
  if (existsSync(sentenceDir)) writeFileSync(path.join(sentenceDir, 'MODEL_CARD.md'), sentenceModelCard(readModelFiles(sentenceDir, 'techniques', 'sentences'), command));
}

/**
 * Removes the per-language files of `langs` in `dir` that the pooled model there beats on their
 * own language in cross-validation by POOLED_MIN_GAIN: the registry would never load them
 * (`techniqueFileFor`).
 * Returns the removed files.
 */
export function dropLosingOwnModels(dir: string, langs: readonly string[], log: (line: string) => void): string[] {
  const removed: string[] = [];
  for (const lang of langs) {
    const own = path.join(dir, `techniques-${lang}.slm`);
    if (!existsSync(own) || techniqueFileFor(lang, dir) === own) continue;
    rmSync(own);
    removed.push(own);
    log(`${lang}: the pooled model scores at least ${POOLED_MIN_GAIN} higher on ${lang} than techniques-${lang}.slm, which is not kept`);
  }
  return removed;
}

/** Writes `model` as `<dir>/<id>.slm`, logs its figures and the `ms` its job took, and returns the file. */
function writeModel(dir: string, model: TrainedTechniqueModel, log: (line: string) => void, ms: number): string {
  makeFoldersSync(dir);
  const file = path.join(dir, `${model.header.id}.slm`);
  writeFileSync(file, model.bytes);
  for (const c of model.cv) log(formatCv(c));
  log(`wrote ${file} (${(model.bytes.byteLength / 1048576).toFixed(2)} MB) in ${(ms / 1000).toFixed(0)} s`);
  return file;
}

/** The per-language and per-label CV figures as text lines. */
export function formatCv(c: LanguageCv): string {
  const head = `${c.lang}: micro-F1 ${c.microMean.toFixed(3)} ± ${c.microStd.toFixed(3)}  macro-F1 ${c.macroMean.toFixed(3)} ± ${c.macroStd.toFixed(3)}  (${c.folds.length} folds by article)`;
  const rows = c.pooled.perLabel
    .filter((p) => p.support > 0)
    .map((p) => `    ${p.label.padEnd(34)} n=${String(p.support).padStart(4)}  P ${p.precision.toFixed(2)}  R ${p.recall.toFixed(2)}  F1 ${p.f1.toFixed(2)}`);
  const pooled = `    all out-of-fold predictions at once: micro-F1 ${describeInterval(c.interval)}`;
  return [head, pooled, `    calibration: ${describeCalibration(c.calibration)}`, ...rows].join('\n');
}
