/**
 * The independent pieces of `slant train techniques` and `slant train spans`, as jobs a worker
 * thread can run from the data root alone: a language's decision signal (span tagger and sentence
 * model, out of fold, and the sentence model trained on all sentences), one technique model (own
 * or pooled) trained on its languages' rows and signals, and one language's span tagger. Each job
 * is deterministic, so running them on workers gives the files a run in one thread gives.
 */
import { TECHNIQUES } from '../labels.js';
import { DEFAULT_THRESHOLDS } from '../models/thresholds.js';
import { readSemevalLanguage, type TrainRow } from './semeval-corpus.js';
import { decisionSignalOutOfFold } from './sentence-signal-oof.js';
import { techniqueSettings } from './technique-settings.js';
import { trainTechniqueModel, type TrainedTechniqueModel } from './train-techniques.js';
import { trainSpanLanguage, type RunTrainSpansOptions } from './spans-train.js';

/** Settings every job of a run shares. */
export interface JobSettings {
  data: string;
  folds: number;
  innerFolds: number;
  seed: number;
}

/** One piece of training work. */
export type TrainJob =
  | { kind: 'signal'; settings: JobSettings; lang: string }
  | { kind: 'model'; settings: JobSettings; id: string; langs: string[]; pooled: boolean; signal: Float64Array }
  | { kind: 'spans'; settings: RunTrainSpansOptions; lang: string };

/** What a job gives back, and the milliseconds it took. */
export type TrainJobResult = (
  | { kind: 'signal'; signal: Float64Array; sentences: TrainedTechniqueModel }
  | { kind: 'model'; model: TrainedTechniqueModel }
  | { kind: 'spans'; bytes: Uint8Array }
) & { ms: number };

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
  const { data, folds, innerFolds, seed } = job.settings;
  if (job.kind === 'signal') {
    const { signal, sentences } = await decisionSignalOutOfFold(data, job.lang, techniqueCorpus(data, job.lang).rows, { labels: TECHNIQUES, folds, seed }, say);
    return { kind: 'signal', signal, sentences, ms: Date.now() - started };
  }
  say(`training ${job.id} (${job.langs.join(', ')})`);
  const rows = job.langs.flatMap((l) => techniqueCorpus(data, l).rows);
  const files = job.langs.flatMap((l) => techniqueCorpus(data, l).files);
  const { features, learner } = techniqueSettings(job.langs, job.pooled);
  const model = trainTechniqueModel(rows, { id: job.id, labels: TECHNIQUES, features, learner, thresholds: DEFAULT_THRESHOLDS, folds, innerFolds, seed, files }, say, job.signal);
  return { kind: 'model', model, ms: Date.now() - started };
}
