/** `slant train spans`: trains the technique-span taggers (issue 6) from the SemEval-2023 layout. */
import { availableParallelism } from 'node:os';
import { DEFAULT_DATA_ROOT } from '../train/default-data.js';
import { InvalidArgumentError, type Command } from 'commander';
import type { CliContext } from './context.js';
import { SPAN_TRAIN_DEFAULTS } from '../train/spans-defaults.js';
import { parseDataFolder, parseJobs, parseTrainingLangs, trainingLangList } from '../batch/parse-flags.js';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

/** Adds the `spans` subcommand to `slant train`. */
export function registerTrainSpans(train: Command, ctx: CliContext): void {
  const d = SPAN_TRAIN_DEFAULTS;
  const cmd = train.command('spans');
  cmd
    .description('train the technique-span taggers (one BIO tagger per technique); prints span-measure CV figures per language')
    .option('--data <dir>', 'SemEval-2023 Task 3 root (folders en fr ge it po ru)', parseDataFolder, DEFAULT_DATA_ROOT)
    .option('--lang <codes>', 'comma-separated languages (en,fr,de,it,pl,ru or SemEval codes); default all', parseTrainingLangs)
    .option('--out <dir>', 'output folder; files go to <out>/spans/', 'models')
    .option('--folds <k>', 'cross-validation folds grouped by article (0: no CV)', count, d.folds)
    .option('--epochs <n>', 'training passes', count, d.epochs)
    .option('--bits <n>', 'feature hash bits', count, d.bits)
    .option('--miss-cost <x>', 'cost of a missed span token relative to a false one', positive, d.missCost)
    .option('--min-spans <n>', 'techniques with fewer gold spans are not trained', count, d.minSpans)
    .option('--seed <n>', 'random seed (same seed, same model file)', count, d.seed)
    .option('-j, --jobs <n>', `worker threads, one language each (default: number of cores, ${availableParallelism()} here; the files are the same for any number)`, parseJobs)
    .addHelpText('after', '\nEnglish taggers also read each token\'s word cluster from models/lexicon/clusters-en.txt;\nthe model file records the lexicon\'s SHA-256 and refuses another one at load.\n\nExample:\n  slant train spans --lang en --folds 5\n')
    .action(async (o: { data: string; lang?: string; out: string; folds: number; epochs: number; bits: number; missCost: number; minSpans: number; seed: number; jobs?: number }) => {
      if (o.folds === 1) cmd.error('error: --folds must be 0 or at least 2');
      if (o.bits < 4 || o.bits > 24) cmd.error('error: --bits must be between 4 and 24');
      const langs = trainingLangList(o.lang);
      try {
        const { runTrainSpans } = await import('../train/run-train-spans.js');
        await runTrainSpans({ ...o, langs, jobs: o.jobs ?? availableParallelism() }, (line) => ctx.out(`${line}\n`));
      } catch (error) {
        ctx.fail(error);
      }
    });
}
