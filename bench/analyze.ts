/**
 * Analysis throughput (issue 4, item 6): articles/s and paragraphs/s of `analyzeArticle` on one
 * core in-process (also without evidence, as `--no-evidence` runs) and on worker threads through
 * src/batch/, over generated ≈5 KB English-like articles (and a SemEval sample in six languages
 * when ../shared/data is present); cold model load times, model sizes on disk, peak RSS and ms per
 * stage. Writes bench/results/analyze.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/document/article.js';
import { runBatch } from '../src/batch/run-batch.js';
import { analyzeArticle, type AnalyzeOptions } from '../src/pipeline/analyze.js';
import { generatedArticles, semevalSample, warmUpSet } from './analyze-corpus.js';
import { stageTimes } from './analyze-stages.js';
import { measuredCode } from './measured-code.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, 'results', 'analyze.json');
const GENERATED = Number(process.env['SLANT_BENCH_ARTICLES'] ?? 1000);
const SEMEVAL_PER_LANG = 20;
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

/** In-process throughput over `articles` (after a warm-up pass over the first few); `options`: as `analyze --no-evidence` passes them. */
function inProcess(articles: Article[], options: AnalyzeOptions = {}): Record<'articles' | 'paragraphs' | 'seconds' | 'articlesPerSecond' | 'paragraphsPerSecond' | 'cpuSeconds' | 'articlesPerCpuSecond', number> {
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

/** Throughput with `jobs` worker threads through the batch runner (JSONL in and out). */
async function batch(articles: Article[], jobs: number): Promise<{ jobs: number; seconds: number; articlesPerSecond: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-bench-analyze-'));
  try {
    const file = path.join(dir, 'corpus.jsonl');
    writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
    let count = 0;
    const t = performance.now();
    const summary = await runBatch({
      inputs: [file], read: {}, jobs, failFast: true,
      settings: { analyze: { lang: 'auto' }, filter: {}, format: 'jsonl', color: false },
      emit: (o) => { if ('result' in o) count++; },
    });
    const seconds = (performance.now() - t) / 1000;
    if (summary.failures > 0 || count !== articles.length) throw new Error(`bench analyze: ${summary.failures} failures, ${count} articles`);
    return { jobs, seconds: round(seconds, 2), articlesPerSecond: round(articles.length / seconds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes of the shipped model files, in KB, by `task/file`. */
function modelSizes(): Record<string, number> {
  const root = path.resolve(here, '..', 'models');
  const out: Record<string, number> = {};
  for (const task of readdirSync(root).sort()) {
    for (const f of readdirSync(path.join(root, task)).filter((x) => x.endsWith('.slm')).sort()) {
      out[`${task}/${f}`] = Math.round(statSync(path.join(root, task, f)).size / 1024);
    }
  }
  return out;
}

/** Cold load times, measured in a fresh process (started as this one was: on the compiled code under `npm run bench`). */
function coldLoads(): { loadMs: Record<string, number>; rssMB: number } {
  const out = execFileSync(process.execPath, [...process.execArgv, path.join(here, 'analyze-load.ts')], { encoding: 'utf8' });
  return JSON.parse(out) as { loadMs: Record<string, number>; rssMB: number };
}

/** Runs the benchmark, prints it and writes bench/results/analyze.json. */
export async function run(): Promise<void> {
  const loadBefore = loadavg().map((x) => round(x, 2));
  const generated = generatedArticles(GENERATED);
  const meanBytes = Math.round(generated.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / generated.length);
  const semeval = semevalSample(SEMEVAL_PER_LANG);
  const cold = coldLoads();
  const oneCore = inProcess(generated);
  const oneCoreNoEvidence = inProcess(generated, { evidence: false });
  const stages = stageTimes(generated.slice(0, 300));
  const semevalOneCore = semeval.length > 0 ? inProcess(semeval) : null;
  const semevalStages = semeval.length > 0 ? stageTimes(semeval) : null;
  const workers1 = await batch(generated, 1);
  const workers2 = await batch(generated, 2);
  const result = {
    date: new Date().toISOString(), node: process.version, cores: availableParallelism(), code: measuredCode(),
    loadAverage: { before: loadBefore, after: loadavg().map((x) => round(x, 2)) },
    generated: { articles: generated.length, meanBytes, oneCore, oneCoreNoEvidence, stagesMsPerArticle: stages.wall, stagesCpuMsPerArticle: stages.cpu, batch: [workers1, workers2] },
    semeval: semevalOneCore && semevalStages ? { articles: semeval.length, perLang: SEMEVAL_PER_LANG, oneCore: semevalOneCore, stagesMsPerArticle: semevalStages.wall, stagesCpuMsPerArticle: semevalStages.cpu } : 'absent: ../shared/data',
    coldLoadMs: cold.loadMs, coldLoadRssMB: cold.rssMB,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    modelSizesKB: modelSizes(),
  };
  console.log(`analyze (${result.code}): generated ${generated.length} articles (${meanBytes} B mean), load ${loadBefore.join(' ')}`);
  console.log(`  one core in-process: ${oneCore.articlesPerSecond} articles/s, ${oneCore.paragraphsPerSecond} paragraphs/s (wall); ${oneCore.articlesPerCpuSecond} articles per CPU second`);
  console.log(`  one core, --no-evidence: ${oneCoreNoEvidence.articlesPerSecond} articles/s (wall); ${oneCoreNoEvidence.articlesPerCpuSecond} articles per CPU second`);
  console.log(`  batch --jobs 1: ${workers1.articlesPerSecond} articles/s; --jobs 2 (worker threads): ${workers2.articlesPerSecond} articles/s`);
  console.log(`  ms per article by stage (wall): ${Object.entries(stages.wall).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  CPU ms per article by stage: ${Object.entries(stages.cpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (semevalOneCore && semevalStages) {
    console.log(`  semeval sample (${semeval.length}): ${semevalOneCore.articlesPerSecond} articles/s (${semevalOneCore.articlesPerCpuSecond} per CPU second), ${semevalOneCore.paragraphsPerSecond} paragraphs/s; stages (CPU ms) ${Object.entries(semevalStages.cpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  console.log(`  peak RSS ${result.peakRssMB} MB; cold loads (ms): ${Object.entries(cold.loadMs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
}
