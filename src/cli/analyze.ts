/**
 * `slant analyze`: analyses articles (files, folders, globs, JSONL corpora, URLs, stdin) on worker
 * threads and prints them in input order, in one of six formats, or writes one report per article
 * into a folder. Shows progress on a terminal and a summary at the end on stderr.
 */
import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import type { AnalyzeOptions, Task } from '../pipeline/analyze.js';
import { FORMATS, type Format } from '../render/formats.js';
import { countArticles } from '../batch/count-inputs.js';
import { OutDirWriter, inputInOutDir } from '../batch/out-dir-writer.js';
import { expandInputs } from '../batch/expand-inputs.js';
import { looksLikeUrl } from '../ingest/read-url.js';
import { parseJobs, parseLang, parseScore, parseTasks, parseThreshold } from '../batch/parse-flags.js';
import type { JobSettings } from '../batch/process-article.js';
import { ProgressBar } from '../batch/progress-bar.js';
import { runBatch, type BatchOutcome, type BatchSummary } from '../batch/run-batch.js';
import { StdoutWriter } from '../batch/stdout-writer.js';
import { gentleInterrupt } from './gentle-interrupt.js';
import { isJsonlPath } from '../ingest/read-jsonl.js';

/** Options of `slant analyze`. */
interface AnalyzeFlags {
  format: Format;
  out?: string;
  jobs?: number;
  failFast?: boolean;
  lang: string;
  threshold?: { threshold?: number; thresholds?: Record<string, number> };
  allScores?: boolean;
  minScore?: number;
  tasks?: Task[];
  evidence: boolean;
  fast?: boolean;
  allowPrivate?: boolean;
  progress: boolean;
}

/** The analysis and rendering settings of a run. */
function jobSettings(flags: AnalyzeFlags, color: boolean): JobSettings {
  const analyze: AnalyzeOptions = { lang: flags.lang, ...flags.threshold };
  if (flags.allScores) analyze.allScores = true;
  if (flags.minScore !== undefined) analyze.minScore = flags.minScore;
  if (flags.tasks !== undefined) analyze.tasks = flags.tasks;
  if (!flags.evidence) analyze.evidence = false;
  if (flags.fast) analyze.fast = true;
  // minScore is applied by the pipeline itself (analyze.minScore); the filter drops the parts not asked for.
  const filter = flags.tasks === undefined ? {} : { tasks: flags.tasks };
  return { analyze, filter, format: flags.format, color: color && flags.out === undefined };
}

/** True when the inputs surely hold one article: one plain file that is not a corpus, stdin, or one URL. */
function singleArticle(inputs: readonly string[]): boolean {
  if (inputs.length !== 1) return false;
  const input = inputs[0]!;
  if (input === '-' || looksLikeUrl(input)) return true;
  return existsSync(input) && statSync(input).isFile() && !isJsonlPath(input);
}

/** `slant: 12 articles, 140 paragraphs in 1.2 s (10.0 articles/s); 1 failed`. */
function summaryLine(s: BatchSummary): string {
  const rate = s.ms > 0 ? (s.articles / s.ms) * 1000 : 0;
  const failed = s.failures > 0 ? `; ${s.failures} failed` : '';
  const stopped = s.stopped ? ' (stopped at the first failure)' : '';
  return `slant analyze: ${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.paragraphs} paragraph${s.paragraphs === 1 ? '' : 's'} in ${(s.ms / 1000).toFixed(1)} s (${rate.toFixed(1)} articles/s)${failed}${stopped}`;
}

async function analyzeAction(ctx: CliContext, inputs: string[], flags: AnalyzeFlags, program: Command): Promise<void> {
  const single = singleArticle(inputs);
  if (flags.format === 'html' && flags.out === undefined && !single) program.error('slant: --format html writes one report per article: add --out DIR for several inputs', { exitCode: 2 });
  if (flags.format === 'semeval' && flags.tasks !== undefined && !flags.tasks.includes('techniques')) {
    program.error('slant: --format semeval writes the techniques of each paragraph: add techniques to --tasks', { exitCode: 2 });
  }
  if (flags.allScores && flags.format !== 'json' && flags.format !== 'jsonl') ctx.err(`slant: --all-scores adds every label's score to json and jsonl output; the ${flags.format} view shows the findings only`);
  const jobs = single ? 1 : (flags.jobs ?? availableParallelism());
  const progress = new ProgressBar(ctx.io.stderr, ctx.io.interactive && flags.progress && !single);
  if (ctx.io.interactive && flags.progress && !single) void countArticles(inputs).then((n) => progress.setTotal(n));
  const stdout = new StdoutWriter(flags.format, (text) => ctx.out(text), { array: !single });
  if (flags.out !== undefined) {
    // `-o out.json` reads as a file, as `predict -o` takes one; here it would become a folder (an
    // existing folder of that name is taken, and an existing file is named by the writer).
    if (/\.(json|jsonl|html?|md|txt|tsv)$/i.test(flags.out) && !existsSync(flags.out)) {
      program.error(`slant: --out ${flags.out} names a folder for one report per article, and this one reads as a file: write one file with > ${flags.out}, or give a folder name`, { exitCode: 2 });
    }
    const expanded = (await expandInputs(inputs)).map((e) => e.input);
    const input = inputInOutDir(flags.out, expanded);
    if (input !== undefined) program.error(`slant: --out ${flags.out} holds the articles read from ${input}: the reports could replace them; choose another folder`, { exitCode: 2 });
  }
  const dir = flags.out === undefined ? undefined : new OutDirWriter(flags.out, flags.format);
  await dir?.open();
  const emit = async (o: BatchOutcome): Promise<void> => {
    if ('error' in o) {
      progress.clear();
      ctx.fail(o.error, o.input);
    } else if (dir !== undefined) await dir.write(o.result);
    else stdout.write(o.result.output);
  };
  const read = { stdin: ctx.io.stdin, ...(flags.allowPrivate ? { allowPrivate: true } : {}) };
  // Ctrl-C stops reading; the articles in flight are finished and written, and the output is
  // closed as it would be at the end (a json array gets its bracket, --out its index).
  const ctrlC = gentleInterrupt((again) => {
    progress.clear();
    ctx.err(`slant analyze: stopping after the articles in flight (${again})`);
  });
  let summary: BatchSummary;
  try {
    summary = await runBatch({ inputs, read, jobs, settings: jobSettings(flags, ctx.io.color), failFast: flags.failFast === true, emit, onRead: () => progress.onRead(), onDone: (ok) => progress.onDone(ok), signal: ctrlC.signal });
  } finally {
    ctrlC.dispose();
  }
  progress.clear();
  // With --out the reports are files: nothing goes to stdout, not even json's empty brackets.
  if (dir === undefined) stdout.end();
  await dir?.end();
  if (!single || summary.failures > 0 || dir !== undefined || summary.interrupted === true) ctx.err(summaryLine(summary));
  if (summary.interrupted === true) {
    ctx.err('slant analyze: interrupted; the output holds the articles counted above, complete and in input order');
    ctx.interrupted = true;
  }
}

/** Adds `slant analyze` to the program. */
export function registerAnalyze(program: Command, ctx: CliContext): void {
  const command = program
    .command('analyze')
    .description('analyse articles: techniques per paragraph with evidence, spans, frames and genre')
    .argument('<inputs...>', 'text or HTML files, folders, globs, .jsonl corpora, URLs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out <dir>', 'write one report per article into DIR (with index.html for html)')
    .option('-j, --jobs <n>', `worker threads (default: number of cores, ${availableParallelism()} here)`, parseJobs)
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--lang <code>', 'language of the articles, or auto to detect', parseLang, 'auto')
    .option('--threshold <t>', 'decision threshold: one number (0.4), or per label (Loaded_Language=0.3,Doubt=0.6)', parseThreshold)
    .option('--all-scores', "report every technique's score per paragraph and every frame's score")
    .option('--min-score <x>', 'leave out findings scoring below x', parseScore)
    .option('--tasks <list>', 'tasks to run: techniques,spans,frames,genre (default: all)', parseTasks)
    .option('--no-evidence', 'labels and scores only, without evidence phrases or paragraphs (about 15% less time per article)')
    .option('--fast', 'the fast models (models/fast/): many times the articles per second at lower accuracy, for triage of large corpora; no spans, and weak evidence (leave it out with --no-evidence)')
    .option('--allow-private', 'allow URLs on private and loopback addresses')
    .option('--no-progress', 'no progress bar on the terminal')
    .addHelpText('after', [
      '',
      'Output: json is one document for a single article (a text or HTML file, a URL, stdin) and',
      'an array for folders, globs and .jsonl corpora; jsonl one line per article; semeval the',
      'subtask-3 rows (id, paragraph, techniques); html a self-contained report (one article, or',
      '--out DIR); md Markdown; table a terminal view (coloured on a terminal unless NO_COLOR is',
      'set). Results come in input order; a bad input is reported and skipped.',
      '',
      'Examples:',
      '  slant analyze --format table examples/town-bypass-op-ed.txt',
      '  slant analyze --format html examples/town-bypass-op-ed.txt > report.html',
      "  slant analyze --format html --out reports/ 'corpus/*.txt'",
      '  slant analyze --format jsonl --jobs 4 corpus.jsonl > results.jsonl',
      '  slant analyze --fast --no-evidence --format jsonl corpus.jsonl > triage.jsonl',
    ].join('\n'));
  command.action((inputs: string[], flags: AnalyzeFlags) => analyzeAction(ctx, inputs, flags, command));
}
