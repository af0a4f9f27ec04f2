/**
 * `slant ingest <inputs...>`: analyses articles into the corpus store (issue 9), skipping those
 * already stored with the same text and model, on worker threads, with a progress bar on a
 * terminal. Safe to kill and run again: each small batch is committed in one transaction.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { readInputs, type InputResult, type ReadOptions } from '../ingest/index.js';
import { expandInputs, type ExpandedInput } from '../batch/expand-inputs.js';
import { looksLikeUrl } from '../ingest/read-url.js';
import { countArticles } from '../batch/count-inputs.js';
import { parseJobs, parseLang } from '../batch/parse-flags.js';
import { ProgressBar } from '../batch/progress-bar.js';
import { defaultDbPath } from '../store/default-db-path.js';
import { openStore } from '../store/open-store.js';
import type { Analyzer } from '../store/analyzer.js';
import { ingestArticles, type IngestSummary } from '../store/ingest-articles.js';
import type { CorpusStore } from '../store/corpus-store.js';
import { gentleInterrupt } from './gentle-interrupt.js';
import { FOLDER_EXTENSIONS } from '../ingest/read-folder.js';

/** Options of `slant ingest`. */
interface IngestFlags {
  db?: string;
  jobs?: number;
  lang: string;
  allowPrivate?: boolean;
  fast?: boolean;
}

/** Articles skipped as the same article under another id that are named one by one. */
const SHOWN_DUPLICATES = 5;

/** The `--db` option, shared by the corpus commands. */
export const DB_OPTION = ['--db <file>', `corpus file (default: $SLANT_DB or ${defaultDbPath()})`] as const;

/** The analyzer for `jobs` (in this thread for one job). */
export async function makeAnalyzer(jobs: number, lang: string, fast = false): Promise<Analyzer> {
  const options = { ...(lang === 'auto' ? {} : { lang }), ...(fast ? { fast: true } : {}) };
  // Imported on use: the in-process analyzer loads the models and the language detector.
  const { inProcessAnalyzer, workerAnalyzer } = await import('../store/pipeline-analyzers.js');
  return jobs > 1 ? workerAnalyzer(jobs, options) : inProcessAnalyzer(options);
}

/**
 * Every input read in turn, after its glob patterns were expanded. A `lang` other than auto
 * (`--lang`) becomes each article's own language, so the store keeps it and `reanalyze` reads the
 * article in it again instead of detecting one.
 */
async function* readAll(inputs: readonly ExpandedInput[], read: ReadOptions, lang = 'auto'): AsyncGenerator<InputResult> {
  for (const item of inputs) {
    if ('error' in item) yield item;
    else {
      for await (const result of readInputs([item.input], read)) {
        if (lang !== 'auto' && 'article' in result) result.article.lang = lang;
        yield result;
      }
    }
  }
}

/** Whether an expanded input may yield an article: stdin, a URL, a file that exists, or a folder holding one it reads. */
function mayRead(item: ExpandedInput): boolean {
  if ('error' in item) return false;
  if (item.input === '-' || looksLikeUrl(item.input)) return true;
  try {
    if (!statSync(item.input).isDirectory()) return true;
    return readdirSync(item.input).some((name) => FOLDER_EXTENSIONS.includes(extname(name).toLowerCase()));
  } catch {
    return false;
  }
}

/**
 * Runs an ingest over `source` with a progress bar, prints the summary line, and closes the
 * analyzer and the store.
 */
export async function runIngest(ctx: CliContext, store: CorpusStore, analyzer: Analyzer, source: AsyncIterable<InputResult>, total?: number): Promise<IngestSummary> {
  const progress = new ProgressBar(ctx.io.stderr, ctx.io.interactive, total);
  // Ctrl-C stops reading; what is in flight is finished and committed, and the summary says how
  // to resume. A second Ctrl-C ends the process at once (the store loses nothing committed).
  const ctrlC = gentleInterrupt((again) => {
    progress.clear();
    ctx.err(`slant: stopping after the articles in flight (${again})`);
  });
  let duplicates = 0;
  let versions = 0;
  let kept = 0;
  try {
    const summary = await ingestArticles(source, {
      store,
      analyzer,
      signal: ctrlC.signal,
      window: 8,
      onRead: () => progress.onRead(),
      onDone: (outcome) => progress.onDone(outcome !== 'failed'),
      onFailure: (input, error) => {
        progress.clear();
        ctx.fail(error, input);
      },
      onDuplicate: (input, id, first) => {
        if (++duplicates > SHOWN_DUPLICATES) return;
        progress.clear();
        ctx.err(`slant: ${input}: ${id} is the same article as ${first} (same text, source and URL): stored once${duplicates === SHOWN_DUPLICATES ? ' (further ones are only counted)' : ''}`);
      },
      onMetadataKept: (input, id, fields) => {
        if (++kept > SHOWN_DUPLICATES) return;
        progress.clear();
        ctx.err(`slant: ${input}: ${JSON.stringify(id)} is already stored with another ${fields.join(' and ')}: a stored article is skipped whole, so the stored ${fields.length > 1 ? 'ones are' : 'one is'} kept${kept === SHOWN_DUPLICATES ? ' (further ones are only counted)' : ''}`);
      },
      onNewVersion: (input, id, source) => {
        if (++versions > SHOWN_DUPLICATES) return;
        progress.clear();
        const from = source === undefined ? '' : ` from ${JSON.stringify(source)}`;
        ctx.err(`slant: ${input}: ${JSON.stringify(id)} is already stored${from} with other text or URL: stored beside it as another version (stats count both)${versions === SHOWN_DUPLICATES ? ' (further ones are only counted)' : ''}`);
      },
    });
    progress.clear();
    const rate = summary.ms > 0 ? (summary.read / summary.ms) * 1000 : 0;
    ctx.err(
      `slant: ${summary.read} read, ${summary.analysed} analysed, ${summary.reused} stored with a stored analysis, ` +
        `${summary.skipped} already stored${duplicates > 0 ? ` (${duplicates} under another id)` : ''}${kept > 0 ? ` (${kept} with another title or date, not taken)` : ''}, ${versions > 0 ? `${versions} stored as another version of an id already stored, ` : ''}${summary.failed} failed, in ${(summary.ms / 1000).toFixed(1)} s ` +
        `(${rate.toFixed(0)} articles/s; model ${analyzer.id}; ${store.location})`,
    );
    if (summary.stopped === true) {
      ctx.err('slant: interrupted; every article counted above is stored: run the same command again to go on');
      ctx.interrupted = true;
    }
    return summary;
  } finally {
    ctrlC.dispose();
    progress.clear();
    await analyzer.close();
    await store.close();
  }
}

/** Adds `slant ingest` to the program. */
export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('analyse articles into the corpus store, skipping those already stored with the same text and model')
    .argument('<inputs...>', 'text or HTML files, folders, .jsonl corpora (with source, url, published_at), URLs, or - for stdin')
    .option(...DB_OPTION)
    .option('-j, --jobs <n>', `worker threads (default: number of cores, ${availableParallelism()} here)`, parseJobs)
    .option('--lang <code>', 'language of the articles, or auto to detect', parseLang, 'auto')
    .option('--allow-private', 'allow URLs on private and loopback addresses')
    .option('--fast', 'analyse with the fast models (as analyze --fast: no spans, less accurate); a later ingest without it, or reanalyze (always full), replaces those analyses')
    .addHelpText('after', '\nExamples:\n  slant ingest --db corpus.sqlite news.jsonl\n  slant ingest --jobs 4 articles/ https://example.org/story\n  slant ingest --fast big-corpus.jsonl\n')
    .action(async (inputs: string[], flags: IngestFlags) => {
      const read: ReadOptions = flags.allowPrivate ? { allowPrivate: true, stdin: ctx.io.stdin } : { stdin: ctx.io.stdin };
      const expanded = await expandInputs(inputs);
      const db = flags.db ?? defaultDbPath();
      if (!expanded.some(mayRead)) {
        // Every input is missing: say so for each, and leave no empty corpus file behind.
        for await (const item of readAll(expanded, read)) if ('error' in item) ctx.fail(item.error, item.input);
        ctx.err(`slant: nothing to ingest; ${db} ${existsSync(db) ? 'is left as it was' : 'was not created'}`);
        return;
      }
      const store = await openStore(db, { create: true });
      const single = inputs.length === 1 && inputs[0] === '-';
      const analyzer = await makeAnalyzer(single ? 1 : (flags.jobs ?? availableParallelism()), flags.lang, flags.fast === true).catch(async (error: unknown) => {
        await store.close();
        throw error;
      });
      const total = ctx.io.interactive ? await countArticles(inputs) : undefined;
      await runIngest(ctx, store, analyzer, readAll(expanded, read, flags.lang), total);
    });
}
