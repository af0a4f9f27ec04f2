/**
 * Corpus store figures (issue 9): ingest rate end to end (read JSONL, analyse with the pipeline,
 * store) with one job in-process and with two worker threads; the store's own write rate with
 * synthetic analyses; and stats queries over 100,000 stored articles (generated text and
 * findings from a fixed seed, no corpus text). Results go to bench/results/store.json; a change
 * of more than 5% against the previous file is flagged.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/ingest/index.js';
import { openStore } from '../src/store/open-store.js';
import { ingestArticles } from '../src/store/ingest-articles.js';
import type { Analyzer } from '../src/store/analyzer.js';
import { inProcessAnalyzer, workerAnalyzer } from '../src/store/pipeline-analyzers.js';
import { toArticleRow } from '../src/store/article-row.js';
import type { CorpusStore, SaveItem } from '../src/store/corpus-store.js';
import type { StatsQuery } from '../src/store/stats-query.js';
import type { Analysis } from '../src/result.js';
import { FRAMES, GENRES, TECHNIQUES, categoryOf } from '../src/labels.js';
import { mulberry32 as prng } from '../src/models/prng.js';
import { measuredCode } from './measured-code.js';

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'store.json');
const INGEST_ARTICLES = 5_000;
const STORED_ARTICLES = 100_000;
const WORDS = 'council road town people budget market school river bridge plan vote traffic shop family mayor report week year green city future safety housing park bus station street project money water'.split(' ');
const SOURCES = ['North Herald', 'South Courier', 'East Ledger', 'West Gazette', 'Daily Example', 'Morning Sample', 'Evening Test', 'Weekly Mock'];


/** Generated article `i`: a title and `paragraphs` paragraphs of made-up sentences. */
function text(rand: () => number, i: number, paragraphs: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentence = (): string => `${Array.from({ length: 6 + Math.floor(rand() * 10) }, () => pick(WORDS)).join(' ')}.`;
  const parts = [`Report ${i} on the ${pick(WORDS)}`];
  for (let p = 0; p < paragraphs; p++) parts.push(Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' '));
  return parts.join('\n\n');
}

/** Metadata of article `i`: one of eight sources, a day in 2023–2024. */
function meta(rand: () => number, i: number): { source: string; published_at: string } {
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
  return { source: SOURCES[i % SOURCES.length]!, published_at: day };
}

/** A synthetic analysis: paragraphs as in `body`, a few techniques, frames and a genre. */
function synthetic(rand: () => number, id: string, body: string): Analysis {
  const paragraphs: Analysis['article']['paragraphs'] = [];
  let start = 0;
  body.split('\n\n').forEach((p, k) => {
    paragraphs.push({ n: 2 * k + 1, start, end: start + p.length });
    start += p.length + 2;
  });
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  return {
    article: { id, lang: 'en', chars: body.length, paragraphs },
    paragraphs: paragraphs.map((p) => ({
      n: p.n,
      techniques: rand() < 0.4 ? [...new Set([pick(TECHNIQUES), pick(TECHNIQUES)])].map((label) => ({ label, category: categoryOf(label), score: 0.7, evidence: [] })) : [],
    })),
    frames: [...new Set([pick(FRAMES), pick(FRAMES)])].map((label) => ({ label, score: 0.6, evidence: [], paragraphs: [] })),
    genre: { label: pick(GENRES), scores: { opinion: 0.3, reporting: 0.6, satire: 0.1 }, evidence: [], paragraphs: [] },
    warnings: [],
    model: { id: 'bench', version: '1' },
  };
}

const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;

/** Articles/s of ingesting the JSONL corpus into a fresh file with `analyzer`. */
async function ingestRate(dir: string, corpus: string, name: string, analyzer: Analyzer): Promise<number> {
  const store = await openStore(path.join(dir, `${name}.sqlite`), { create: true });
  try {
    const summary = await ingestArticles(readInputs([corpus]), { store, analyzer, window: 16 });
    if (summary.analysed !== INGEST_ARTICLES) throw new Error(`bench: ${name} analysed ${summary.analysed}`);
    return round((summary.read / summary.ms) * 1000);
  } finally {
    await analyzer.close();
    await store.close();
  }
}

/** Stores STORED_ARTICLES synthetic articles in batches of 500; returns articles/s. */
export async function fillStore(store: CorpusStore): Promise<number> {
  const rand = prng(7);
  const began = performance.now();
  for (let i = 0; i < STORED_ARTICLES; i += 500) {
    const items: SaveItem[] = [];
    for (let j = i; j < i + 500; j++) {
      const body = text(rand, j, 3 + Math.floor(rand() * 4));
      const m = meta(rand, j);
      const row = toArticleRow({ id: `s${j}`, text: body, source: { outlet: m.source, publishedAt: m.published_at } });
      items.push({ article: row, analysis: synthetic(rand, `s${j}`, body) });
    }
    await store.save(items);
  }
  return round((STORED_ARTICLES / (performance.now() - began)) * 1000);
}

/** Best of three runs of a stats query, in ms. */
async function queryMs(store: CorpusStore, query: StatsQuery): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    await store.stats(query);
    best = Math.min(best, performance.now() - t);
  }
  return round(best);
}

/** Prints the change of each figure against the previous results; over 5% is flagged. */
function compare(previous: Record<string, unknown>, current: Record<string, number>): void {
  for (const [key, value] of Object.entries(current)) {
    const before = previous[key];
    if (typeof before !== 'number' || before === 0) continue;
    const change = (value - before) / before;
    console.log(`  ${key}: ${before} -> ${value} (${change >= 0 ? '+' : ''}${round(change * 100)}%)${Math.abs(change) > 0.05 ? '  <-- more than 5%' : ''}`);
  }
}

/** Runs the benchmark, prints it and writes bench/results/store.json. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-bench-store-'));
  try {
    const rand = prng(1);
    const corpus = path.join(dir, 'corpus.jsonl');
    const lines = Array.from({ length: INGEST_ARTICLES }, (_, i) => JSON.stringify({ id: `g${i}`, text: text(rand, i, 4), lang: 'en', ...meta(rand, i) }));
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const figures: Record<string, number> = {};
    figures['ingest_jobs1_articles_per_s'] = await ingestRate(dir, corpus, 'jobs1', inProcessAnalyzer());
    figures['ingest_jobs2_articles_per_s'] = await ingestRate(dir, corpus, 'jobs2', await workerAnalyzer(2));
    const file = path.join(dir, 'big.sqlite');
    const store = await openStore(file, { create: true });
    try {
      figures['store_write_articles_per_s'] = await fillStore(store);
      figures['stats_all_ms'] = await queryMs(store, { by: 'all' });
      figures['stats_by_source_ms'] = await queryMs(store, { by: 'source' });
      figures['stats_by_month_ms'] = await queryMs(store, { by: 'period', period: 'month' });
      figures['stats_by_week_one_source_2024_ms'] = await queryMs(store, { by: 'period', period: 'week', source: 'East Ledger', from: '2024-01-01', to: '2024-12-31' });
      figures['stats_search_by_source_ms'] = await queryMs(store, { by: 'source', search: 'bridge mayor' });
      figures['articles_page_ms'] = round(await (async () => { const t = performance.now(); await store.articles({ limit: 50, offset: 0, search: 'bridge' }); return performance.now() - t; })());
      const counts = await store.counts();
      figures['stored_findings'] = counts.findings;
    } finally {
      await store.close();
    }
    figures['db_mb_100k'] = round(statSync(file).size / 1e6 + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size / 1e6 : 0));
    console.log(`store: ingest ${INGEST_ARTICLES} generated articles (~${round(readFileSync(corpus).length / INGEST_ARTICLES / 1000, 2)} KB), stats over ${STORED_ARTICLES} stored`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k}: ${v}`);
    if (existsSync(RESULTS)) compare(JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>, figures);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, code: measuredCode(), ...figures }, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
