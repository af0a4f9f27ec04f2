/**
 * What `GET /api/v1/models` reports: the model id and version that analyses carry (asked of the
 * runner itself, so it is what the workers really use) and the shipped model files with their
 * languages, training summary and cross-validated figures, read from their headers.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultTechniqueModelPath, loadTechniqueModel } from '../models/model-registry.js';
import type { AnalysisRunner } from './worker-pool.js';

/** One model file. */
export interface ModelDescription {
  task: string;
  id: string;
  file: string;
  languages: string[];
  labels: number;
  training: Record<string, unknown>;
  cv: unknown;
}

/** The body of `GET /api/v1/models`. */
export interface ModelsBody {
  analysis: { id: string; version: string };
  models: ModelDescription[];
}

/** The shipped model files that exist, described from their headers (unreadable ones left out). */
export function shippedModels(): ModelDescription[] {
  const file = defaultTechniqueModelPath();
  if (!existsSync(file)) return [];
  try {
    const { header } = loadTechniqueModel(file);
    return [{ task: header.task, id: header.id, file: path.basename(file), languages: header.languages, labels: header.labels.length, training: { ...header.training }, cv: header.cv ?? null }];
  } catch {
    return [];
  }
}

/**
 * The models body, asking `runner` for the model of a one-line analysis.
 * @example
 * const body = await describeModels(runner);
 */
export async function describeModels(runner: AnalysisRunner): Promise<ModelsBody> {
  const job = { source: { kind: 'article' as const, article: { id: 'probe', text: 'Probe.' } }, options: { lang: 'en' }, filter: {}, maxTextChars: 100 };
  const probe = await runner.run(job, 30_000);
  return { analysis: probe.analysis.model, models: shippedModels() };
}
