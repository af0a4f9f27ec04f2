/**
 * One analysis request from body to result: read the article, wait for a slot, analyse on the
 * runner, all within the request's time limit.
 */
import type { Article } from '../document/article.js';
import type { Analysis } from '../result.js';
import type { AnalyzeRequest } from './analyze-request.js';
import type { AppContext } from './app-context.js';
import { analyzeOptionsFrom, articleFromRequest } from './article-from-request.js';
import { ApiProblem } from './problem.js';

/** The article read for a request and its analysis. */
export interface AnalysisOutcome {
  article: Article;
  analysis: Analysis;
}

/** 504 for a request that ran out of time. */
function timedOut(ms: number): ApiProblem {
  return new ApiProblem(504, 'timeout', 'Analysis timed out', `the request took longer than ${ms} ms`);
}

/**
 * Reads and analyses the article of `body` with the same core as `slant analyze`.
 * @example
 * const { analysis } = await runAnalysis({ text: 'Title\n\nBody.' }, ctx);
 */
export async function runAnalysis(body: AnalyzeRequest, ctx: AppContext): Promise<AnalysisOutcome> {
  const limitMs = ctx.options.limits.requestTimeoutMs;
  const deadline = Date.now() + limitMs;
  const article = await articleFromRequest(body, ctx.options, limitMs);
  const remaining = deadline - Date.now();
  if (remaining <= 0) throw timedOut(limitMs);
  const signal = AbortSignal.timeout(remaining);
  const analysis = await ctx.limiter
    .run(() => ctx.runner.run(article, analyzeOptionsFrom(body), Math.max(1, deadline - Date.now())), signal)
    .catch((error: unknown) => {
      if (signal.aborted && (error as Error)?.name === 'TimeoutError') throw timedOut(limitMs);
      throw error;
    });
  return { article, analysis };
}
