/**
 * Genre decided from the article's cue densities (`articleCueDensities`: quotes, questions,
 * numbers, first person, reported speech, … per 1,000 tokens, and length), against the shipped
 * decision over the model's margins, on the same grouped folds (macro-F1, the mean over repeats ×
 * 5 folds). Three decisions per language, each fitted on the other folds only:
 * - margin: the shipped one (Platt per class, offsets for macro-F1) over the out-of-fold margins;
 * - margin+cues, cues: a ridge logistic regression per class over the standardised margins and
 *   cues, or the cues alone, whose logits the same Platt-and-offsets decision reads (fitted on
 *   inner out-of-fold logits, so it never reads a logit of an article its regression saw).
 *
 *   node --import tsx scripts/cv-genre-cues.ts                 pooled genre model, six languages
 *   OWN=1 LANGS=en node --import tsx scripts/cv-genre-cues.ts  a language's own genre model
 *
 * Environment: LANGS (default en,fr,de,it,pl,ru), OWN (one language), REPEATS (12), SEED0 (first
 * fold seed, 1); a bad value exits 2 with one line.
 * The ridge is the shipped one (`CUE_RIDGE`), and the cues alone are tempered as shipped
 * (`CUE_TEMPER`, stop 34; the figures quoted elsewhere before it are without).
 */
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { articleSettings } from '../src/train/genre-frames-settings.js';
import { outOfFoldMargins } from '../src/train/cross-validate.js';
import { groupedFolds, pickRows, rowsWhere } from '../src/train/folds.js';
import { goldClasses } from '../src/train/genre-frames-cv.js';
import { fitGenreDecision, genreDecide, genreProbabilities, macroF1 } from '../src/models/genre-decision.js';
import { CUE_TEMPER, cueLogits, fitCueDecision } from '../src/models/genre-cues.js';
import { articleCueDensities } from '../src/features/article-cues.js';
import { scriptArgs, type ScriptArgs } from './script-args.js';

const args: ScriptArgs = scriptArgs('cv-genre-cues');
const wholeFrom1 = (x: number): boolean => Number.isInteger(x) && x >= 1;
const LANGS = args.languages(process.env.LANGS, 'LANGS');
const [REPEATS] = args.numbers(process.env.REPEATS, 'REPEATS', '12', wholeFrom1, 'a whole number from 1') as [number];
const [SEED0] = args.numbers(process.env.SEED0, 'SEED0', '1', wholeFrom1, 'a whole number from 1') as [number];
if (process.env.OWN && LANGS.length !== 1) args.fail('OWN=1 measures one language\'s own model: give one language in LANGS');
const data = args.semevalRoot();
const rows: ArticleRow[] = [];
for (const l of LANGS) rows.push(...(await readArticleTask(data, l, 1)).rows);
const s = process.env.OWN ? articleSettings('genre', false, LANGS[0]) : articleSettings('genre', true);
const ds = buildArticleDataset(rows, s.labels, s.features, s.article);
const K = ds.labels.length;
const gold = goldClasses(ds);

const C = rows.map((r) => Array.from(articleCueDensities(r.doc)));

type Variant = 'margin' | 'margin+cues' | 'cues';
const features = (v: Variant, m: Float64Array, r: number): number[] => (v === 'cues' ? C[r]! : [...m.subarray(r * K, r * K + K), ...C[r]!]);

const res = new Map<string, number[]>();
for (let rep = 0; rep < REPEATS; rep++) {
  const seed = SEED0 + rep;
  const oof = outOfFoldMargins(ds, 5, { folds: 5, innerFolds: 0, seed, bits: s.features.bits, learner: { ...s.learner, seed }, thresholds: s.thresholds }, seed);
  const fold = groupedFolds(ds.groups, 5, seed);
  for (let f = 0; f < 5; f++) {
    for (const lang of LANGS) {
      const fit = rowsWhere(fold, (x) => x !== f).filter((r) => ds.langs[r] === lang);
      const test = rowsWhere(fold, (x) => x === f).filter((r) => ds.langs[r] === lang);
      if (test.length === 0) continue;
      for (const v of ['margin', 'margin+cues', 'cues'] as Variant[]) {
        let pred: number[];
        if (v === 'margin') {
          const d = fitGenreDecision(pickRows(oof, fit, K), fit.map((r) => gold[r]!), K);
          pred = test.map((r) => genreDecide(genreProbabilities(oof.subarray(r * K, r * K + K), d.platt), d.offsets));
        } else {
          // The shipped cue decision (models/genre-cues.ts) over the cues, or the margins and cues.
          // Tempering reads the cue densities' own layout, so the margins-and-cues rows go without.
          const d = fitCueDecision(fit.map((r) => features(v, oof, r)), fit.map((r) => gold[r]!), K, v === 'cues' ? CUE_TEMPER : null);
          pred = test.map((r) => genreDecide(genreProbabilities(cueLogits(d, features(v, oof, r)), d.platt), d.thresholds));
        }
        const key = `${lang} ${v}`;
        (res.get(key) ?? res.set(key, []).get(key)!).push(macroF1(pred, test.map((r) => gold[r]!), K));
      }
    }
  }
  console.error(`repeat ${rep + 1}/${REPEATS} done`);
}
for (const lang of LANGS) console.log(lang, (['margin', 'margin+cues', 'cues'] as Variant[]).map((v) => { const a = res.get(`${lang} ${v}`)!; return `${v} ${(a.reduce((x, y) => x + y, 0) / a.length).toFixed(3)}`; }).join('  '));
