/**
 * The analyzers that run slant's pipeline, in this thread or on worker threads. Apart from the
 * `Analyzer` interface, so that `stats`, `eval` and the other commands that analyse nothing do not
 * load the pipeline and its language detector at start-up.
 */
import type { Article } from '../document/article.js';
import type { Analysis } from '../result.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline/analyze.js';
import { WorkerPool } from '../batch/worker-pool.js';
import type { StoredModel } from './corpus-store.js';
import type { Analyzer } from './analyzer.js';
import { isLangCode } from '../lang/normalize-lang-code.js';

/** A tiny article in `lang` whose analysis tells which model the pipeline runs for that language. */
const probe = (lang: string): Article => ({ id: 'slant-model-probe', text: 'Probe.', lang });

/** `modelFor` from an analysis function, each language probed once. */
function probedModels(analyze: (article: Article) => Promise<Analysis>): (lang: string) => Promise<StoredModel> {
  const known = new Map<string, Promise<StoredModel>>();
  return (lang) => {
    let model = known.get(lang);
    if (model === undefined) {
      // A stored language that is no code (a JSONL "lang": "English", read as given before stop
      // 47) has no current model: its analyses are stale, and are redone with detection.
      model = isLangCode(lang) ? analyze(probe(lang)).then((a) => ({ id: a.model.id, version: a.model.version, lang: a.article.lang })) : Promise.resolve({ id: '', version: '', lang });
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
