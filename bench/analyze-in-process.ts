/** In-process throughput of `analyzeArticle`, shared by the analysis benchmark and its children. */
import type { Article } from '../src/document/article.js';
import { analyzeArticle, type AnalyzeOptions } from '../src/pipeline/analyze.js';
import { warmUpSet } from './analyze-corpus.js';

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

/** In-process throughput over `articles` (after a warm-up pass over the first few); `options`: as `analyze --no-evidence` passes them. */
export function inProcess(articles: Article[], options: AnalyzeOptions = {}): Record<'articles' | 'paragraphs' | 'seconds' | 'articlesPerSecond' | 'paragraphsPerSecond' | 'cpuSeconds' | 'articlesPerCpuSecond', number> {
  for (const a of warmUpSet(articles, 20)) analyzeArticle(a, options);
  let paragraphs = 0;
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (const a of articles) paragraphs += analyzeArticle(a, options).paragraphs.length;
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  // CPU time of this process: less disturbed than wall time when other work shares the cores.
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    articles: articles.length, paragraphs, seconds: round(seconds, 2), articlesPerSecond: round(articles.length / seconds), paragraphsPerSecond: round(paragraphs / seconds),
    cpuSeconds: round(cpuSeconds, 2), articlesPerCpuSecond: round(articles.length / cpuSeconds),
  };
}

