/**
 * What `ingestArticles` analyses with, passed in (STYLE.md §4) so tests inject a fake analyzer
 * with known findings, and so analyses can run in this thread or on worker threads.
 */
import type { Article } from '../document/article.js';
import type { Analysis } from '../result.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline/analyze.js';
import { WorkerPool } from '../batch/worker-pool.js';
import type { ModelRef } from './corpus-store.js';

/** Analyses articles with one model. */
export interface Analyzer {
  /** The model of every analysis this analyzer makes (stored analyses of others are stale). */
  readonly model: ModelRef;
  analyze(article: Article): Promise<Analysis>;
  close(): Promise<void>;
}

/** A tiny article whose analysis tells which model the pipeline runs. */
const PROBE: Article = { id: 'slant-model-probe', text: 'Probe.', lang: 'en' };

/**
 * The pipeline in this thread (`--jobs 1`), or any function of the same shape.
 * @example
 * const analyzer = inProcessAnalyzer();
 * analyzer.model; // { id: 'none', version: '0' } until models land
 */
export function inProcessAnalyzer(options: AnalyzeOptions = {}, analyze: typeof analyzeArticle = analyzeArticle): Analyzer {
  const model = analyze(PROBE, options).model;
  return {
    model: { id: model.id, version: model.version },
    analyze: async (article) => analyze(article, options),
    close: async () => {},
  };
}

/**
 * The pipeline on `jobs` worker threads (the batch runner's pool, issue 8), each with its models
 * loaded once. The model is learnt by analysing a probe on the pool, so this thread loads none.
 */
export async function workerAnalyzer(jobs: number, options: AnalyzeOptions = {}): Promise<Analyzer> {
  const pool = new WorkerPool(jobs, { analyze: options, filter: {}, format: 'jsonl', color: false });
  const analyze = async (article: Article): Promise<Analysis> => JSON.parse((await pool.run(article)).output) as Analysis;
  try {
    const model = (await analyze(PROBE)).model;
    return { model: { id: model.id, version: model.version }, analyze, close: () => pool.close() };
  } catch (error) {
    await pool.close();
    throw error;
  }
}
