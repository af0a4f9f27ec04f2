/**
 * What `GET /api/v1/models` reports: the model id and version that analyses carry (asked of the
 * runner itself, so it is what the workers really use), every shipped model file with its
 * languages, training summary and cross-validated figures (read from the headers), and which file
 * serves each language for each task.
 */
import { SUPPORTED_LANGUAGES } from '../pipeline/run-models.js';
import { OTHER_LANGUAGE, shippedModels, type ModelFileInfo, type ShippedModels } from '../models/shipped-models.js';
import type { AnalysisRunner } from './worker-pool.js';

/** The body of `GET /api/v1/models`. */
export interface ModelsBody {
  analysis: { id: string; version: string };
  /** Every shipped model file (techniques, sentences, spans, frames, genre), from its header. */
  models: ModelFileInfo[];
  /** Per language (and `und` for any other), the file under `models/` each task uses; null where none. */
  serving: ShippedModels['serving'];
  /** The fast set (`models/fast/`, requests with `fast: true`): its files and serving map. */
  fast: ShippedModels['fast'];
}

/**
 * The models body, asking `runner` for the model of a one-line analysis.
 * @example
 * const body = await describeModels(runner);
 */
export async function describeModels(runner: AnalysisRunner): Promise<ModelsBody> {
  const job = { source: { kind: 'article' as const, article: { id: 'probe', text: 'Probe.' } }, options: { lang: 'en' }, filter: {}, maxTextChars: 100 };
  const probe = await runner.run(job, 30_000);
  const { files, serving, fast } = shippedModels([...SUPPORTED_LANGUAGES, OTHER_LANGUAGE]);
  return { analysis: probe.analysis.model, models: files, serving, fast };
}
