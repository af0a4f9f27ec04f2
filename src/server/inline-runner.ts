/**
 * Runs analyses on the main thread, one after another, yielding to the event loop before each
 * (`--workers 0`). Simpler than the pool and enough for tests and tiny machines; a long analysis
 * still blocks the loop while it runs, and a timeout can only be noticed after it ends.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Article } from '../document/article.js';
import { analyzeArticle, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { Analysis } from '../result.js';
import { AnalysisTimeoutError, type AnalysisRunner } from './worker-pool.js';

/** The main-thread runner. */
export class InlineRunner implements AnalysisRunner {
  private chain: Promise<unknown> = Promise.resolve();

  /** Analyses `article` after the ones before it. */
  run(article: Article, options: AnalyzeOptions, timeoutMs: number): Promise<Analysis> {
    const queued = Date.now();
    const next = this.chain.then(async () => {
      await yieldToLoop();
      const analysis = analyzeArticle(article, options);
      const took = Date.now() - queued;
      if (took > timeoutMs) throw new AnalysisTimeoutError(`analysis took longer than ${timeoutMs} ms`);
      return analysis;
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Nothing to stop. */
  async close(): Promise<void> {}
}
