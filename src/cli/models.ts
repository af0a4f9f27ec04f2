/**
 * `slant models`: the shipped model files and, for each language, which file each task uses and
 * the cross-validated figure its header reports for that language (read from headers alone, so
 * it is instant and loads no weights). `--json` prints what `GET /api/v1/models` lists.
 */
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { SUPPORTED_LANGUAGES } from '../pipeline/run-models.js';
import { alignColumns } from '../render/align-columns.js';
import { SCRIPT_FREE_MODEL_ID } from '../models/script-free.js';
import { cvFigureFor, OTHER_LANGUAGE, shippedModels, SHIPPED_TASKS, type FastTask, type ModelFileInfo, type ShippedModels } from '../models/shipped-models.js';

/** The figure column of each task: what its models are measured by. */
const METRIC: Record<(typeof SHIPPED_TASKS)[number], string> = {
  techniques: 'micro-F1',
  sentences: 'micro-F1 on sentences',
  spans: 'span F1',
  frames: 'micro-F1',
  genre: 'macro-F1',
};

/** The tasks of the fast set, in the order of its table. */
const FAST_TASKS: readonly FastTask[] = ['techniques', 'frames', 'genre'];

/** One cell: the figure `lang` has in the file (path under `models/`) and the file's name, or why there is none. */
function servedCell(files: readonly ModelFileInfo[], file: string | null, lang: string): string {
  if (file === null) return 'none';
  const name = file.slice(file.indexOf('/') + 1);
  const info = files.find((f) => f.file === file);
  if (info?.error !== undefined) return `unreadable ${name}`;
  const figure = info ? cvFigureFor(info, lang) : null;
  const partner = info?.companion;
  const missing = info?.companionMissing ? 'missing ' : '';
  const pair = partner === undefined ? '' : ` + ${missing}${partner.slice(partner.indexOf('/') + 1)}`;
  const lexicon = info?.vectorLexicons?.[lang];
  const vectors = lexicon === undefined ? '' : ` + ${lexicon.slice(lexicon.indexOf('/') + 1)}`;
  return `${figure ? figureText(figure.value) : '–'} ${name}${pair}${vectors}`;
}

/**
 * A figure to three decimals, or four where three would round it by about half a thousandth
 * (fr techniques 0.4135 read as 0.413), as the README and the model cards write it.
 */
export function figureText(value: number): string {
  const three = value.toFixed(3);
  return Math.abs(Number(three) - value) >= 0.00045 ? value.toFixed(4) : three;
}

/**
 * The table of `slant models`: a row per language, a column per task (figure and file); then the
 * same for the fast set (`analyze --fast`), where one ships.
 */
export function modelsTable(shipped: ShippedModels): string {
  const header = ['lang', ...SHIPPED_TASKS.map((t) => `${t} (${METRIC[t]})`)];
  const rows = Object.entries(shipped.serving).map(([lang, tasks]) => [lang, ...SHIPPED_TASKS.map((task) => servedCell(shipped.files, tasks[task], lang))]);
  const fastRows = Object.entries(shipped.fast.serving).map(([lang, tasks]) => [lang, ...FAST_TASKS.map((task) => servedCell(shipped.fast.files, tasks[task], lang))]);
  const fast = shipped.fast.files.length === 0 ? '' : `\nanalyze --fast (models/fast/):\n${alignColumns([['lang', ...FAST_TASKS.map((t) => `${t} (${METRIC[t]})`)], ...fastRows])}\n`;
  const paired = shipped.files.some((f) => f.companion !== undefined) ? '\na + b: model a decides together with model b (both score the article; the figure is of the pair).' : '';
  const vectors = shipped.files.some((f) => f.vectorLexicons !== undefined) ? '\na + b.bin: model a decides together with the article\'s mean word vector from lexicon b (models/lexicon/; the figure is of the pair).' : '';
  const scriptFree = shipped.files.some((f) => f.file === `techniques/${SCRIPT_FREE_MODEL_ID}.slm` && f.error === undefined)
    ? `\n${OTHER_LANGUAGE} in a script no training language uses (Greek, Georgian, Arabic, …): techniques from ${SCRIPT_FREE_MODEL_ID}.slm (punctuation, quotes, numbers and position only), full and fast; in Latin or Cyrillic letters, the pooled model's technique scores averaged with it.`
    : '';
  const intervals = 'How far a figure may move on other articles: each model card (models/*/MODEL_CARD.md) scores all out-of-fold predictions at once, with a 95% bootstrap interval over the articles (--json: each header\'s `interval`).';
  const note = `${intervals}\n${OTHER_LANGUAGE}: any language without training data; no figure is measured on it (the README's "How good is it" gives leave-one-language-out figures).${scriptFree}${paired}${vectors}${notCovered(shipped)}`;
  const broken = [...shipped.files, ...shipped.fast.files].filter((f) => f.error !== undefined).map((f) => `${f.error}\n`).join('');
  return `${alignColumns([header, ...rows])}\n${fast}\n${note}\n${broken && `\nunreadable model files (an analysis that needs one fails):\n${broken}`}`;
}

/**
 * Lines naming the techniques a serving technique file never finds in a language (no training
 * example there), with the files: for English, the four the older annotation lacked.
 */
function notCovered(shipped: ShippedModels): string {
  // By language and label list: the files that share both go on one line.
  const lines = new Map<string, { lang: string; labels: string[]; files: string[] }>();
  const collect = (files: readonly ModelFileInfo[], serving: Record<string, { techniques: string | null }>, prefix: string): void => {
    for (const [lang, tasks] of Object.entries(serving)) {
      const labels = files.find((f) => f.file === tasks.techniques)?.unsupported?.[lang];
      if (!labels || tasks.techniques === null) continue;
      const key = `${lang}\t${labels.join(',')}`;
      const line = lines.get(key) ?? { lang, labels, files: [] };
      line.files.push(`${prefix}${tasks.techniques.slice(tasks.techniques.indexOf('/') + 1)}`);
      lines.set(key, line);
    }
  };
  collect(shipped.files, shipped.serving, '');
  collect(shipped.fast.files, shipped.fast.serving, 'fast ');
  return [...lines.values()].map((l) => `\n${l.lang}: ${l.files.join(' and ')} never find ${l.labels.join(', ')} (no ${l.lang} training example of them).`).join('');
}

/** Adds `slant models` to the program. */
export function registerModels(program: Command, ctx: CliContext): void {
  program
    .command('models')
    .description('which model serves each language for each task (the shipped ones, or --models), with its cross-validated figure')
    .option('--json', 'every model file with its header summary, and the file each language uses per task')
    .addHelpText('after', '\nFigures are grouped 5-fold cross-validation on the SemEval-2023 training data, as stored in each file.\n\nExamples:\n  slant models\n  slant models --json\n')
    .action((flags: { json?: boolean }) => {
      const shipped = shippedModels([...SUPPORTED_LANGUAGES, OTHER_LANGUAGE]);
      ctx.out(flags.json ? `${JSON.stringify(shipped, null, 2)}\n` : modelsTable(shipped));
    });
}
