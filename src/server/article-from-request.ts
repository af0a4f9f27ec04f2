/**
 * Turns a validated analyze request into an Article with the same readers the CLI uses: text as
 * given, HTML through main-text extraction, URLs through the guarded fetcher (private and
 * loopback addresses refused unless the server allows them).
 */
import type { Article } from '../document/article.js';
import { InputError } from '../errors.js';
import { extractHtml, readUrl } from '../ingest/index.js';
import { htmlToArticle } from '../ingest/html-article.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { AnalyzeRequest } from './analyze-request.js';
import { ApiProblem } from './problem.js';
import type { ServerOptions } from './server-options.js';

/** A reader's InputError as a problem on `field`: 403 for a refused address, else 422. */
function readProblem(error: InputError, field: 'html' | 'url'): ApiProblem {
  if (error.message.startsWith('refused:')) return new ApiProblem(403, 'url-refused', 'URL refused', error.message, { field, cause: error });
  return new ApiProblem(422, 'unreadable-input', 'Input could not be read', error.message, { field, cause: error });
}

/** Reads the article the request names; `remainingMs` bounds a URL fetch. */
async function readArticle(body: AnalyzeRequest, options: ServerOptions, remainingMs: number): Promise<{ article: Article; field: 'text' | 'html' | 'url' }> {
  const id = body.id ?? body.url ?? 'request';
  try {
    if (body.text !== undefined) return { article: { id, text: body.text }, field: 'text' };
    if (body.html !== undefined) return { article: htmlToArticle(extractHtml(body.html), id, { format: 'html' }, 'html'), field: 'html' };
    const read = { allowPrivate: options.allowPrivate, maxBytes: options.limits.maxPageBytes, timeoutMs: Math.max(1, Math.min(options.limits.fetchTimeoutMs, remainingMs)) };
    const article = await readUrl(body.url!, read);
    return { article: { ...article, id }, field: 'url' };
  } catch (error) {
    if (error instanceof InputError) throw readProblem(error, body.html !== undefined ? 'html' : 'url');
    throw error;
  }
}

/**
 * The Article of a request, checked against the text limit (extracted text included).
 * @example
 * const article = await articleFromRequest({ text: 'Title\n\nBody.' }, options, 30_000);
 */
export async function articleFromRequest(body: AnalyzeRequest, options: ServerOptions, remainingMs: number): Promise<Article> {
  const { article, field } = await readArticle(body, options, remainingMs);
  const max = options.limits.maxTextChars;
  if (article.text.length > max) {
    throw new ApiProblem(413, 'text-too-long', 'Article too long', `the article text is ${article.text.length} characters, over the limit of ${max}`, { field });
  }
  if (body.title !== undefined) article.title = body.title;
  return article;
}

/**
 * The pipeline options of a request, exactly as `slant analyze` would pass them.
 * @example
 * analyzeOptionsFrom({ text: 'x', threshold: 0.4 }); // { lang: 'auto', threshold: 0.4 }
 */
export function analyzeOptionsFrom(body: AnalyzeRequest): AnalyzeOptions {
  const out: AnalyzeOptions = { lang: body.lang ?? 'auto' };
  if (body.tasks !== undefined) out.tasks = body.tasks;
  if (typeof body.threshold === 'number') out.threshold = body.threshold;
  else if (body.threshold !== undefined) out.thresholds = body.threshold as Record<string, number>;
  if (body.minScore !== undefined) out.minScore = body.minScore;
  if (body.allScores !== undefined) out.allScores = body.allScores;
  return out;
}
