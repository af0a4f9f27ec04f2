/**
 * Runs analyses on the main thread, one after another, yielding to the event loop before each
 * (`--workers 0`). Simpler than the pool and enough for tests and tiny machines; a long analysis
 * still blocks the loop while it runs, and a timeout can only be noticed after it ends.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { runJob, type AnalysisJob, type JobResult } from './analysis-job.js';
import { AnalysisTimeoutError, type AnalysisRunner } from './worker-pool.js';

/** The main-thread runner. */
export class InlineRunner implements AnalysisRunner {
  private chain: Promise<unknown> = Promise.resolve();

  /** Runs `job` after the ones before it. */
  run(job: AnalysisJob, timeoutMs: number): Promise<JobResult> {
    const queued = Date.now();
    const next = this.chain.then(async () => {
      await yieldToLoop();
      const result = runJob(job);
      if (Date.now() - queued > timeoutMs) throw new AnalysisTimeoutError(`analysis took longer than ${timeoutMs} ms`);
      return result;
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Nothing to stop. */
  async close(): Promise<void> {}
}
