/** `slant train techniques`: trains the technique model(s) from the SemEval-2023 layout. */
import { availableParallelism } from 'node:os';
import { DEFAULT_DATA_ROOT } from '../train/default-data.js';
import { InvalidArgumentError, type Command } from 'commander';
import type { CliContext } from './context.js';
import { registerTrainSpans } from './train-spans.js';
import { registerTrainGenreFrames } from './train-genre-frames.js';
import { POOLED_MIN_GAIN } from '../models/serving-margins.js';
import { parseDataFolder, parseJobs, parseTrainingLangs, trainingLangList } from '../batch/parse-flags.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

/** Adds `slant train` (with the `techniques` subcommand) to the program. */
export function registerTrain(program: Command, ctx: CliContext): void {
  const train = program.command('train').description('train models from labelled data (research-only corpora stay outside the repository)');
  const cmd = train.command('techniques');
  cmd
    .description('train the persuasion-technique models and the sentence models their decision reads; prints cross-validated micro/macro-F1 per language and label')
    .option('--data <dir>', 'SemEval-2023 Task 3 root (folders en fr ge it po ru)', parseDataFolder, DEFAULT_DATA_ROOT)
    .option('--lang <codes>', 'comma-separated languages (en,fr,de,it,pl,ru or SemEval codes); default all', parseTrainingLangs)
    .option('--out <dir>', 'output folder; files go to <out>/techniques/ and <out>/sentences/', 'models')
    .option('--folds <k>', 'cross-validation folds (grouped by article)', positiveInt, 5)
    .option('--inner-folds <k>', 'nested inner folds for thresholds; 0 = cross-fitting on the other folds', positiveInt, 0)
    .option('--seed <n>', 'random seed (same seed, same model file)', positiveInt, 1)
    .option('-j, --jobs <n>', `worker threads: the languages' signals, then the models, train side by side (default: number of cores, ${availableParallelism()} here; the files are the same for any number)`, parseJobs)
    .option('--mode <mode>', `'all' (the pooled model and one per language, as shipped, and the script-free model), 'lang' (one per language), 'pooled' (one multilingual model with language-specific features) or 'script-free' (only the model for scripts no training language uses); a language keeps its own file unless the pooled one scores at least ${POOLED_MIN_GAIN} higher in CV`, 'all')
    .action(async (opts: { data: string; lang?: string; out: string; folds: number; innerFolds: number; seed: number; jobs?: number; mode: string }) => {
      if (!['pooled', 'lang', 'all', 'script-free'].includes(opts.mode)) cmd.error("error: --mode must be 'all', 'lang', 'pooled' or 'script-free'");
      if (opts.folds < 2) cmd.error('error: --folds must be at least 2');
      const langs = trainingLangList(opts.lang);
      // Training code is imported on use, so other commands don't load it.
      const { runTrainTechniques } = await import('../train/run-train-techniques.js');
      await runTrainTechniques({ data: opts.data, langs, out: opts.out, folds: opts.folds, seed: opts.seed, mode: opts.mode as 'pooled' | 'lang' | 'all' | 'script-free', innerFolds: opts.innerFolds, jobs: opts.jobs ?? availableParallelism() }, (line) => ctx.out(`${line}\n`));
    });
  const fast = train.command('fast');
  fast
    .description('train the fast model set (models/fast/: techniques, genre and frames over words and bigrams, for analyze --fast); prints cross-validated figures per language')
    .option('--data <dir>', 'SemEval-2023 Task 3 root (folders en fr ge it po ru)', parseDataFolder, DEFAULT_DATA_ROOT)
    .option('--lang <codes>', 'comma-separated languages (en,fr,de,it,pl,ru or SemEval codes); default all. The pooled files then know only these, and treat the others as languages without training data', parseTrainingLangs, '')
    .option('--out <dir>', 'output folder; files go to <out>/fast/', 'models')
    .option('--folds <k>', 'cross-validation folds (grouped by article)', positiveInt, 5)
    .option('--seed <n>', 'random seed (same seed, same model files)', positiveInt, 1)
    .action(async (opts: { data: string; lang?: string; out: string; folds: number; seed: number }) => {
      if (opts.folds < 2) fast.error('error: --folds must be at least 2');
      const langs = trainingLangList(opts.lang);
      const { runTrainFast } = await import('../train/run-train-fast.js');
      await runTrainFast({ data: opts.data, langs, out: opts.out, folds: opts.folds, seed: opts.seed }, (line) => ctx.out(`${line}\n`));
    });
  registerTrainSpans(train, ctx);
  registerTrainGenreFrames(train, ctx);
}
