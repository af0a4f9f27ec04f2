/**
 * `slant train genre|frames` as a function: reads subtask 1 or 2 of the SemEval layout, trains one
 * pooled model (with language-specific feature copies for frames), one model per language, or
 * both (keeping a language's own model only where it wins in CV), prints the cross-validated
 * figures, writes the model files and regenerates `MODEL_CARD.md`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeFoldersSync } from '../make-folders.js';
import { FRAMES } from '../labels.js';
import { decodeModel, readModelHeader, sha256 } from '../models/model-file.js';
import { keepsOwnArticleModel } from '../models/serving-margins.js';
import { describeInterval } from './cv-interval.js';
import { describeCalibration } from '../eval/calibration.js';
import { FOLDER_LANG, isoOf } from './semeval-corpus.js';
import type { ArticleCorpus } from './genre-frames-corpus.js';
import { companionFile, type CompanionInput, type CompanionSettings } from './frames-companion.js';
import { trainArticleModel, type TrainedArticleModel } from './genre-frames-train.js';
import { articleCorpus, type ArticleJobSettings, type TrainJob } from './train-jobs.js';
import { runTrainJobs } from './train-pool.js';
import { writeArticleModelCard } from './genre-frames-card.js';
import { FRAMES_VECTORS, articleSettings } from './genre-frames-settings.js';
import { readWordVectors } from '../features/word-vectors.js';
import type { FramesVectorSettings } from './frames-vectors.js';
import { ARTICLE_REPEATS, foldGrouping } from './article-repeats.js';

/** Options of a training run, as the CLI passes them. */
export interface RunTrainArticleOptions {
  task: 'genre' | 'frames';
  data: string;
  langs: string[];
  out: string;
  folds: number;
  /** Repeats of the cross-validation; by default `ARTICLE_REPEATS` (the pooled and the own models' own numbers). */
  repeats?: number;
  seed: number;
  /**
   * Worker threads for the languages' own models and the frames companion's repeats (default 1:
   * all in this thread); the files are the same for any number.
   */
  jobs?: number;
  /**
   * 'pooled': one model over the languages; 'lang': one per language; 'all': the pooled model,
   * then one per language. A language's own model is kept only where its cross-validated figure
   * beats the pooled model's in `<out>/<task>/<task>.slm` (the loader uses the pooled one otherwise).
   */
  mode: 'pooled' | 'lang' | 'all';
}

/** Runs the training and returns the written files. */
export async function runTrainArticleTask(o: RunTrainArticleOptions, log: (line: string) => void): Promise<string[]> {
  const langs = o.langs.length ? o.langs.map(isoOf) : Object.values(FOLDER_LANG);
  const subtask = o.task === 'genre' ? 1 : 2;
  // Every corpus is read (and checked) before any work starts, so a bad file stops the run at once.
  const byLang = new Map<string, ArticleCorpus>();
  for (const lang of langs) byLang.set(lang, await articleCorpus(o.data, lang, subtask));
  const pooledRepeats = o.repeats ?? ARTICLE_REPEATS[o.task].pooled;
  // The own models and, for frames, their companion's out-of-fold margins.
  const settings: ArticleJobSettings = { task: o.task, data: o.data, folds: o.folds, repeats: o.repeats ?? ARTICLE_REPEATS[o.task].own, seed: o.seed };
  const jobs = Math.max(1, o.jobs ?? 1);
  const dir = path.join(o.out, o.task);
  makeFoldersSync(dir);
  const written: string[] = [];
  const metric = o.task === 'genre' ? 'macro-F1' : 'micro-F1';
  /** Logs a model's figures and writes it, unless it is a language's own model the pooled one beats. */
  const keep = (id: string, model: TrainedArticleModel, ms: number, ownLang?: string): void => {
    for (const c of model.cv) {
      const all = c.interval ? `; all out-of-fold predictions at once ${describeInterval(c.interval)}` : '';
      log(`${c.lang}: ${metric} ${c.value.mean.toFixed(3)} ± ${c.value.std.toFixed(3)} (${c.values.length} folds)${all}${c.calibration ? `; ${describeCalibration(c.calibration)}` : ''}`);
    }
    const file = path.join(dir, `${id}.slm`);
    const rival = ownLang === undefined ? undefined : pooledFigure(path.join(dir, `${o.task}.slm`), o.task, ownLang);
    const mine = model.cv[0]?.value.mean ?? 0;
    if (ownLang !== undefined && rival !== undefined && !keepsOwnArticleModel(mine, rival)) {
      log(`kept the pooled model for ${ownLang}: ${metric} ${rival.toFixed(3)} against ${mine.toFixed(3)} for its own (not written${removeLosingOwnFile(file, ownLang)})`);
      return;
    }
    writeFileSync(file, model.bytes);
    written.push(file);
    log(`wrote ${file} (${(model.bytes.byteLength / 1048576).toFixed(2)} MB) in ${(ms / 1000).toFixed(0)} s`);
  };
  if (o.mode !== 'lang') {
    const started = Date.now();
    log(`training ${o.task} (${langs.join(', ')}), ${pooledRepeats} × ${o.folds}-fold CV grouped by ${foldGrouping(o.task)}`);
    const s = articleSettings(o.task, true);
    const rows = langs.flatMap((l) => byLang.get(l)?.rows ?? []);
    const files = langs.flatMap((l) => byLang.get(l)?.files ?? []);
    const vectors = o.task === 'frames' ? framesVectors() : undefined;
    const model = trainArticleModel(rows, { task: o.task, id: o.task, labels: s.labels, base: s.features, article: s.article, learner: s.learner, thresholds: s.thresholds, folds: o.folds, repeats: pooledRepeats, seed: o.seed, files, ...(vectors ? { vectors } : {}), ...(o.task === 'genre' ? { unseenCues: true } : { framePriors: true }) }, log);
    keep(o.task, model, Date.now() - started);
  }
  if (o.mode !== 'pooled') {
    // The languages' own models side by side on the workers (frames: after the pooled model's
    // out-of-fold margins, their companion, one repeat per job).
    const companions = o.task === 'frames' ? await framesCompanions(o, settings, jobs, log) : new Map<string, CompanionInput>();
    const ownJobs: TrainJob[] = langs.map((lang) => {
      const companion = companions.get(lang);
      return { kind: 'article', settings, lang, ...(companion ? { companion } : {}) };
    });
    await runTrainJobs(ownJobs, jobs, log, (i, r) => {
      if (r.kind === 'article') keep(`${o.task}-${langs[i] as string}`, r.model, r.ms, langs[i] as string);
    }, langs.map((l) => byLang.get(l)?.rows.length ?? 0));
  }
  for (const stale of staleCompanions(dir, o.task)) log(`warning: ${stale} was calibrated with another ${o.task}.slm; analysing its language fails until it is retrained (slant train ${o.task} --mode lang)`);
  written.push(writeArticleModelCard(o.task, dir, { task: o.task, data: o.data, langs: o.langs, mode: o.mode }));
  return written;
}

/** The shipped word-vector lexicon the pooled frames model's decisions may read (`FRAMES_VECTORS`). */
function framesVectors(): FramesVectorSettings {
  const lexicon = readWordVectors(FRAMES_VECTORS.file);
  return { lexicon, ref: { file: FRAMES_VECTORS.file, sha256: lexicon.sha256 }, langs: FRAMES_VECTORS.langs, ridge: FRAMES_VECTORS.ridge, shrinkWords: FRAMES_VECTORS.shrinkWords };
}

/** The files in `dir` whose companion is not the file there now (a pooled retrain without the own ones). */
export function staleCompanions(dir: string, task: 'genre' | 'frames'): string[] {
  return readdirSync(dir).filter((f) => f.startsWith(`${task}-`) && f.endsWith('.slm')).flatMap((name) => {
    const file = path.join(dir, name);
    const ref = readModelHeader(readFileSync(file), file, task).companion;
    if (!ref) return [];
    const other = path.join(dir, ref.file);
    return existsSync(other) && sha256(readFileSync(other)) === ref.sha256 ? [] : [file];
  });
}

/**
 * The pooled frames model of `<out>/frames/frames.slm` as companion of each of its languages
 * (out-of-fold margins of its settings on the same folds as the own models, one repeat per job;
 * see frames-companion.ts), or an empty map when there is no pooled file.
 */
async function framesCompanions(o: RunTrainArticleOptions, settings: ArticleJobSettings, jobs: number, log: (line: string) => void): Promise<Map<string, CompanionInput>> {
  const file = path.join(o.out, 'frames', 'frames.slm');
  if (!existsSync(file)) return new Map();
  const { ref, header } = companionFile(file);
  log(`pooled ${file} as companion: its out-of-fold margins, ${settings.repeats} × ${o.folds}-fold, per-language folds`);
  const companion: CompanionSettings = { file, labels: FRAMES, learner: articleSettings('frames', true).learner, folds: o.folds, repeats: settings.repeats, seed: o.seed };
  const out = new Map<string, CompanionInput>(header.languages.map((l) => [l, { ref, margins: [] }]));
  const repeats: TrainJob[] = Array.from({ length: settings.repeats }, (_, repeat) => ({ kind: 'companion', settings, companion, langs: header.languages, repeat }));
  await runTrainJobs(repeats, jobs, log, (i, r) => {
    if (r.kind !== 'companion') return;
    for (const [lang, m] of r.margins) out.get(lang)?.margins.push(m);
    log(`  companion ${ref.file}: out-of-fold margins, repeat ${i + 1}/${settings.repeats} done`);
  });
  return out;
}

/** The cross-validated figure for `lang` stored in the pooled model file, if there is one. */
function pooledFigure(file: string, task: 'genre' | 'frames', lang: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const { header } = decodeModel(readFileSync(file), file, task);
  const cv = header.cv as { perLanguage?: { lang: string; mean: number }[] } | undefined;
  return cv?.perLanguage?.find((c) => c.lang === lang)?.mean;
}

/**
 * Removes a language's own model file that the pooled model now beats, if a file is there, and says
 * so for the log line (`; the earlier … was removed, …`), or gives '' when none was.
 */
export function removeLosingOwnFile(file: string, lang: string): string {
  if (!existsSync(file)) return '';
  rmSync(file);
  return `; the earlier ${file} was removed, so the pooled model serves ${lang}`;
}
