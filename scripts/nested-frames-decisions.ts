/**
 * Is a frames decision fitted on every repeat's out-of-fold margins better than one fitted on the
 * first repeat's? Nested cross-validation of the training procedure for a language's own frames
 * model: outer folds grouped by article hold articles out; on the other four fifths the model is
 * fitted on all of them, and its calibration and threshold on the out-of-fold margins of inner
 * folds (one draw of them, as `slant train frames` does, or each of DRAWS draws at once, as genre
 * training does since stop 42; for frames it gained nothing at stop 43, see docs/EXPERIMENTS.md);
 * the outer articles are decided with each. Micro-F1 (official subtask 2) over all outer
 * articles, per outer fold seed. The own margin decides, as for fr, it and ru (de and pl decide
 * with the pooled file too, whose inner margins would take a pooled model per inner fold).
 *
 *   node --import tsx scripts/nested-frames-decisions.ts fr 1,2,3,4,5,6,7,8
 *
 * The second argument lists outer fold seeds (default 1,2,3; the outer folds use seed 100 + s).
 * DRAWS (default 1,6: the first repeat alone, and the six repeats the own files train with) lists
 * the numbers of inner draws compared; the largest sets the cost: fr about 2 minutes per seed.
 */
import { isoOf } from '../src/train/semeval-corpus.js';
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { articleSettings } from '../src/train/genre-frames-settings.js';
import { outOfFoldMarginsIn } from '../src/train/cross-validate.js';
import { subset } from '../src/train/dataset.js';
import { groupedFolds, rowsWhere } from '../src/train/folds.js';
import { decide, fitDecisionsOnRepeats } from '../src/train/decision.js';
import { scoreTechniques } from '../src/train/technique-metrics.js';
import { margins as rowMargins, trainOneVsRest } from '../src/models/logistic-ovr.js';
import { scriptArgs } from './script-args.js';

const args = scriptArgs('nested-frames-decisions');
const langs = args.languages(process.argv[2], 'language');
if (langs.length !== 1) args.fail('one language: its own frames model is checked');
const lang = langs[0] as string;
const seeds = args.numbers(process.argv[3], 'outer fold seeds', '1,2,3', (x) => Number.isInteger(x) && x >= 1, 'whole numbers from 1');
const draws = args.numbers(process.env['DRAWS'], 'DRAWS', '1,6', (x) => Number.isInteger(x) && x >= 1, 'whole numbers from 1');
const data = args.semevalRoot();
const rows: ArticleRow[] = (await readArticleTask(data, lang, 2)).rows;
const s = articleSettings('frames', false, isoOf(lang));
const ds = buildArticleDataset(rows, s.labels, s.features, s.article);
const L = ds.labels.length;
const most = Math.max(...draws);
const figures = new Map<number, number[]>(draws.map((d) => [d, []]));
for (const seed of seeds) {
  const outer = groupedFolds(ds.groups, 5, 100 + seed);
  const pred = new Map(draws.map((d) => [d, new Uint8Array(ds.rows.length * L)]));
  for (let f = 0; f < 5; f++) {
    const test = rowsWhere(outer, (x) => x === f);
    const inner = subset(ds, rowsWhere(outer, (x) => x !== f));
    const w = trainOneVsRest(inner.rows, inner.targets, L, s.features.bits, { ...s.learner, seed: 1 });
    const margins = Array.from({ length: most }, (_, d) => outOfFoldMarginsIn(inner, groupedFolds(inner.groups, 5, 1 + d), 5, { folds: 5, innerFolds: 0, seed: 1 + d, bits: s.features.bits, learner: { ...s.learner, seed: 1 + d }, thresholds: s.thresholds }));
    const m = new Float64Array(test.length * L);
    test.forEach((r, i) => rowMargins(w.weights, w.bias, ds.rows[r]!, L, m.subarray(i * L, i * L + L)));
    for (const d of draws) {
      const decided = decide(m, test.map(() => lang), L, fitDecisionsOnRepeats(margins.slice(0, d), inner.targets, inner.langs, L, s.thresholds));
      test.forEach((r, i) => pred.get(d)!.set(decided.pred.subarray(i * L, i * L + L), r * L));
    }
  }
  for (const d of draws) figures.get(d)!.push(scoreTechniques(pred.get(d)!, ds.targets, ds.labels).micro);
  console.log(`outer seed ${seed}: ${draws.map((d) => `${d} draw${d === 1 ? '' : 's'} ${figures.get(d)!.at(-1)!.toFixed(4)}`).join(', ')}`);
}
for (const [d, v] of figures) {
  console.log(`${lang}, decision on ${d} inner draw${d === 1 ? '' : 's'}: micro-F1 ${v.map((x) => x.toFixed(4)).join(' / ')} (seeds ${seeds.join(', ')}), mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(4)}`);
}
