/**
 * One analysis request from body to result: build the job (fetching a URL if asked), wait for a
 * slot, run the job on the runner, all within the request's time limit; a request whose client
 * has gone leaves the queue.
 */
import { isInputError } from '../errors.js';
import { TextTooLongError, jobSize, type JobResult } from './analysis-job.js';
import type { AnalyzeRequest } from './analyze-request.js';
import type { AppContext } from './app-context.js';
import { jobFromRequest, readProblem, type SourceField } from './article-from-request.js';
import { ApiProblem } from './problem.js';
import { AnalysisTimeoutError } from './worker-pool.js';

/** 504 for a request that ran out of time. */
function timedOut(ms: number): ApiProblem {
  return new ApiProblem(504, 'timeout', 'Analysis timed out', `the request took longer than ${ms} ms`);
}

/** Problems of the job's own making, tied to the field the article came from. */
function jobProblem(error: unknown, field: SourceField): unknown {
  if (error instanceof TextTooLongError) return new ApiProblem(413, 'text-too-long', 'Article too long', error.message, { field });
  if (isInputError(error)) return readProblem(error, field);
  return error;
}

/**
 * Reads and analyses the article of `body` with the same core and filter as `slant analyze`.
 * @example
 * const { analysis, text } = await runAnalysis({ text: 'Title\n\nBody.' }, ctx);
 */
export async function runAnalysis(body: AnalyzeRequest, ctx: AppContext, client?: AbortSignal): Promise<JobResult> {
  const limitMs = ctx.options.limits.requestTimeoutMs;
  const deadline = Date.now() + limitMs;
  const { job, field } = await jobFromRequest(body, ctx.options, limitMs);
  const remaining = deadline - Date.now();
  if (remaining <= 0) throw timedOut(limitMs);
  const timeout = AbortSignal.timeout(remaining);
  // A client that goes away (a reader who left the page) gives up its place in the queue; an
  // analysis already running finishes, unread. (Combined by hand: AbortSignal.any needs Node 20.3.)
  const wait = new AbortController();
  const onTimeout = (): void => wait.abort(timeout.reason);
  const onClientGone = (): void => wait.abort(CLIENT_GONE);
  timeout.addEventListener('abort', onTimeout, { once: true });
  if (client?.aborted === true) onClientGone();
  else client?.addEventListener('abort', onClientGone, { once: true });
  return ctx.limiter
    .run(() => ctx.runner.run(job, Math.max(1, deadline - Date.now())), wait.signal, jobSize(job))
    .catch((error: unknown) => {
      if (error === CLIENT_GONE) throw new ApiProblem(499, 'client-closed', 'Client closed the request', 'the client went away before its analysis began');
      // The runner was given what was left of the request's time; the reader is told the limit itself.
      if ((timeout.aborted && (error as Error)?.name === 'TimeoutError') || error instanceof AnalysisTimeoutError) throw timedOut(limitMs);
      throw jobProblem(error, field);
    })
    .finally(() => {
      timeout.removeEventListener('abort', onTimeout);
      client?.removeEventListener('abort', onClientGone);
    });
}

/** Why a queued request was dropped: its client went away (nobody reads a 499; the log does not count it as an error). */
const CLIENT_GONE = new Error('the client went away');
