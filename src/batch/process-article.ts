/**
 * One unit of batch work, the same in the main thread (`--jobs 1`) and in a worker: analyse an
 * article, apply the output filter, render it, and keep the few facts the summary and the index
 * page need. Everything in and out is structured-cloneable.
 */
import type { Article } from '../document/article.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline/analyze.js';
import { renderArticle, type Format } from '../render/formats.js';
import type { IndexEntry } from '../render/render-index.js';
import { countByCategory, countFindings, techniquesAnalysed } from '../render/summary.js';
import { filterAnalysis, type OutputFilter } from '../pipeline/filter-analysis.js';

/** How every article of a run is analysed and rendered. */
export interface JobSettings {
  analyze: AnalyzeOptions;
  filter: OutputFilter;
  format: Format;
  color: boolean;
}

/** An analysed article: its rendered output and its summary. */
export interface ProcessedArticle {
  /** The article in the run's format, ending in a newline. */
  output: string;
  /** Summary for the index page (its `file` is set by the writer). */
  entry: Omit<IndexEntry, 'file'>;
}

/**
 * Analyses and renders one article.
 * @example
 * processArticle(article, { analyze: {}, filter: {}, format: 'jsonl', color: false }).output;
 */
export function processArticle(article: Article, settings: JobSettings): ProcessedArticle {
  const analysis = filterAnalysis(analyzeArticle(article, settings.analyze), settings.filter);
  const output = renderArticle(settings.format, analysis, article.text, { color: settings.color });
  const entry: Omit<IndexEntry, 'file'> = {
    id: analysis.article.id,
    paragraphs: analysis.article.paragraphs.length,
    categories: Object.fromEntries(countByCategory(analysis).filter(([, n]) => n > 0)),
  };
  if (techniquesAnalysed(analysis)) entry.techniques = countFindings(analysis);
  const title = analysis.article.title ?? article.title;
  if (title !== undefined) entry.title = title;
  if (analysis.genre !== undefined) entry.genre = analysis.genre.label;
  return { output, entry };
}
