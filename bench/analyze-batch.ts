/**
 * Child process of the analysis benchmark: one batch run (JSONL in, JSONL out, worker threads)
 * over the first N generated articles, started fresh as `slant analyze` is. Argument: JSON
 * `{ articles, jobs, analyze }`. Prints JSON: seconds and articles/s over the whole run, and the
 * rate once the first fifth of the articles is out (the workers started and their models loaded).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBatch } from '../src/batch/run-batch.js';
import type { AnalyzeOptions } from '../src/pipeline/analyze.js';
import { generatedArticles } from './analyze-corpus.js';

const { articles: n, jobs, analyze } = JSON.parse(process.argv[2] ?? '{}') as { articles: number; jobs: number; analyze: AnalyzeOptions };
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
const dir = mkdtempSync(path.join(tmpdir(), 'slant-bench-analyze-'));
try {
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, `${generatedArticles(n).map((a) => JSON.stringify(a)).join('\n')}\n`);
  let count = 0;
  const skip = Math.floor(n / 5);
  const t = performance.now();
  let started = t;
  const summary = await runBatch({
    inputs: [file], read: {}, jobs, failFast: true,
    settings: { analyze: { lang: 'auto', ...analyze }, filter: {}, format: 'jsonl', color: false },
    emit: (o) => {
      if ('result' in o && ++count === skip) started = performance.now();
    },
  });
  const end = performance.now();
  if (summary.failures > 0 || count !== n) throw new Error(`bench analyze: ${summary.failures} failures, ${count} articles`);
  const seconds = (end - t) / 1000;
  process.stdout.write(`${JSON.stringify({ jobs, seconds: round(seconds, 2), articlesPerSecond: round(n / seconds), afterStart: { articles: n - skip, articlesPerSecond: round((n - skip) / ((end - started) / 1000)) } })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
