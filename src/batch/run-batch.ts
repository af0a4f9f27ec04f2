/**
 * The batch runner: reads the inputs on the main thread, analyses the articles on worker threads
 * (or in-process with one job), and hands each result or failure to `emit` in input order. A bad
 * input is passed on as a failure and the run goes on, unless `failFast` stops it at the first.
 */
import type { Article } from '../document/article.js';
import { readInputs, type ReadOptions } from '../ingest/index.js';
import { expandInputs } from './expand-inputs.js';
import type { JobSettings, ProcessedArticle } from './process-article.js';
import { WorkerPool } from './worker-pool.js';

/** One input's outcome, in input order. */
export type BatchOutcome = { input: string; result: ProcessedArticle } | { input: string; error: unknown };

/** A batch run. */
export interface BatchRun {
  inputs: readonly string[];
  read: ReadOptions;
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
  settings: JobSettings;
  failFast: boolean;
  /** Receives each outcome in input order. */
  emit(outcome: BatchOutcome): void | Promise<void>;
  /** Called as each article is read and as each finishes (in completion order), for progress. */
  onRead?(): void;
  onDone?(ok: boolean): void;
  /** Once aborted (Ctrl-C), no more input is read; the articles in flight are finished and emitted. */
  signal?: AbortSignal;
}

/** What a run did. */
export interface BatchSummary {
  articles: number;
  paragraphs: number;
  failures: number;
  ms: number;
  /** True when `failFast` stopped the run early. */
  stopped: boolean;
  /** True when `signal` stopped the reading early (what was read is all emitted). */
  interrupted?: boolean;
}

interface Pending {
  input: string;
  done: boolean;
  outcome: Promise<BatchOutcome>;
}

/** Starts the work on one article; the promise never rejects. */
function start(input: string, article: Article, execute: (a: Article) => Promise<ProcessedArticle>, run: BatchRun): Pending {
  const pending: Pending = { input, done: false, outcome: Promise.resolve({ input, error: undefined }) };
  pending.outcome = execute(article).then(
    (result) => ({ input, result }),
    (error: unknown) => ({ input, error }),
  ).then((outcome) => {
    pending.done = true;
    run.onDone?.('result' in outcome);
    return outcome;
  });
  return pending;
}

/**
 * Runs a batch and returns its summary.
 * @example
 * await runBatch({ inputs: ['corpus.jsonl'], read: {}, jobs: 2, settings, failFast: false, emit: (o) => console.log(o) });
 */
export async function runBatch(run: BatchRun): Promise<BatchSummary> {
  const began = performance.now();
  const summary: BatchSummary = { articles: 0, paragraphs: 0, failures: 0, ms: 0, stopped: false };
  const pool = run.jobs > 1 ? new WorkerPool(run.jobs, run.settings) : undefined;
  // In-process analysis loads the pipeline (models, language detector) only when it is used.
  const inProcess = pool === undefined ? (await import('./process-article.js')).processArticle : undefined;
  const execute = pool !== undefined ? (a: Article) => pool.run(a) : async (a: Article) => inProcess!(a, run.settings);
  const window = Math.max(16, run.jobs * 8);
  const queue: Pending[] = [];
  const flush = async (all: boolean): Promise<void> => {
    while (!summary.stopped && queue.length > 0 && (all || queue.length >= window || queue[0]!.done)) {
      const outcome = await queue.shift()!.outcome;
      if ('result' in outcome) {
        summary.articles++;
        summary.paragraphs += outcome.result.entry.paragraphs;
      } else summary.failures++;
      await run.emit(outcome);
      if (!('result' in outcome) && run.failFast) summary.stopped = true;
    }
  };
  try {
    outer: for (const item of await expandInputs(run.inputs)) {
      const results = 'error' in item ? [item] : readInputs([item.input], run.read);
      for await (const r of results) {
        if ('error' in r) queue.push({ input: r.input, done: true, outcome: Promise.resolve({ input: r.input, error: r.error }) });
        else {
          run.onRead?.();
          queue.push(start(r.input, r.article, execute, run));
        }
        await flush(false);
        if (summary.stopped) break outer;
        if (run.signal?.aborted === true) {
          summary.interrupted = true;
          break outer;
        }
      }
    }
    await flush(true);
  } finally {
    await pool?.close();
  }
  summary.ms = performance.now() - began;
  return summary;
}
