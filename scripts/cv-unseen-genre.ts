/**
 * Genre on a language the pooled genre model was never trained on: leave one language out, train
 * the pooled genre settings on the other five (language copies as shipped), and decide the held-out
 * language's articles with each training language's calibration (the most probable genre, no class
 * offsets, as the shipped fallback does with English's) and with the five calibrations' probabilities
 * averaged; then by the style decision a pooled file ships for such a language since stop 35
 * (`unseenCues`: the script-free cue densities of the five languages' articles, one decision with
 * its offsets), and by always saying opinion. Macro-F1 (official subtask 1) on the held-out language.
 * Stop 35, en / fr / de / it / pl / ru: average .307 / .322 / .368 / .398 / .436 / .339, style
 * .308 / .474 / .626 / .428 / .375 / .430, always opinion .312 / .264 / .263 / .290 / .280 / .264.
 * Stop 43 (offsets chosen on the smoothed macro-F1 surface, `OFFSET_SMOOTHING`): style .326 / .441 /
 * .626 / .467 / .392 / .430, the rest as before.
 *
 *   node --import tsx scripts/cv-unseen-genre.ts [lang,lang...]      (FAST=1: the fast set's settings)
 */
import { GENRES } from '../src/labels.js';
import { RowBuilder } from '../src/features/feature-sink.js';
import { emitArticleFeatures } from '../src/features/article-features.js';
import { margins as rowMargins, trainOneVsRest } from '../src/models/logistic-ovr.js';
import { genreDecide, genreProbabilities } from '../src/models/genre-decision.js';
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { outOfFoldMargins } from '../src/train/cross-validate.js';
import { fitGenreDecisions, goldClasses } from '../src/train/genre-frames-cv.js';
import { articleSettings } from '../src/train/genre-frames-settings.js';
import { scoreSingleLabel } from '../src/eval/single-label.js';
import { FAST_ARTICLE, FAST_ARTICLE_SETTINGS, FAST_NGRAMS } from '../src/train/fast-settings.js';
import { articleCueDensities, scriptFreeDensities } from '../src/features/article-cues.js';
import { CUE_TEMPER, cueLogits, fitCueDecision } from '../src/models/genre-cues.js';
import { scriptArgs, TRAINING_LANGUAGES as ALL, type ScriptArgs } from './script-args.js';

const args: ScriptArgs = scriptArgs('cv-unseen-genre');
const heldOut = args.languages(process.argv[2], 'held-out languages');
const data = args.semevalRoot();
const full = articleSettings('genre', true);
// FAST=1: the fast set's genre settings (models/fast/genre.slm): words and bigrams, no IDF, no copies.
const settings = process.env.FAST
  ? { ...full, features: FAST_NGRAMS, article: FAST_ARTICLE, learner: FAST_ARTICLE_SETTINGS.genre.learner }
  : full;
const K = GENRES.length;
const byLang = new Map<string, ArticleRow[]>();
for (const l of ALL) byLang.set(l, (await readArticleTask(data, l, 1)).rows);

for (const held of heldOut) {
  const train = ALL.filter((l) => l !== held).flatMap((l) => byLang.get(l) as ArticleRow[]);
  const test = byLang.get(held) as ArticleRow[];
  const ds = buildArticleDataset(train, GENRES, settings.features, settings.article);
  const opts = { folds: 5, innerFolds: 0, seed: 1, bits: settings.features.bits, learner: { ...settings.learner, seed: 1 }, thresholds: settings.thresholds };
  const oof = outOfFoldMargins(ds, 5, opts, 1);
  const decisions = fitGenreDecisions(oof, goldClasses(ds), ds.langs, K);
  const w = trainOneVsRest(ds.rows, ds.targets, K, settings.features.bits, { ...settings.learner, seed: 1 });
  // The held-out language as an unseen one: no language copies.
  const b = new RowBuilder(settings.features.bits, ds.idf ?? null);
  const unseen = { ...settings.features, langFeatures: false };
  const testDs = buildArticleDataset(test, GENRES, settings.features, settings.article);
  const gold = goldClasses(testDs);
  const margins = test.map((r) => {
    emitArticleFeatures(r.doc, unseen, settings.article, b);
    const out = new Float64Array(K);
    rowMargins(w.weights, w.bias, b.take(), K, out);
    return out;
  });
  const zero = GENRES.map(() => 0);
  const macro = (pred: number[]): string => scoreSingleLabel(pred.map((p, i) => ({ gold: GENRES[gold[i] as number] as string, pred: GENRES[p] as string })), GENRES).macro.f1.toFixed(3);
  const cells: string[] = [];
  const langs = [...decisions.keys()];
  for (const l of langs) cells.push(`${l} ${macro(margins.map((m) => genreDecide(genreProbabilities(m, decisions.get(l)!.platt), zero)))}`);
  const averaged = margins.map((m) => {
    const avg = new Float64Array(K);
    for (const l of langs) genreProbabilities(m, decisions.get(l)!.platt).forEach((p, k) => { avg[k] = (avg[k] as number) + p / langs.length; });
    return genreDecide(avg, zero);
  });
  cells.push(`average ${macro(averaged)}`);
  // The style decision (models/genre-model.ts, `unseenCues`): the script-free cue densities of the
  // five languages' articles, one decision with its offsets, as the pooled file ships it.
  const style = fitCueDecision(train.map((r) => scriptFreeDensities(articleCueDensities(r.doc))), Array.from(goldClasses(ds)), K, CUE_TEMPER);
  cells.push(`style ${macro(test.map((r) => genreDecide(genreProbabilities(cueLogits(style, scriptFreeDensities(articleCueDensities(r.doc))), style.platt), style.thresholds)))}`);
  cells.push(`always ${GENRES[0]} ${macro(test.map(() => 0))}`);
  const counts = GENRES.map((g, k) => `${g} ${gold.filter((x) => x === k).length}`).join(', ');
  process.stdout.write(`genre held out ${held} (${counts}): ${cells.join(', ')}\n`);
}
