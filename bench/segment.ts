/**
 * Segmentation throughput: MB/s (UTF-8 bytes of raw text) and articles/s of `segment()` with the
 * language given, milliseconds per pass, language detection on its own, and, for the record, the
 * word tokenizer that was not chosen (`Intl.Segmenter`, word granularity). Results go to
 * bench/results/segment.json (SemEval corpus) or segment-generated.json (generated corpus); a
 * change of more than 5% against the previous file of the same corpus is flagged.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PASSES, segment } from '../src/segment/index.js';
import type { SegmentState } from '../src/segment/segment-state.js';
import { findParagraphs } from '../src/segment/split-paragraphs.js';
import { detectLanguage } from '../src/lang/detect.js';
import type { Article } from '../src/document/article.js';
import { loadCorpus } from './corpus.js';
import { measuredCode } from './measured-code.js';

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const ROUNDS = 3;

/** Wall and CPU time of one run, in ms. */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

/**
 * Best wall and CPU times of `fn` over `rounds` runs, after one warm-up run. CPU time (user +
 * system) is the headline: on a shared machine other processes stretch wall time, not CPU time.
 */
function best(fn: () => void, rounds = ROUNDS): Timing {
  fn();
  const out = { wallMs: Infinity, cpuMs: Infinity };
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    fn();
    const u = process.cpuUsage(c);
    out.cpuMs = Math.min(out.cpuMs, (u.user + u.system) / 1000);
    out.wallMs = Math.min(out.wallMs, performance.now() - t);
  }
  return out;
}

/** Milliseconds spent in each pass over the whole corpus (one run). */
function passTimes(articles: Article[]): Record<string, number> {
  const ms: Record<string, number> = Object.fromEntries(PASSES.map((p) => [p.name, 0]));
  for (const a of articles) {
    const state: SegmentState = { text: a.text, lang: a.lang ?? 'und', paragraphs: [], warnings: [] };
    for (const pass of PASSES) {
      const t = performance.now();
      pass(state);
      ms[pass.name]! += performance.now() - t;
    }
  }
  return Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v)]));
}

/** The rejected alternative: word tokens from Intl.Segmenter, paragraph by paragraph. */
function intlWordTokens(articles: Article[]): void {
  const seg = new Intl.Segmenter('und', { granularity: 'word' });
  for (const a of articles) {
    for (const p of findParagraphs(a.text)) {
      for (const s of seg.segment(a.text.slice(p.start, p.end))) if (s.isWordLike) s.segment.toLowerCase();
    }
  }
}

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

/** Prints the change of each figure against the previous results; over 5% is flagged. */
function compare(previous: Record<string, unknown>, current: Record<string, number>): void {
  for (const [key, value] of Object.entries(current)) {
    const before = previous[key];
    if (typeof before !== 'number' || before === 0) continue;
    const change = (value - before) / before;
    const flag = Math.abs(change) > 0.05 ? '  <-- more than 5%' : '';
    console.log(`  ${key}: ${before} -> ${value} (${change >= 0 ? '+' : ''}${round(change * 100)}%)${flag}`);
  }
}

/** Runs the segmentation benchmark, prints it and writes bench/results/segment.json. */
export async function run(): Promise<void> {
  const corpus = loadCorpus();
  const { articles } = corpus;
  const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
  const segmentMs = best(() => {
    for (const a of articles) segment(a);
  });
  const detectMs = best(() => {
    for (const a of articles) detectLanguage(a.text);
  }, 1);
  const intlMs = best(() => intlWordTokens(articles), 1);
  const headline = {
    mbPerSecond: round(mb / (segmentMs.cpuMs / 1000), 2),
    mbPerSecondWall: round(mb / (segmentMs.wallMs / 1000), 2),
    articlesPerSecond: round(articles.length / (segmentMs.cpuMs / 1000)),
    detectArticlesPerSecond: round(articles.length / (detectMs.cpuMs / 1000)),
  };
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    code: measuredCode(),
    corpus: corpus.source,
    articles: articles.length,
    megabytes: round(mb, 2),
    ...headline,
    segmentCpuMs: round(segmentMs.cpuMs),
    segmentWallMs: round(segmentMs.wallMs),
    passMs: passTimes(articles),
    alternatives: { intlSegmenterWordTokensMbPerSecond: round(mb / (intlMs.cpuMs / 1000), 2) },
  };
  console.log(`segment: ${result.articles} articles, ${result.megabytes} MB (${result.corpus})`);
  console.log(
    `  ${headline.mbPerSecond} MB/s, ${headline.articlesPerSecond} articles/s by CPU time ` +
      `(${headline.mbPerSecondWall} MB/s wall; best of ${ROUNDS}, language given)`,
  );
  console.log(`  per pass (ms, one run): ${JSON.stringify(result.passMs)}`);
  console.log(`  language detection: ${headline.detectArticlesPerSecond} articles/s`);
  console.log(`  Intl.Segmenter word tokens alone: ${result.alternatives.intlSegmenterWordTokensMbPerSecond} MB/s`);
  const file = path.join(RESULTS_DIR, corpus.kind === 'semeval' ? 'segment.json' : `segment-${corpus.kind}.json`);
  if (existsSync(file)) compare(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, headline);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`  written to ${path.relative(process.cwd(), file)}`);
}
