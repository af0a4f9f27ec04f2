/**
 * Batch throughput of `slant analyze`'s runner: articles per second over 10,000 generated
 * articles of about 5 KB (made-up text from a fixed seed, no corpus text), rendered as JSONL, with
 * two worker threads against one job in-process. Results go to bench/results/batch.json; a change
 * of more than 5% against the previous file is flagged.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch } from '../src/batch/run-batch.js';
import { mulberry32 as prng } from '../src/models/prng.js';
import { measuredCode } from './measured-code.js';

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'batch.json');
const ARTICLES = 10_000;
const TARGET_BYTES = 5_000;
const WORDS = 'council road town people budget market school river bridge plan vote traffic shop family mayor report week year green city future history safety housing park bus station street project money water'.split(' ');
const CUES = ['Everyone knows', 'They will never', 'a total disaster', 'our children', 'Stop the madness', 'According to experts', 'shameful', 'as always'];


/** One generated article of about TARGET_BYTES: a title and paragraphs of sentences. */
function article(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentence = (): string => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 12) }, () => pick(WORDS));
    if (rand() < 0.3) words.splice(2, 0, pick(CUES));
    const s = words.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}${rand() < 0.15 ? '!' : '.'}`;
  };
  const parts = [sentence().slice(0, -1)];
  let size = parts[0]!.length;
  while (size < TARGET_BYTES) {
    const p = Array.from({ length: 2 + Math.floor(rand() * 4) }, sentence).join(' ');
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

/** Writes the corpus as JSONL; returns its size in bytes. */
function writeCorpus(file: string): number {
  const rand = prng(7);
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) lines.push(JSON.stringify({ id: `gen-${i}`, text: article(rand) }));
  const text = `${lines.join('\n')}\n`;
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/** Seconds for one batch run with `jobs`. */
async function time(file: string, jobs: number): Promise<{ seconds: number; articlesPerSecond: number }> {
  let count = 0;
  const t = performance.now();
  const summary = await runBatch({
    inputs: [file], read: {}, jobs, failFast: true,
    settings: { analyze: { lang: 'auto' }, filter: {}, format: 'jsonl', color: false },
    emit: (o) => { if ('result' in o) count += o.result.output.length > 0 ? 1 : 0; },
  });
  const seconds = (performance.now() - t) / 1000;
  if (summary.failures > 0 || count !== ARTICLES) throw new Error(`bench batch: ${summary.failures} failures, ${count} articles`);
  return { seconds: round(seconds), articlesPerSecond: round(ARTICLES / seconds) };
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Runs the benchmark, prints it and writes bench/results/batch.json. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-bench-batch-'));
  try {
    const file = path.join(dir, 'corpus.jsonl');
    const bytes = writeCorpus(file);
    const jobs1 = await time(file, 1);
    const jobs2 = await time(file, 2);
    const result = {
      date: new Date().toISOString(), node: process.version, cores: availableParallelism(), code: measuredCode(),
      articles: ARTICLES, meanBytes: Math.round(bytes / ARTICLES), format: 'jsonl', lang: 'auto',
      jobs1, jobs2, speedup: round(jobs2.articlesPerSecond / jobs1.articlesPerSecond),
      note: 'wall time, whole run: reading JSONL, segmentation, language detection, analysis, rendering; models as wired in src/pipeline/analyze.ts at the time',
    };
    console.log(`batch: ${ARTICLES} articles (${result.meanBytes} B mean), jsonl: --jobs 1 ${jobs1.articlesPerSecond} articles/s (${jobs1.seconds} s), --jobs 2 ${jobs2.articlesPerSecond} articles/s (${jobs2.seconds} s), speedup ${result.speedup}x on ${result.cores} cores`);
    if (existsSync(RESULTS)) {
      const before = JSON.parse(readFileSync(RESULTS, 'utf8')) as typeof result;
      for (const k of ['jobs1', 'jobs2'] as const) {
        const change = result[k].articlesPerSecond / before[k].articlesPerSecond - 1;
        if (Math.abs(change) > 0.05) console.log(`batch: ${k} changed by ${(change * 100).toFixed(1)}% against the previous run`);
      }
    }
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
