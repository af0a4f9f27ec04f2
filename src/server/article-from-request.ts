/**
 * Turns a validated analyze request into a job with the same readers the CLI uses: text as given,
 * HTML through main-text extraction (done by the job, off the event loop), URLs through the
 * guarded fetcher (private and loopback addresses refused unless the server allows them).
 */
import type { OutputFilter } from '../pipeline/filter-analysis.js';
import { InputError } from '../errors.js';
import { charsetFromContentType, decodeCharset, sniffHtmlCharset } from '../ingest/decode-charset.js';
import { looksBinary } from '../ingest/decode-text.js';
import { fetchPage } from '../ingest/fetch-page.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import type { AnalysisJob, JobSource } from './analysis-job.js';
import type { AnalyzeRequest } from './analyze-request.js';
import { ApiProblem } from './problem.js';
import type { ServerOptions } from './server-options.js';
import { isAutoLang } from '../lang/normalize-lang-code.js';

/** The request field an article came from. */
export type SourceField = 'text' | 'html' | 'url';

/**
 * A reader's InputError as a problem on `field`: 403 for a refused address, else 422.
 * @example
 * readProblem(new InputError({ input: 'x' }, 'is empty'), 'html').status; // 422
 */
export function readProblem(error: InputError, field: SourceField): ApiProblem {
  if (error.message.startsWith('refused:')) return new ApiProblem(403, 'url-refused', 'URL refused', error.message, { field, cause: error });
  return new ApiProblem(422, 'unreadable-input', 'Input could not be read', error.message, { field, cause: error });
}

/**
 * Fetches a URL and returns its page as a job source; mirrors `readUrl` (src/ingest/read-url.ts)
 * but leaves the extraction, which is CPU work, to the job.
 */
async function urlSource(url: string, id: string, options: ServerOptions, remainingMs: number): Promise<JobSource> {
  const timeoutMs = Math.max(1, Math.min(options.limits.fetchTimeoutMs, remainingMs));
  const page = await fetchPage(url, { allowPrivate: options.allowPrivate, maxBytes: options.limits.maxPageBytes, timeoutMs }).catch((error: unknown) => {
    // The request's own time ran out while fetching: a 504 like any request over its limit, not an unreadable page.
    if (timeoutMs < options.limits.fetchTimeoutMs && error instanceof InputError && error.message.startsWith('timed out')) {
      throw new ApiProblem(504, 'timeout', 'Analysis timed out', `the request took longer than ${options.limits.requestTimeoutMs} ms (fetching ${url})`);
    }
    throw error;
  });
  const declared = charsetFromContentType(page.contentType);
  const source = { format: 'url' as const, url: page.url };
  if (page.mediaType === 'text/plain') {
    if (looksBinary(page.bytes)) throw new InputError({ input: url }, 'looks like a binary file');
    const text = decodeCharset(page.bytes, declared, url);
    if (text.trim() === '') throw new InputError({ input: url }, 'is empty');
    return { kind: 'article', article: { id, text, source } };
  }
  const html = decodeCharset(page.bytes, declared ?? sniffHtmlCharset(page.bytes), url);
  if (html.trim() === '') throw new InputError({ input: url }, 'is empty');
  return { kind: 'html', html, id, source, baseUrl: page.url, input: url };
}

/** The pipeline options of a request, exactly as `slant analyze` builds them from its flags. */
export function analyzeOptionsFrom(body: AnalyzeRequest): AnalyzeOptions {
  const out: AnalyzeOptions = { lang: body.lang === undefined || isAutoLang(body.lang) ? 'auto' : body.lang };
  if (typeof body.threshold === 'number') out.threshold = body.threshold;
  else if (body.threshold !== undefined) out.thresholds = body.threshold as Record<string, number>;
  if (body.allScores === true) out.allScores = true;
  if (body.fast === true) out.fast = true;
  if (body.minScore !== undefined) out.minScore = body.minScore;
  if (body.tasks !== undefined) out.tasks = body.tasks;
  return out;
}

/** The output filter of a request, as `slant analyze` applies it. */
export function filterFrom(body: AnalyzeRequest): OutputFilter {
  // minScore is applied by the pipeline itself (`analyzeOptionsFrom`).
  return body.tasks === undefined ? {} : { tasks: body.tasks };
}

/**
 * The job of a request and the field its article comes from; `remainingMs` bounds a URL fetch.
 * @example
 * const { job } = await jobFromRequest({ text: 'Title\n\nBody.' }, options, 30_000);
 */
export async function jobFromRequest(body: AnalyzeRequest, options: ServerOptions, remainingMs: number): Promise<{ job: AnalysisJob; field: SourceField }> {
  const id = body.id ?? body.url ?? 'request';
  const field: SourceField = body.text !== undefined ? 'text' : body.html !== undefined ? 'html' : 'url';
  let source: JobSource;
  if (body.text !== undefined) source = { kind: 'article', article: { id, text: body.text } };
  else if (body.html !== undefined) source = { kind: 'html', html: body.html, id, source: { format: 'html' }, input: 'html' };
  else {
    try {
      source = await urlSource(body.url!, id, options, remainingMs);
    } catch (error) {
      throw error instanceof InputError ? readProblem(error, 'url') : error;
    }
  }
  const job: AnalysisJob = { source, options: analyzeOptionsFrom(body), filter: filterFrom(body), maxTextChars: options.limits.maxTextChars };
  if (body.title !== undefined) job.title = body.title;
  return { job, field };
}
