/**
 * `slant eval --subtask 1|2|3|spans --gold FILE --pred FILE [--bootstrap [N]] [--compare FILE] [--json]`:
 * scores predictions in the SemEval-2023 format with the official measure, optionally with a bootstrap
 * interval over articles and a paired comparison with a second prediction file. Refused input exits 1
 * with one line naming the file and line.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import { evaluateFiles, SUBTASKS, type Subtask } from '../eval/evaluate-files.js';
import { formatReport } from '../eval/format-report.js';

interface EvalFlags {
  subtask: Subtask;
  gold: string;
  pred: string;
  json?: boolean;
  bootstrap?: number | true;
  compare?: string;
  seed?: number;
}

/** Resamples when `--bootstrap` or `--compare` come without a number. */
const DEFAULT_RESAMPLES = 1000;

function parseSubtask(value: string): Subtask {
  if (!(SUBTASKS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${SUBTASKS.join(', ')}`);
  return value as Subtask;
}

function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    return n;
  };
}

/** Adds `slant eval` to the program. */
export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('score SemEval-2023 predictions against gold labels with the official measure')
    .addOption(new Option('--subtask <n>', 'subtask: 1 (genre), 2 (frames), 3 (techniques per paragraph) or spans').argParser(parseSubtask).makeOptionMandatory())
    .requiredOption('--gold <path>', 'gold label file (for spans: a file or the folder of per-article span files)')
    .requiredOption('--pred <path>', 'prediction file in the same format (for spans: a file or a folder)')
    .addOption(new Option('--bootstrap [resamples]', `add a 95% interval of the official figure, resampling articles (default ${DEFAULT_RESAMPLES} resamples)`).argParser(wholeNumber(100, 100_000)))
    .option('--compare <path>', 'a second prediction file: its figure, and the paired bootstrap of the difference (implies --bootstrap)')
    .addOption(new Option('--seed <n>', 'seed of the resampling (default 1)').argParser(wholeNumber(0, 2 ** 32 - 1)))
    .option('--json', 'print the report as JSON')
    .addHelpText('after', [
      '',
      'The official measure: macro-F1 over the genres (1), micro-F1 over the labels (2, 3), and the',
      'partial-overlap span F1 of SemEval-2020 Task 11 (spans). The macro-F1 printed beside micro-F1',
      'counts a label that neither file has as 0 (scikit-learn\'s default). Stricter than a script that',
      'loops over the gold rows: a row the gold file lacks, a row given twice and an unknown label are',
      'refused with file and line, not ignored. A BOM, CRLF, blank lines and trailing tabs are read.',
      '',
      'How sure is a figure? --bootstrap resamples the articles (the paragraphs and spans of an article',
      'stay together) and prints the percentile interval that holds 95% of the resampled figures. With',
      '--compare, both files are scored on the same resampled articles: the difference\'s interval and',
      'in how many resamples --pred scored higher, lower or the same. The same --seed gives the same',
      'interval. Spans against a gold file resample the articles with a gold or predicted span.',
      '',
      'Examples:',
      '  slant eval --subtask 3 --gold train-labels-subtask-3.txt --pred predictions.txt',
      '  slant eval --subtask 2 --gold gold.txt --pred ours.txt --compare baseline.txt',
      '',
    ].join('\n'))
    .action(async (flags: EvalFlags, command: Command) => {
      if (flags.seed !== undefined && flags.bootstrap === undefined && flags.compare === undefined) {
        command.error('error: --seed seeds the resampling: add --bootstrap or --compare', { exitCode: 2 });
      }
      const resampling = flags.bootstrap !== undefined || flags.compare !== undefined
        ? { resamples: typeof flags.bootstrap === 'number' ? flags.bootstrap : DEFAULT_RESAMPLES, seed: flags.seed ?? 1 }
        : undefined;
      try {
        const report = await evaluateFiles(flags.subtask, flags.gold, flags.pred, {
          ...(resampling && { bootstrap: resampling }),
          ...(flags.compare !== undefined && { compare: flags.compare }),
        });
        ctx.out(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
      } catch (error) {
        ctx.fail(error);
      }
    });
}
