/**
 * Analysis throughput (issue 4, item 6): articles/s and paragraphs/s of `analyzeArticle` on one
 * core in-process (also without evidence, as `--no-evidence` runs) and on worker threads through
 * src/batch/, over generated ≈5 KB English-like articles (and a SemEval sample in six languages
 * when ../shared/data is present); the same for the fast models (`analyze --fast`, with a larger
 * corpus for the worker runs); cold model load times, the CLI's time for one article, model sizes
 * on disk, peak RSS and ms per stage. Writes bench/results/analyze.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/document/article.js';
import type { AnalyzeOptions } from '../src/pipeline/analyze.js';
import { generatedArticles, SEMEVAL, semevalSample } from './analyze-corpus.js';
import { stageTimes } from './analyze-stages.js';
import { inProcess } from './analyze-in-process.js';
import type { FastInProcess } from './analyze-fast.js';
import { measuredCode } from './measured-code.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(here, 'results', 'analyze.json');
const GENERATED = Number(process.env['SLANT_BENCH_ARTICLES'] ?? 1000);
/**
 * Articles of the fast batch runs, as many as bench/batch.ts runs through the full analysis: at a
 * thousand a second, a thousand would time mostly the workers' start-up (about a second).
 */
const FAST_BATCH_ARTICLES = Number(process.env['SLANT_BENCH_FAST_ARTICLES'] ?? 10 * GENERATED);
const SEMEVAL_PER_LANG = 20;
const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
const FAST: AnalyzeOptions = { fast: true };
const FAST_NO_EVIDENCE: AnalyzeOptions = { fast: true, evidence: false };

/** The example article the README analyses. */
const EXAMPLE = path.join(here, '..', 'examples', 'town-bypass-op-ed.txt');

/**
 * Wall milliseconds of `slant analyze` on the example article as a user runs it (a fresh process
 * on the compiled code: start-up, imports, model loads and the one analysis), median of five.
 */
function cliOneArticle(fast: boolean): number {
  const args = [path.join(here, '..', 'bin', 'slant.js'), 'analyze', EXAMPLE, ...(fast ? ['--fast'] : [])];
  const times = Array.from({ length: 5 }, () => {
    const t = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return Math.round(times[2] as number);
}

/**
 * The fast analysis in one core, measured in a fresh process (bench/analyze-fast.ts): in this one,
 * whose heap holds every full model by now, it ran up to half as fast on the SemEval sample.
 */
function fastInProcess(articles: number, perLang: number): FastInProcess {
  return JSON.parse(execFileSync(process.execPath, [...process.execArgv, path.join(here, 'analyze-fast.ts'), JSON.stringify({ articles, perLang })], { encoding: 'utf8' })) as FastInProcess;
}

/** What one batch run measured (bench/analyze-batch.ts). */
type BatchFigures = { jobs: number; seconds: number; articlesPerSecond: number; afterStart: { articles: number; articlesPerSecond: number } };

/**
 * Throughput with `jobs` worker threads through the batch runner (JSONL in and out) over the
 * first `articles` generated articles; `analyze`: the run's analysis options. It runs in a fresh
 * process, as `slant analyze` does: in this one, whose heap holds every model by now, the main
 * thread's collections held up the workers (the fast models ran a quarter slower).
 */
function batch(articles: number, jobs: number, analyze: AnalyzeOptions = {}): BatchFigures {
  const out = execFileSync(process.execPath, [...process.execArgv, path.join(here, 'analyze-batch.ts'), JSON.stringify({ articles, jobs, analyze })], { encoding: 'utf8' });
  return JSON.parse(out) as BatchFigures;
}

/** Sizes of the shipped model files and lexicons, in KB, by `folder/file`. */
function modelSizes(): Record<string, number> {
  const root = path.resolve(here, '..', 'models');
  const out: Record<string, number> = {};
  for (const task of readdirSync(root).sort()) {
    // Model files, and the lexicons some of them read.
    for (const f of readdirSync(path.join(root, task)).filter((x) => x.endsWith('.slm') || (task === 'lexicon' && /\.(txt|bin)$/.test(x))).sort()) {
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
  const cli = { fullMs: cliOneArticle(false), fastMs: cliOneArticle(true) };
  const oneCore = inProcess(generated);
  const oneCoreNoEvidence = inProcess(generated, { evidence: false });
  const stages = stageTimes(generated.slice(0, 300));
  const semevalOneCore = semeval.length > 0 ? inProcess(semeval) : null;
  const semevalStages = semeval.length > 0 ? stageTimes(semeval) : null;
  const workers1 = batch(generated.length, 1);
  const workers2 = batch(generated.length, 2);
  // The fast models (`analyze --fast`), with and without evidence, in a fresh process.
  const { fast, fastNoEvidence, fastStages, semevalFast } = fastInProcess(generated.length, SEMEVAL_PER_LANG);
  const fastBatch = [batch(FAST_BATCH_ARTICLES, 1, FAST_NO_EVIDENCE), batch(FAST_BATCH_ARTICLES, 2, FAST_NO_EVIDENCE), batch(FAST_BATCH_ARTICLES, 2, FAST)];
  const result = {
    date: new Date().toISOString(), node: process.version, cores: availableParallelism(), code: measuredCode(),
    loadAverage: { before: loadBefore, after: loadavg().map((x) => round(x, 2)) },
    generated: { articles: generated.length, meanBytes, oneCore, oneCoreNoEvidence, stagesMsPerArticle: stages.wall, stagesCpuMsPerArticle: stages.cpu, batch: [workers1, workers2] },
    fast: {
      options: '--fast (models/fast/); batch: --no-evidence with 1 and 2 workers, then with evidence and 2 workers',
      batchArticles: FAST_BATCH_ARTICLES,
      oneCore: fast, oneCoreNoEvidence: fastNoEvidence, stagesCpuMsPerArticleNoEvidence: fastStages.cpu,
      batch: [{ ...fastBatch[0], evidence: false }, { ...fastBatch[1], evidence: false }, { ...fastBatch[2], evidence: true }],
      semevalNoEvidence: semevalFast ?? 'absent: ../shared/data',
    },
    semeval: semevalOneCore && semevalStages ? { articles: semeval.length, perLang: SEMEVAL_PER_LANG, oneCore: semevalOneCore, stagesMsPerArticle: semevalStages.wall, stagesCpuMsPerArticle: semevalStages.cpu } : 'absent: ../shared/data',
    coldLoadMs: cold.loadMs, coldLoadRssMB: cold.rssMB,
    cliOneArticle: { article: path.basename(EXAMPLE), ...cli },
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    modelSizesKB: modelSizes(),
  };
  console.log(`analyze (${result.code}): generated ${generated.length} articles (${meanBytes} B mean), load ${loadBefore.join(' ')}`);
  console.log(`  one core in-process: ${oneCore.articlesPerSecond} articles/s, ${oneCore.paragraphsPerSecond} paragraphs/s (wall); ${oneCore.articlesPerCpuSecond} articles per CPU second`);
  console.log(`  one core, --no-evidence: ${oneCoreNoEvidence.articlesPerSecond} articles/s (wall); ${oneCoreNoEvidence.articlesPerCpuSecond} articles per CPU second`);
  console.log(`  batch --jobs 1: ${workers1.articlesPerSecond} articles/s; --jobs 2 (worker threads): ${workers2.articlesPerSecond} articles/s (${workers2.afterStart.articlesPerSecond} after the first fifth)`);
  console.log(`  ms per article by stage (wall): ${Object.entries(stages.wall).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  CPU ms per article by stage: ${Object.entries(stages.cpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (semevalOneCore && semevalStages) {
    console.log(`  semeval sample (${semeval.length}): ${semevalOneCore.articlesPerSecond} articles/s (${semevalOneCore.articlesPerCpuSecond} per CPU second), ${semevalOneCore.paragraphsPerSecond} paragraphs/s; stages (CPU ms) ${Object.entries(semevalStages.cpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  } else {
    // Said aloud: without the sample the peak RSS below is about 70 MB lower, which once read as a regression.
    console.log(`  semeval sample: absent (no ${SEMEVAL}); the peak RSS below does not count its longer articles`);
  }
  console.log(`  --fast: one core ${fast.articlesPerSecond} articles/s (${fast.articlesPerCpuSecond} per CPU second); --no-evidence ${fastNoEvidence.articlesPerSecond} (${fastNoEvidence.articlesPerCpuSecond} per CPU second); CPU ms by stage ${Object.entries(fastStages.cpu).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const rate = (b: BatchFigures | undefined): string => `${b?.articlesPerSecond} articles/s (${b?.afterStart.articlesPerSecond} after the first fifth)`;
  console.log(`  --fast --no-evidence batch of ${FAST_BATCH_ARTICLES}: --jobs 1 ${rate(fastBatch[0])}, --jobs 2 ${rate(fastBatch[1])}; with evidence, --jobs 2 ${rate(fastBatch[2])}${semevalFast ? `; semeval sample ${semevalFast.articlesPerCpuSecond} per CPU second` : ''}`);
  console.log(`  slant analyze ${path.basename(EXAMPLE)} (fresh process, median of 5): ${cli.fullMs} ms; --fast ${cli.fastMs} ms`);
  console.log(`  peak RSS ${result.peakRssMB} MB; cold loads (ms): ${Object.entries(cold.loadMs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
}
