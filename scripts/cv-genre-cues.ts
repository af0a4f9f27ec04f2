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
 * Environment: LANGS (default en,fr,de,it,pl,ru), OWN, REPEATS (12), SEED0 (first fold seed, 1),
 * LAMBDA (ridge, 10).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { articleSettings } from '../src/train/genre-frames-settings.js';
import { outOfFoldMargins } from '../src/train/cross-validate.js';
import { groupedFolds, pickRows, rowsWhere } from '../src/train/folds.js';
import { goldClasses } from '../src/train/genre-frames-cv.js';
import { fitGenreDecision, genreDecide, genreProbabilities, macroF1 } from '../src/models/genre-decision.js';
import { articleCueDensities } from '../src/features/article-cues.js';

const data = path.resolve(import.meta.dirname, '../../shared/data/semeval2023');
if (!existsSync(data)) {
  console.log(`cv-genre-cues: ${data} is absent, nothing to measure`);
  process.exit(0);
}
const LANGS = (process.env.LANGS ?? 'en,fr,de,it,pl,ru').split(',');
const REPEATS = Number(process.env.REPEATS ?? 12);
const SEED0 = Number(process.env.SEED0 ?? 1);
const LAMBDA = Number(process.env.LAMBDA ?? 10);
const rows: ArticleRow[] = [];
for (const l of LANGS) rows.push(...(await readArticleTask(data, l, 1)).rows);
const s = process.env.OWN ? articleSettings('genre', false, LANGS[0]) : articleSettings('genre', true);
const ds = buildArticleDataset(rows, s.labels, s.features, s.article);
const K = ds.labels.length;
const gold = goldClasses(ds);

const C = rows.map((r) => Array.from(articleCueDensities(r.doc)));

/** Ridge logistic regression on standardised x (n × d); returns a predictor of the logit. */
function fitLogistic(x: number[][], y: number[], lambda: number): (v: number[]) => number {
  const d = x[0]!.length, n = x.length;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((a, r) => a + r[j]!, 0) / n);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(x.reduce((a, r) => a + (r[j]! - mean[j]!) ** 2, 0) / n) || 1);
  const z = x.map((r) => r.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Float64Array(d); let b = 0;
  const pos = y.reduce((a, v) => a + v, 0);
  b = Math.log((pos + 0.5) / (n - pos + 0.5));
  for (let it = 0; it < 400; it++) {
    const g = new Float64Array(d); let gb = 0;
    for (let i = 0; i < n; i++) {
      let m = b; for (let j = 0; j < d; j++) m += w[j]! * z[i]![j]!;
      const e = 1 / (1 + Math.exp(-m)) - y[i]!;
      for (let j = 0; j < d; j++) g[j] += e * z[i]![j]!;
      gb += e;
    }
    for (let j = 0; j < d; j++) w[j] -= 0.5 * (g[j]! / n + (lambda / n) * w[j]!);
    b -= 0.5 * gb / n;
  }
  return (v) => { let m = b; for (let j = 0; j < d; j++) m += w[j]! * ((v[j]! - mean[j]!) / sd[j]!); return m; };
}

type Variant = 'margin' | 'margin+cues' | 'cues';
const features = (v: Variant, m: Float64Array, r: number): number[] => (v === 'margin' ? [] : v === 'cues' ? C[r]! : [...m.subarray(r * K, r * K + K), ...C[r]!]);

/** Stacked "margins" (n × K) for rows `at` from a stacker fitted on rows `fitRows`. */
function stack(v: Variant, m: Float64Array, fitRows: number[], at: number[]): Float64Array {
  const out = new Float64Array(at.length * K);
  for (let k = 0; k < K; k++) {
    const y = fitRows.map((r) => (gold[r] === k ? 1 : 0));
    if (y.every((t) => t === 0)) { at.forEach((_, i) => (out[i * K + k] = -10)); continue; }
    const f = fitLogistic(fitRows.map((r) => features(v, m, r)), y, LAMBDA);
    at.forEach((r, i) => (out[i * K + k] = f(features(v, m, r))));
  }
  return out;
}

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
        let fitM: Float64Array, testM: Float64Array;
        if (v === 'margin') { fitM = pickRows(oof, fit, K); testM = pickRows(oof, test, K); }
        else {
          // Inner cross-fitting: the decision is fitted on stacker outputs for rows the stacker did not see.
          fitM = new Float64Array(fit.length * K);
          for (let g = 0; g < 5; g++) {
            const inIdx = fit.map((_, i) => i).filter((i) => i % 5 === g);
            const sm = stack(v, oof, fit.filter((_, i) => i % 5 !== g), inIdx.map((i) => fit[i]!));
            inIdx.forEach((i, j) => fitM.set(sm.subarray(j * K, j * K + K), i * K));
          }
          testM = stack(v, oof, fit, test);
        }
        const d = fitGenreDecision(fitM, fit.map((r) => gold[r]!), K);
        const pred = test.map((_, i) => genreDecide(genreProbabilities(testM.subarray(i * K, i * K + K), d.platt), d.offsets));
        const key = `${lang} ${v}`;
        (res.get(key) ?? res.set(key, []).get(key)!).push(macroF1(pred, test.map((r) => gold[r]!), K));
      }
    }
  }
  console.error(`repeat ${rep + 1}/${REPEATS} done`);
}
for (const lang of LANGS) console.log(lang, (['margin', 'margin+cues', 'cues'] as Variant[]).map((v) => { const a = res.get(`${lang} ${v}`)!; return `${v} ${(a.reduce((x, y) => x + y, 0) / a.length).toFixed(3)}`; }).join('  '));
