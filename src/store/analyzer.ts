/**
 * What `ingestArticles` analyses with, passed in (STYLE.md §4) so tests inject a fake analyzer
 * with known findings, and so analyses can run in this thread or on worker threads
 * (pipeline-analyzers.ts). Only the interface lives here: what imports it loads no model code.
 */
import type { Article } from '../document/article.js';
import type { Analysis } from '../result.js';
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
