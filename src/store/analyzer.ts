/**
 * What `ingestArticles` analyses with, passed in (STYLE.md §4) so tests inject a fake analyzer
 * with known findings, and so analyses can run in this thread or on worker threads.
 */
import type { Article } from '../document/article.js';
import type { Analysis } from '../result.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline/analyze.js';
import { WorkerPool } from '../batch/worker-pool.js';
import type { StoredModel } from './corpus-store.js';

/** Analyses articles with one set of models. */
export interface Analyzer {
  /** The id of the model of every analysis this analyzer makes (`slant-linear`, `slant-fast`). */
  readonly id: string;
  /**
   * The model an analysis of a text in `lang` gets, and the language it is analysed in (the
   * analyzer's own when it was given one). Each language has model files of its own, so a
   * version of its own; a stored analysis of another model, or in another language, is stale.
   */
  modelFor(lang: string): Promise<StoredModel>;
  analyze(article: Article): Promise<Analysis>;
  close(): Promise<void>;
}

/** Whether `stored` is what `analyzer` would make of its text now (see `Analyzer.modelFor`). */
export async function isCurrent(analyzer: Analyzer, stored: StoredModel): Promise<boolean> {
  const now = await analyzer.modelFor(stored.lang);
  return now.id === stored.id && now.version === stored.version && now.lang === stored.lang;
}

/** A tiny article in `lang` whose analysis tells which model the pipeline runs for that language. */
const probe = (lang: string): Article => ({ id: 'slant-model-probe', text: 'Probe.', lang });

/** `modelFor` from an analysis function, each language probed once. */
function probedModels(analyze: (article: Article) => Promise<Analysis>): (lang: string) => Promise<StoredModel> {
  const known = new Map<string, Promise<StoredModel>>();
  return (lang) => {
    let model = known.get(lang);
    if (model === undefined) {
      model = analyze(probe(lang)).then((a) => ({ id: a.model.id, version: a.model.version, lang: a.article.lang }));
      known.set(lang, model);
    }
    return model;
  };
}

/**
 * The pipeline in this thread (`--jobs 1`), or any function of the same shape.
 * @example
 * const analyzer = inProcessAnalyzer();
 * await analyzer.modelFor('fr'); // { id: 'slant-linear', version: '0.1.0+…', lang: 'fr' }
 */
export function inProcessAnalyzer(options: AnalyzeOptions = {}, analyze: typeof analyzeArticle = analyzeArticle): Analyzer {
  const run = async (article: Article): Promise<Analysis> => analyze(article, options);
  return { id: analyze(probe('en'), options).model.id, modelFor: probedModels(run), analyze: run, close: async () => {} };
}

/**
 * The pipeline on `jobs` worker threads (the batch runner's pool, issue 8), each with its models
 * loaded once. The model is learnt by analysing a probe on the pool, so this thread loads none.
 */
export async function workerAnalyzer(jobs: number, options: AnalyzeOptions = {}): Promise<Analyzer> {
  const pool = new WorkerPool(jobs, { analyze: options, filter: {}, format: 'jsonl', color: false });
  const analyze = async (article: Article): Promise<Analysis> => JSON.parse((await pool.run(article)).output) as Analysis;
  try {
    const id = (await analyze(probe('en'))).model.id;
    return { id, modelFor: probedModels(analyze), analyze, close: () => pool.close() };
  } catch (error) {
    await pool.close();
    throw error;
  }
}
