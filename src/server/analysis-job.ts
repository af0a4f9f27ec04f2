/**
 * One unit of server work, the same on a worker thread and on the main thread: turn the source
 * into an Article (HTML extraction is CPU work too, so it happens here, not in the request
 * handler), check the text limit, analyse with the CLI's core, apply the CLI's output filter.
 * Everything in and out is structured-cloneable.
 */
import { OffsetMap } from '../document/offsets.js';
import { filterAnalysis, type OutputFilter } from '../pipeline/filter-analysis.js';
import type { Article, SourceMeta } from '../document/article.js';
import { SlantError } from '../errors.js';
import { extractHtml } from '../ingest/extract-html.js';
import { htmlToArticle } from '../ingest/html-article.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { Analysis } from '../result.js';

/** Where the article comes from: ready, or an HTML page still to extract. */
export type JobSource =
  | { kind: 'article'; article: Article }
  | { kind: 'html'; html: string; id: string; source: SourceMeta; baseUrl?: string; input: string };

/** A job: its source, the analysis options, the output filter and the text limit. */
export interface AnalysisJob {
  source: JobSource;
  options: AnalyzeOptions;
  filter: OutputFilter;
  /** Title to set (a request's `title`), over the extracted one. */
  title?: string;
  maxTextChars: number;
}

/** The analysis and the raw text its offsets index. */
export interface JobResult {
  analysis: Analysis;
  text: string;
}

/** The article's text is over the limit (after extraction). */
export class TextTooLongError extends SlantError {
  override name = 'TextTooLongError' as const;
}

/** The Article of a job's source. Throws InputError for a page without text. */
/** What a job has to read, in characters (its text, or its page's HTML): the limiter's measure of its cost. */
export function jobSize(job: AnalysisJob): number {
  return job.source.kind === 'article' ? job.source.article.text.length : job.source.html.length;
}

function articleOf(job: AnalysisJob): Article {
  const s = job.source;
  const article = s.kind === 'article' ? { ...s.article } : htmlToArticle(extractHtml(s.html, s.baseUrl), s.id, s.source, s.input);
  if (job.title !== undefined) article.title = job.title;
  return article;
}

/**
 * Runs a job.
 * @example
 * runJob({ source: { kind: 'article', article }, options: { lang: 'en' }, filter: {}, maxTextChars: 200_000 });
 */
export function runJob(job: AnalysisJob): JobResult {
  const article = articleOf(job);
  // Characters as JSON Schema's maxLength counts them: code points, an emoji one, not two.
  const chars = article.text.length > job.maxTextChars ? new OffsetMap(article.text).codePointLength : article.text.length;
  if (chars > job.maxTextChars) {
    throw new TextTooLongError(`the article text is ${chars} characters, over the limit of ${job.maxTextChars}`);
  }
  return { analysis: filterAnalysis(analyzeArticle(article, job.options), job.filter), text: article.text };
}

