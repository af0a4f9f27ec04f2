/**
 * Does the way training draws its genre folds make a better model, not only a higher figure?
 * Nested cross-validation of the training procedure: outer folds stratified by language and genre
 * hold articles out; on the other four fifths, the procedure runs as `slant train genre` does
 * (the model fitted on all of them; its calibration and class offsets on out-of-fold margins of
 * inner folds: plain or stratified, one draw of them, or, as training does since stop 42, every
 * one of REPEATS stratified draws at once; the offsets chosen at the single best point of the
 * grid, as before stop 43, or, as training does since, where macro-F1 averaged over the grid
 * neighbours is best: `OFFSET_SMOOTHING`), and the outer articles are decided with each
 * decision. Macro-F1 per language over all outer articles, for each outer fold seed. The margins
 * decide, as for every language but English, whose own file decides by its style cues.
 *
 *   node --import tsx scripts/nested-genre-folds.ts pl 1,2,3            a language's own model
 *   node --import tsx scripts/nested-genre-folds.ts en,fr,de,it,pl,ru   the pooled model
 *
 * The second argument lists outer fold seeds (default 1,2,3; the outer folds use seed 100 + s).
 * REPEATS (default 12; 0 leaves that decision out) costs that many inner cross-validations more:
 * pl 7 minutes for three seeds, the pooled model about 25.
 */
import { isoOf } from '../src/train/semeval-corpus.js';
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { articleSettings } from '../src/train/genre-frames-settings.js';
import { outOfFoldMarginsIn } from '../src/train/cross-validate.js';
import { subset } from '../src/train/dataset.js';
import { groupedFolds, rowsWhere } from '../src/train/folds.js';
import { fitGenreDecisionsOnRepeats, genreFolds, goldClasses } from '../src/train/genre-frames-cv.js';
import { genreDecide, genreProbabilities } from '../src/models/genre-decision.js';
import { margins as rowMargins, trainOneVsRest } from '../src/models/logistic-ovr.js';
import { scoreSingleLabel } from '../src/eval/single-label.js';
import { scriptArgs } from './script-args.js';

const args = scriptArgs('nested-genre-folds');
const langs = args.languages(process.argv[2], 'languages');
const seeds = args.numbers(process.argv[3], 'outer fold seeds', '1,2,3', (x) => Number.isInteger(x) && x >= 1, 'whole numbers from 1');
const repeats = args.numbers(process.env['REPEATS'], 'REPEATS', '12', (x) => Number.isInteger(x) && x >= 0, 'a whole number')[0] as number;
const data = args.semevalRoot();
const pooled = langs.length > 1;
const rows: ArticleRow[] = [];
for (const l of langs) rows.push(...(await readArticleTask(data, l, 1)).rows);
const s = articleSettings('genre', pooled, pooled ? undefined : isoOf(langs[0] as string));
const ds = buildArticleDataset(rows, s.labels, s.features, s.article);
const K = ds.labels.length;
const gold = goldClasses(ds);
/** Each inner procedure: plain or stratified folds, and how many draws of them the decision reads. */
const INNER: Record<string, { stratified: boolean; draws: number; smoothing?: number }> = {
  plain: { stratified: false, draws: 1, smoothing: 0 },
  stratified: { stratified: true, draws: 1, smoothing: 0 },
  ...(repeats > 0 ? {
    [`stratified, ${repeats} draws`]: { stratified: true, draws: repeats, smoothing: 0 },
    [`stratified, ${repeats} draws, offsets smoothed`]: { stratified: true, draws: repeats },
  } : {}),
};
const figures = new Map<string, number[]>();
for (const seed of seeds) {
  const outer = genreFolds(ds, gold, 5, 100 + seed);
  const decided = Object.fromEntries(Object.keys(INNER).map((kind) => [kind, new Int32Array(ds.rows.length)]));
  for (let f = 0; f < 5; f++) {
    const inner = subset(ds, rowsWhere(outer, (x) => x !== f));
    const innerGold = goldClasses(inner);
    const learner = { ...s.learner, seed: 1 };
    const w = trainOneVsRest(inner.rows, inner.targets, K, s.features.bits, learner);
    const m = new Float64Array(K);
    for (const [kind, { stratified, draws, smoothing }] of Object.entries(INNER)) {
      const margins = Array.from({ length: draws }, (_, d) => {
        const fold = stratified ? genreFolds(inner, innerGold, 5, 1 + d) : groupedFolds(inner.groups, 5, 1 + d);
        return outOfFoldMarginsIn(inner, fold, 5, { folds: 5, innerFolds: 0, seed: 1 + d, bits: s.features.bits, learner: { ...learner, seed: 1 + d }, thresholds: s.thresholds });
      });
      const decisions = fitGenreDecisionsOnRepeats(margins, innerGold, inner.langs, K, smoothing);
      for (const r of rowsWhere(outer, (x) => x === f)) {
        const d = decisions.get(ds.langs[r] as string);
        if (!d) continue;
        rowMargins(w.weights, w.bias, ds.rows[r]!, K, m);
        decided[kind]![r] = genreDecide(genreProbabilities(m, d.platt), d.offsets);
      }
    }
  }
  for (const kind of Object.keys(INNER)) {
    for (const lang of new Set(ds.langs)) {
      const pairs = ds.groups.flatMap((id, r) => (ds.langs[r] === lang ? [{ id, gold: ds.labels[gold[r] as number] as string, pred: ds.labels[decided[kind]![r] as number] as string }] : []));
      const key = `${lang}, inner folds ${kind}`;
      (figures.get(key) ?? figures.set(key, []).get(key)!).push(scoreSingleLabel(pairs, ds.labels).macro.f1);
    }
  }
}
for (const [key, v] of [...figures].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key}: macro-F1 ${v.map((x) => x.toFixed(3)).join(' / ')} (seeds ${seeds.join(', ')}), mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(4)}`);
}
