/**
 * `slant eval --subtask 1|2|3|spans --gold FILE --pred FILE [--json]`: scores predictions in the
 * SemEval-2023 format with the official measure. Refused input exits 1 with one line naming the file
 * and line.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import { evaluateFiles, SUBTASKS, type Subtask } from '../eval/evaluate-files.js';
import { formatReport } from '../eval/format-report.js';

interface EvalOptions {
  subtask: Subtask;
  gold: string;
  pred: string;
  json?: boolean;
}

function parseSubtask(value: string): Subtask {
  if (!(SUBTASKS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${SUBTASKS.join(', ')}`);
  return value as Subtask;
}

/** Adds `slant eval` to the program. */
export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('score SemEval-2023 predictions against gold labels with the official measure')
    .addOption(new Option('--subtask <n>', 'subtask: 1 (genre), 2 (frames), 3 (techniques per paragraph) or spans').argParser(parseSubtask).makeOptionMandatory())
    .requiredOption('--gold <path>', 'gold label file (for spans: a file or the folder of per-article span files)')
    .requiredOption('--pred <path>', 'prediction file in the same format (for spans: a file or a folder)')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', [
      '',
      'The official measure: macro-F1 over the genres (1), micro-F1 over the labels (2, 3), and the',
      'partial-overlap span F1 of SemEval-2020 Task 11 (spans). The macro-F1 printed beside micro-F1',
      'counts a label that neither file has as 0 (scikit-learn\'s default). Stricter than a script that',
      'loops over the gold rows: a row the gold file lacks, a row given twice and an unknown label are',
      'refused with file and line, not ignored. A BOM, CRLF, blank lines and trailing tabs are read.',
      '',
      'Example:',
      '  slant eval --subtask 3 --gold train-labels-subtask-3.txt --pred predictions.txt',
      '',
    ].join('\n'))
    .action(async (options: EvalOptions) => {
      try {
        const report = await evaluateFiles(options.subtask, options.gold, options.pred);
        ctx.out(options.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
      } catch (error) {
        ctx.fail(error);
      }
    });
}
