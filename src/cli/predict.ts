/**
 * `slant predict --subtask 1|2|3 [--lang L|auto] <folder> [-o FILE]`: writes predictions for a folder
 * of SemEval `article<ID>.txt` files in the official format of the subtask, with the shipped models
 * (or, with `--prior`, the trivial prior predictor, which says so on stderr).
 */
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import { InputError } from '../errors.js';
import { readArticleFolderSkipping } from '../ingest/read-folder.js';
import { priorPredictor } from '../predict/prior-predictor.js';
import type { Predictor } from '../predict/predictor.js';
import { formatPredictions, type PredictedArticle, type PredictSubtask } from '../predict/write-semeval.js';
import { warningSummary } from '../predict/warning-summary.js';
import { parseLang } from '../batch/parse-flags.js';

interface PredictOptions {
  subtask: PredictSubtask | 'spans';
  lang: string;
  output?: string;
  prior?: boolean;
  fast?: boolean;
}

function parseSubtask(value: string): PredictSubtask | 'spans' {
  if (value !== '1' && value !== '2' && value !== '3' && value !== 'spans') throw new InvalidArgumentError('expected 1, 2, 3 or spans');
  return value;
}

/** Predicts every readable article of `folder` with `predictor`; `onBad` gets each file that is not. */
async function predictFolder(folder: string, lang: string, predictor: Predictor, onBad: (file: string, error: unknown) => void): Promise<PredictedArticle[]> {
  // Imported here, not at the top: segmentation loads the language detector (≈0.6 s), which
  // `slant --help` and the other commands should not pay for.
  const { segment } = await import('../segment/index.js');
  const out: PredictedArticle[] = [];
  for (const article of await readArticleFolderSkipping(folder, onBad)) {
    const doc = segment(article, lang === 'auto' ? {} : { lang });
    out.push({ doc, prediction: await predictor.predict(doc) });
  }
  return out;
}

/** Adds `slant predict` to the program. */
export function registerPredict(program: Command, ctx: CliContext): void {
  program
    .command('predict')
    .description('write SemEval-2023 predictions for a folder of article<ID>.txt files')
    .addOption(new Option('--subtask <n>', 'subtask: 1 (genre), 2 (frames), 3 (techniques per paragraph) or spans (technique spans)').argParser(parseSubtask).makeOptionMandatory())
    .option('--lang <code>', 'language of the articles, or auto (from the SemEval folder, else detected)', parseLang, 'auto')
    .option('--prior', 'use the trivial prior predictor (a floor to compare with) instead of the models; subtasks 1, 2 and 3')
    .option('--fast', 'use the fast models (as analyze --fast; subtasks 1, 2 and 3)')
    .option('-o, --output <file>', 'write the predictions to this file instead of stdout')
    .argument('<folder>', 'folder of article<ID>.txt files')
    .addHelpText('after', '\nExample:\n  slant predict --subtask 3 data/en/test-articles-subtask-3 -o predictions.txt\n')
    .action(async (folder: string, options: PredictOptions, command: Command) => {
      if (options.fast && options.subtask === 'spans') command.error('slant predict: --fast finds no spans (they need the span taggers); leave it out for --subtask spans', { exitCode: 2 });
      if (options.prior && options.subtask === 'spans') command.error('slant predict: --prior predicts labels, not spans (subtasks 1, 2 and 3); leave it out for --subtask spans', { exitCode: 2 });
      const predictor = options.prior || options.subtask === 'spans' ? priorPredictor() : await loadModelPredictor(options.subtask, options.fast === true);
      if (predictor.trivial && options.subtask !== 'spans') ctx.err(`slant predict: using ${predictor.description}`);
      // A file that cannot be read is reported (exit 1) and left out; the others are predicted.
      let unread = 0;
      const bad = (file: string, error: unknown): void => {
        unread++;
        ctx.fail(error, file);
      };
      try {
        // Issue 6: span files come from the span tagger (src/spans/), not from a Predictor.
        let text: string;
        if (options.subtask === 'spans') {
          text = await (await import('../spans/predict-span-folder.js')).predictSpanFolder(folder, options.lang, (line) => ctx.err(line), bad);
        } else {
          const predicted = await predictFolder(folder, options.lang, predictor, bad);
          text = formatPredictions(options.subtask, predicted);
          const warned = predicted.map(({ doc, prediction }) => ({ id: doc.article.id, warnings: prediction.warnings ?? [] }));
          for (const line of warningSummary(warned)) ctx.err(`slant predict: ${line}`);
        }
        if (options.output === undefined) ctx.out(text);
        else await writeOutput(options.output, text);
        if (unread > 0) ctx.err(`slant predict: ${unread === 1 ? '1 article' : `${unread} articles`} named above could not be read and ${unread === 1 ? 'is' : 'are'} left out of the predictions`);
      } catch (error) {
        ctx.fail(error);
      }
    });
}

/** The model predictor, imported on use: it loads the models and the language detector. */
async function loadModelPredictor(subtask: '1' | '2' | '3', fast: boolean): Promise<Predictor> {
  return (await import('../predict/model-predictor.js')).modelPredictor(subtask, fast);
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new InputError({ input: path }, 'cannot write the output file', { cause: error });
  }
}
