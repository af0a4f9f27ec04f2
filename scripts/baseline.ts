/**
 * The prior-predictor floor: 5-fold cross-validation (grouped by article, seed 1) of the trivial
 * predictors on the SemEval-2023 training labels, with the official measures.
 *
 *   node --import tsx scripts/baseline.ts [--data ../shared/data/semeval2023] [--lang en] [--k 5] [--seed 1] [--repeats 1] [--json]
 *
 * Without --lang it runs every language that has training labels.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readFrameLabels, readGenreLabels, readTechniqueLabels } from '../src/ingest/semeval-labels.js';
import { priorBaseline, type BaselineResult } from '../src/eval/prior-baseline.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(import.meta.dirname, '../../shared/data/semeval2023') },
    lang: { type: 'string', multiple: true },
    k: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    repeats: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const data = values.data!;
const langs = values.lang ?? ['en', 'fr', 'ge', 'it', 'po', 'ru'].filter((l) => existsSync(path.join(data, l, 'train-labels-subtask-1.txt')));
const options = { k: Number(values.k), seed: Number(values.seed), repeats: Number(values.repeats) };

const out: Array<{ lang: string; results: BaselineResult[] }> = [];
for (const lang of langs) {
  const dir = path.join(data, lang);
  const results = priorBaseline(
    {
      genres: (await readGenreLabels(path.join(dir, 'train-labels-subtask-1.txt'))).rows,
      frames: (await readFrameLabels(path.join(dir, 'train-labels-subtask-2.txt'))).rows,
      techniques: (await readTechniqueLabels(path.join(dir, 'train-labels-subtask-3.txt'))).rows,
    },
    options,
  );
  out.push({ lang, results });
}

if (values.json) {
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
} else {
  process.stdout.write(`prior predictor, ${options.k}-fold CV grouped by article, seed ${options.seed}, repeats ${options.repeats}: mean ± std\n`);
  for (const { lang, results } of out) {
    for (const r of results) {
      const v = r.cv.value;
      process.stdout.write(`${lang}\tsubtask ${r.subtask}\t${r.measure} ${v.mean.toFixed(4)} ± ${v.std.toFixed(4)}\tfitted on all: ${r.fitted.join(',') || '(empty set)'}\n`);
    }
  }
}
