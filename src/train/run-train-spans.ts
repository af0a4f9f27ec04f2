/**
 * `slant train spans` as a function: one span tagger per language (spans-train.ts), the languages
 * side by side on worker threads, each written to `<out>/spans/spans-<lang>.slm`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeFoldersSync } from '../make-folders.js';
import { FOLDER_LANG, isoOf } from './semeval-corpus.js';
import type { RunTrainSpansOptions } from './spans-train.js';
import { readSpanCorpus } from './spans-corpus.js';
import { runTrainJobs } from './train-pool.js';

/** Runs the training and returns the written files. */
export async function runTrainSpans(o: RunTrainSpansOptions, log: (line: string) => void): Promise<string[]> {
  const langs = o.langs.length ? o.langs.map(isoOf) : Object.values(FOLDER_LANG);
  // Every corpus is read (and checked) before any work starts: a bad folder stops the run at once,
  // and the first bad language is the one reported, whichever worker would have met it first.
  // The biggest (most articles) start first.
  const articles: number[] = [];
  for (const lang of langs) articles.push((await readSpanCorpus(o.data, lang)).articles.length);
  const dir = path.join(o.out, 'spans');
  makeFoldersSync(dir);
  const written: string[] = [];
  const settings = { ...o, langs: [] };
  await runTrainJobs(langs.map((lang) => ({ kind: 'spans', settings, lang })), Math.max(1, o.jobs ?? 1), log, (i, r) => {
    if (r.kind !== 'spans') return;
    const file = path.join(dir, `spans-${langs[i] as string}.slm`);
    writeFileSync(file, r.bytes);
    written.push(file);
    log(`wrote ${file} (${(r.bytes.byteLength / 1048576).toFixed(2)} MB) in ${(r.ms / 1000).toFixed(0)} s`);
  }, articles);
  // The shipped card is written by hand; a folder of one's own gets a short one with the notice.
  const card = path.join(dir, 'MODEL_CARD.md');
  if (!existsSync(card)) {
    writeFileSync(card, spanCard(langs, o));
    written.push(card);
    log(`wrote ${card}`);
  }
  return written;
}

/** A short model card for span taggers trained outside the shipped folder. */
function spanCard(langs: readonly string[], o: RunTrainSpansOptions): string {
  return [
    '# slant span models (`spans-<lang>.slm`)',
    '',
    `Trained with \`slant train spans --lang ${langs.join(',')} --folds ${o.folds} --epochs ${o.epochs} --seed ${o.seed}\` on the data in \`${o.data}\`.`,
    'Each file records its training counts, settings and the cross-validated span figures that the command printed.',
    '',
    '**Training data.** If the data is the SemEval-2023 Task 3 training data (or any research-only corpus), these',
    'models were trained on research-only data that may be used only for scientific research and may not be',
    'redistributed. The models contain no text from it, only hashed feature weights.',
    '',
  ].join('\n');
}
