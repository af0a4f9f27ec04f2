/** `slant train genre` and `slant train frames`: the article-level models (issue 5). */
import { availableParallelism } from 'node:os';
import { DEFAULT_DATA_ROOT } from '../train/default-data.js';
import { InvalidArgumentError, type Command } from 'commander';
import type { CliContext } from './context.js';
import { COMPANION_MIN_GAIN } from '../models/serving-margins.js';
import { parseDataFolder, parseJobs, parseTrainingLangs, trainingLangList } from '../batch/parse-flags.js';
import { ARTICLE_REPEATS, foldGrouping } from '../train/article-repeats.js';

/** The default repeats in words, e.g. "2 for the pooled model, 6 for each language's own". */
function repeatsDefault(task: 'genre' | 'frames'): string {
  const { pooled, own } = ARTICLE_REPEATS[task];
  return pooled === own ? `${pooled}` : `${pooled} for the pooled model, ${own} for each language's own`;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

/** Adds the `genre` and `frames` subcommands to `slant train`. */
export function registerTrainGenreFrames(train: Command, ctx: CliContext): void {
  for (const task of ['genre', 'frames'] as const) {
    const cmd = train.command(task);
    cmd
      .description(task === 'genre'
        ? 'train the genre model (opinion/reporting/satire); prints cross-validated macro-F1 per language'
        : 'train the frames model (14 frames per article); prints cross-validated micro-F1 per language')
      .option('--data <dir>', 'SemEval-2023 Task 3 root (folders en fr ge it po ru)', parseDataFolder, DEFAULT_DATA_ROOT)
      .option('--lang <codes>', 'comma-separated languages (en,fr,de,it,pl,ru or SemEval codes); default all', parseTrainingLangs)
      .option('--out <dir>', `output folder; files go to <out>/${task}/`, 'models')
      .option('--folds <k>', `cross-validation folds (grouped by ${foldGrouping(task)})`, count, 5)
      .option('--repeats <n>', `repetitions of the cross-validation with further seeds (default: what the shipped files used, ${repeatsDefault(task)})`, count)
      .option('--seed <n>', 'random seed (same seed, same model file)', count, 1)
      .option('-j, --jobs <n>', `worker threads for the languages' own models and, for frames, the pooled model's out-of-fold margins beside them (default: number of cores, ${availableParallelism()} here; the files are the same for any number)`, parseJobs)
      .option('--mode <mode>', "'all' (the pooled model, then one per language kept where it beats the pooled one in CV), 'pooled' (one multilingual model) or 'lang' (one per language, kept where it beats the pooled model already in <out>)", 'all')
      .addHelpText('after', task === 'frames'
        ? `\nA language's own frames model also decides together with the pooled one (both margins in one calibration) where that beats the better single model by ${COMPANION_MIN_GAIN} in the same CV; such a file names the pooled file it was fitted to, so after retraining only the pooled model ('--mode pooled') retrain the languages too ('--mode lang').\n`
        : '')
      .action(async (opts: { data: string; lang?: string; out: string; folds: number; repeats?: number; seed: number; jobs?: number; mode: string }) => {
        if (opts.mode !== 'pooled' && opts.mode !== 'lang' && opts.mode !== 'all') cmd.error("error: --mode must be 'all', 'pooled' or 'lang'");
        if (opts.folds < 2) cmd.error('error: --folds must be at least 2');
        const langs = trainingLangList(opts.lang);
        const { runTrainArticleTask } = await import('../train/genre-frames-run.js');
        await runTrainArticleTask({ task, data: opts.data, langs, out: opts.out, folds: opts.folds, ...(opts.repeats === undefined ? {} : { repeats: opts.repeats }), seed: opts.seed, jobs: opts.jobs ?? availableParallelism(), mode: opts.mode as 'pooled' | 'lang' | 'all' }, (line) => ctx.out(`${line}\n`));
      });
  }
}
