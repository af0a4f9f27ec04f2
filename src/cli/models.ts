/**
 * `slant models`: the shipped model files and, for each language, which file each task uses and
 * the cross-validated figure its header reports for that language (read from headers alone, so
 * it is instant and loads no weights). `--json` prints what `GET /api/v1/models` lists.
 */
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { SUPPORTED_LANGUAGES } from '../pipeline/run-models.js';
import { alignColumns } from '../render/align-columns.js';
import { cvFigureFor, OTHER_LANGUAGE, shippedModels, SHIPPED_TASKS, type ShippedModels } from '../models/shipped-models.js';

/** The figure column of each task: what its models are measured by. */
const METRIC: Record<(typeof SHIPPED_TASKS)[number], string> = {
  techniques: 'micro-F1',
  sentences: 'micro-F1 on sentences',
  spans: 'span F1',
  frames: 'micro-F1',
  genre: 'macro-F1',
};

/** The table of `slant models`: a row per language, a column per task (figure and file). */
export function modelsTable(shipped: ShippedModels): string {
  const header = ['lang', ...SHIPPED_TASKS.map((t) => `${t} (${METRIC[t]})`)];
  const rows = Object.entries(shipped.serving).map(([lang, tasks]) => [lang, ...SHIPPED_TASKS.map((task) => {
    const file = tasks[task];
    if (file === null) return 'none';
    const name = file.slice(file.indexOf('/') + 1);
    const info = shipped.files.find((f) => f.file === file);
    if (info?.error !== undefined) return `unreadable ${name}`;
    const figure = info ? cvFigureFor(info, lang) : null;
    const partner = info?.companion;
    const missing = info?.companionMissing ? 'missing ' : '';
    const pair = partner === undefined ? '' : ` + ${missing}${partner.slice(partner.indexOf('/') + 1)}`;
    return `${figure ? figure.value.toFixed(3) : '–'} ${name}${pair}`;
  })]);
  const paired = shipped.files.some((f) => f.companion !== undefined) ? '\na + b: model a decides together with model b (both score the article; the figure is of the pair).' : '';
  const note = `${OTHER_LANGUAGE}: any language without training data; no figure is measured on it (the README's "How good is it" gives leave-one-language-out figures).${paired}\nanalyze --fast uses the fast models in models/fast/ instead (their MODEL_CARD.md has their figures).`;
  const broken = shipped.files.filter((f) => f.error !== undefined).map((f) => `${f.error}\n`).join('');
  return `${alignColumns([header, ...rows])}\n\n${note}\n${broken && `\nunreadable model files (an analysis that needs one fails):\n${broken}`}`;
}

/** Adds `slant models` to the program. */
export function registerModels(program: Command, ctx: CliContext): void {
  program
    .command('models')
    .description('which shipped model serves each language for each task, with its cross-validated figure')
    .option('--json', 'every model file with its header summary, and the file each language uses per task')
    .addHelpText('after', '\nFigures are grouped 5-fold cross-validation on the SemEval-2023 training data, as stored in each file.\n\nExamples:\n  slant models\n  slant models --json\n')
    .action((flags: { json?: boolean }) => {
      const shipped = shippedModels([...SUPPORTED_LANGUAGES, OTHER_LANGUAGE]);
      ctx.out(flags.json ? `${JSON.stringify(shipped, null, 2)}\n` : modelsTable(shipped));
    });
}
