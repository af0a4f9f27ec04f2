/**
 * The independent pieces of `slant train techniques|spans|genre|frames`, as jobs a worker thread
 * can run from the data root alone: a language's decision signal (span tagger and sentence model,
 * out of fold, and the sentence model trained on all sentences), the pooled sentence model with
 * every language's signal from it, one technique model (own or
 * pooled) trained on its languages' rows and signals, one language's span tagger, one language's
 * own genre or frames model, and one repeat of the pooled frames model's out-of-fold margins (the
 * own frames models' companion). Each job is deterministic, so running them on workers gives the
 * files a run in one thread gives.
 */
import { TECHNIQUES } from '../labels.js';
import { DEFAULT_THRESHOLDS } from '../models/thresholds.js';
import { readSemevalLanguage, type TrainRow } from './semeval-corpus.js';
import { POOLED_SENTENCE_MODEL, decisionSignalOutOfFold, trainPooledSentenceModel, type PooledSentenceInput } from './sentence-signal-oof.js';
import { readSpanCorpus } from './spans-corpus.js';
import type { SentenceModelRef } from '../models/model-file.js';
import { techniqueSettings } from './technique-settings.js';
import { trainTechniqueModel, type TrainedTechniqueModel } from './train-techniques.js';
import { trainSpanLanguage, type RunTrainSpansOptions } from './spans-train.js';
import type { Dataset } from './dataset.js';
import { companionDataset, companionRepeat, type CompanionInput, type CompanionSettings } from './frames-companion.js';
import { readArticleTask, type ArticleCorpus, type ArticleRow } from './genre-frames-corpus.js';
import { articleSettings } from './genre-frames-settings.js';
import { trainArticleModel, type TrainedArticleModel } from './genre-frames-train.js';
import { foldGrouping } from './article-repeats.js';

/** Settings every job of a `slant train techniques` run shares. */
export interface TechniqueJobSettings {
  data: string;
  folds: number;
  innerFolds: number;
  seed: number;
}

/** One piece of training work. */
export type TrainJob =
  | { kind: 'signal'; settings: TechniqueJobSettings; lang: string }
  | { kind: 'sentences'; settings: TechniqueJobSettings; langs: string[] }
  | { kind: 'model'; settings: TechniqueJobSettings; id: string; langs: string[]; pooled: boolean; signal: Float64Array; sentenceModel?: SentenceModelRef }
  | { kind: 'spans'; settings: RunTrainSpansOptions; lang: string }
  | { kind: 'article'; settings: ArticleJobSettings; lang: string; companion?: CompanionInput }
  | { kind: 'companion'; settings: ArticleJobSettings; companion: CompanionSettings; langs: string[]; repeat: number };

/** What a job gives back, and the milliseconds it took. */
export type TrainJobResult = (
  | { kind: 'signal'; span: Float64Array; sentence: Float64Array; sentences: TrainedTechniqueModel }
  | { kind: 'sentences'; model: TrainedTechniqueModel; signals: Float64Array[] }
  | { kind: 'model'; model: TrainedTechniqueModel }
  | { kind: 'spans'; bytes: Uint8Array }
  | { kind: 'article'; model: TrainedArticleModel }
  | { kind: 'companion'; margins: Map<string, Float64Array> }
) & { ms: number };

/** Settings every job of a `slant train genre|frames` run shares. */
export interface ArticleJobSettings {
  task: 'genre' | 'frames';
  data: string;
  folds: number;
  repeats: number;
  seed: number;
}

const corpora = new Map<string, { rows: TrainRow[]; files: string[] }>();

/** The subtask-3 training rows of `lang`, read once per thread. */
export function techniqueCorpus(data: string, lang: string): { rows: TrainRow[]; files: string[] } {
  const key = `${data}\n${lang}`;
  let c = corpora.get(key);
  if (c === undefined) corpora.set(key, (c = readSemevalLanguage(data, lang)));
  return c;
}

/** Runs `job` in this thread, logging its progress to `say`. */
export async function runTrainJob(job: TrainJob, say: (line: string) => void = () => {}): Promise<TrainJobResult> {
  const started = Date.now();
  if (job.kind === 'spans') return { kind: 'spans', bytes: await trainSpanLanguage(job.settings, job.lang, say), ms: Date.now() - started };
  if (job.kind === 'article') return { kind: 'article', model: await trainOwnArticleModel(job.settings, job.lang, say, job.companion), ms: Date.now() - started };
  if (job.kind === 'companion') {
    const { ds, bits } = await companionData(job.settings.data, job.companion, job.langs);
    return { kind: 'companion', margins: companionRepeat(ds, bits, job.companion, job.repeat), ms: Date.now() - started };
  }
  const { data, folds, innerFolds, seed } = job.settings;
  if (job.kind === 'signal') {
    const { span, sentence, sentences } = await decisionSignalOutOfFold(data, job.lang, techniqueCorpus(data, job.lang).rows, { labels: TECHNIQUES, folds, seed }, say);
    return { kind: 'signal', span, sentence, sentences, ms: Date.now() - started };
  }
  if (job.kind === 'sentences') {
    say(`training ${POOLED_SENTENCE_MODEL} (${job.langs.join(', ')}), the pooled sentence model`);
    const inputs: PooledSentenceInput[] = [];
    const files: string[] = [];
    for (const lang of job.langs) {
      const corpus = await readSpanCorpus(data, lang);
      inputs.push({ lang, articles: corpus.articles, rows: techniqueCorpus(data, lang).rows });
      files.push(...corpus.files);
    }
    const { model, signals } = trainPooledSentenceModel(inputs, { labels: TECHNIQUES, folds, seed, files }, say);
    return { kind: 'sentences', model, signals, ms: Date.now() - started };
  }
  say(`training ${job.id} (${job.langs.join(', ')})`);
  const rows = job.langs.flatMap((l) => techniqueCorpus(data, l).rows);
  const files = job.langs.flatMap((l) => techniqueCorpus(data, l).files);
  const { features, learner } = techniqueSettings(job.langs, job.pooled);
  const model = trainTechniqueModel(rows, { id: job.id, labels: TECHNIQUES, features, learner, thresholds: DEFAULT_THRESHOLDS, folds, innerFolds, seed, files, ...(job.sentenceModel ? { sentenceModel: job.sentenceModel } : {}) }, say, job.signal);
  return { kind: 'model', model, ms: Date.now() - started };
}

/** A language's own genre or frames model (with the pooled frames model's margins as `companion`). */
export async function trainOwnArticleModel(o: ArticleJobSettings, lang: string, say: (line: string) => void, companion?: CompanionInput): Promise<TrainedArticleModel> {
  const id = `${o.task}-${lang}`;
  say(`training ${id} (${lang}), ${o.repeats} × ${o.folds}-fold CV grouped by ${foldGrouping(o.task)}`);
  const { rows, files } = await articleCorpus(o.data, lang, o.task === 'genre' ? 1 : 2);
  const s = articleSettings(o.task, false, lang);
  return trainArticleModel(rows, { task: o.task, id, labels: s.labels, base: s.features, article: s.article, learner: s.learner, thresholds: s.thresholds, folds: o.folds, repeats: o.repeats, seed: o.seed, files, ...(companion ? { companion } : {}), ...(s.cueLangs ? { cueLangs: s.cueLangs } : {}) }, say);
}

const articleCorpora = new Map<string, Promise<ArticleCorpus>>();

/** The subtask-1 or -2 articles of `lang`, read once per thread. */
export function articleCorpus(data: string, lang: string, subtask: 1 | 2): Promise<ArticleCorpus> {
  const key = `${data}\n${lang}\n${subtask}`;
  let c = articleCorpora.get(key);
  if (c === undefined) articleCorpora.set(key, (c = readArticleTask(data, lang, subtask)));
  return c;
}

let companionCache: { key: string; data: Promise<{ ds: Dataset; bits: number }> } | undefined;

/** The pooled frames file's dataset over its languages' articles, built once per thread and file. */
function companionData(data: string, s: CompanionSettings, langs: readonly string[]): Promise<{ ds: Dataset; bits: number }> {
  const key = `${data}\n${s.file}\n${langs.join(',')}`;
  if (companionCache?.key !== key) {
    const built = (async () => {
      const rows: ArticleRow[] = [];
      for (const l of langs) rows.push(...(await articleCorpus(data, l, 2)).rows);
      return companionDataset(rows, s);
    })();
    companionCache = { key, data: built };
  }
  return companionCache.data;
}
