/**
 * How the English article models behave on short texts: out of fold, each test article is scored
 * whole and cut to its first 15, 40 and 100 words, against the whole article's gold. Training
 * articles hold 67 words or more (English 107), so a pasted paragraph is outside what the models
 * saw; what matters there is that the scores stay honest (log-loss, calibration), not F1.
 *
 *   node --max-old-space-size=6000 --import tsx scripts/cv-short-articles.ts frames [seeds]
 *   node --import tsx scripts/cv-short-articles.ts genre [repeats]
 *   node --max-old-space-size=6000 --import tsx scripts/cv-short-articles.ts genre-decision [repeats]
 *
 * frames: the pooled frames model and the English word-vector pair as shipped, each fold's
 *   regressions and decision fitted on the other folds, for each shrinkage of the mean vector in
 *   SHRINKS (words, default 0,10,30,100; `FRAMES_VECTORS.shrinkWords`). Prints micro-F1, mean
 *   log-loss per article and frame, expected calibration error (10 bins) and how often a score
 *   of 0.8 or more was right. Seed 1 took 2 min.
 * genre: the English cue decision (models/genre-cues.ts) over 5 folds × repeats (default 6), for
 *   each tempering in TEMPERS (tokens:clip, default 0:0,150:0,0:3,300:3,600:3,300:2.5; 0:0 is none).
 *   Prints macro-F1 and the mean log-loss of the gold genre; fold seeds from SEED0 (1). 20 s.
 * genre-decision: every language's genre as shipped (English by its tempered cue decision, fr, de
 *   and ru by the pooled model's margins, it and pl by their own models'), decided with the class
 *   offsets or as the most probable genre, over 5 folds × repeats (default 3). Macro-F1. 1 min.
 */
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { FRAMES_VECTORS, articleSettings, type ArticleSettings } from '../src/train/genre-frames-settings.js';
import { groupedFolds, pickRows, rowsWhere } from '../src/train/folds.js';
import { subset, type Dataset } from '../src/train/dataset.js';
import type { SparseRow } from '../src/features/feature-sink.js';
import { margins as rowMargins, trainOneVsRest } from '../src/models/logistic-ovr.js';
import { readWordVectors } from '../src/features/word-vectors.js';
import { articleVectors, fitVectorRegressions, type ArticleVector } from '../src/train/frames-vectors.js';
import { shrunkLogits } from '../src/models/vector-decision.js';
import { fitPairDecision } from '../src/train/frames-companion.js';
import { applyPairPlatt } from '../src/models/platt.js';
import { cueLogits, fitCueDecision, type CueTemper } from '../src/models/genre-cues.js';
import { fitGenreDecision, genreDecide, genreProbabilities, macroF1 } from '../src/models/genre-decision.js';
import { goldClasses } from '../src/train/genre-frames-cv.js';
import { articleCueDensities } from '../src/features/article-cues.js';
import { GENRES } from '../src/labels.js';
import type { Document, Paragraph } from '../src/document/document.js';
import { articleWords } from '../src/models/short-text.js';
import { scriptArgs, type ScriptArgs } from './script-args.js';

const CUTS = (process.env.CUTS ?? '15,40,100').split(',').map(Number);
const [task, arg] = process.argv.slice(2);
const args: ScriptArgs = scriptArgs('cv-short-articles');
const fail: (message: string) => never = args.fail;
if (task !== 'frames' && task !== 'genre' && task !== 'genre-decision') fail(`give a task: frames, genre or genre-decision, not '${task ?? ''}'`);
const data = args.semevalRoot();
const numbers = (s: string, what: string, min: number): number[] => args.numbers(s, what, s, (v) => Number.isFinite(v) && v >= min, `numbers from ${min}`);

/** The document cut after its first `K` words (whole paragraphs before, the rest of the last one dropped). */
function cut(doc: Document, K: number): Document {
  const paragraphs: Paragraph[] = [];
  let words = 0;
  for (const p of doc.paragraphs) {
    if (words >= K) break;
    let take = 0;
    for (const t of p.tokens) {
      take++;
      if (t.kind === 'word' && ++words >= K) break;
    }
    const tokens = p.tokens.slice(0, take);
    const end = tokens.length > 0 ? (tokens[tokens.length - 1] as Paragraph['tokens'][number]).end : p.start;
    paragraphs.push({ ...p, end, tokens, sentences: p.sentences.filter((x) => x.start < end).map((x) => ({ start: x.start, end: Math.min(x.end, end) })) });
  }
  return { ...doc, paragraphs };
}

/**
 * `RAMPS` (genre-decision): offsets scaled by a factor rising linearly from 0 at `a` words to 1 at
 * `b` words, e.g. `RAMPS=60:150,60:300` (none by default).
 */
const RAMPS = (process.env.RAMPS ?? '').split(',').filter((r) => r !== '').map((r) => r.split(':').map(Number) as [number, number]);
const rampFactor = ([a, b]: readonly [number, number], words: number): number => Math.min(1, Math.max(0, (words - a) / (b - a)));

/** Mean log-loss of probabilities `p` against 0/1 `y`. */
function logLoss(p: ArrayLike<number>, y: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-6, Math.max(1e-6, p[i] as number));
    sum -= y[i] ? Math.log(q) : Math.log(1 - q);
  }
  return sum / p.length;
}

const f4 = (x: number): string => x.toFixed(4);

/**
 * Out-of-fold margins (each fold's model trained on the other folds' whole articles) of rows `at`
 * of `ds`, whole and in each cut version (`cutRows[c][j]`: row `at[j]` cut): one array per
 * version, `at.length × labels`, in the order of `at`.
 */
function outOfFoldVersions(ds: Dataset, s: ArticleSettings, folds: Int32Array, seed: number, at: readonly number[], cutRows: readonly SparseRow[][]): Float64Array[] {
  const L = ds.labels.length;
  const margins = [ds.rows, ...cutRows].map(() => new Float64Array(at.length * L));
  const m = new Float64Array(L);
  for (let f = 0; f < 5; f++) {
    const tr = subset(ds, rowsWhere(folds, (x) => x !== f));
    const w = trainOneVsRest(tr.rows, tr.targets, L, s.features.bits, { ...s.learner, seed: seed + f });
    at.forEach((r, j) => {
      if (folds[r] !== f) return;
      [ds.rows[r] as SparseRow, ...cutRows.map((c) => c[j] as SparseRow)].forEach((row, v) => {
        rowMargins(w.weights, w.bias, row, L, m);
        (margins[v] as Float64Array).set(m, j * L);
      });
    });
  }
  return margins;
}

if (task === 'frames') {
  const seeds = numbers(arg ?? '1', 'seeds', 1);
  const shrinks = numbers(process.env.SHRINKS ?? '0,10,30,100', 'SHRINKS', 0);
  const rows: ArticleRow[] = [];
  for (const l of ['en', 'fr', 'de', 'it', 'pl', 'ru']) rows.push(...(await readArticleTask(data, l, 2)).rows);
  const s = articleSettings('frames', true);
  const ds = buildArticleDataset(rows, s.labels, s.features, s.article);
  const L = ds.labels.length;
  const en = rows.flatMap((r, i) => (r.lang === 'en' ? [i] : []));
  const docs = [en.map((i) => (rows[i] as ArticleRow).doc), ...CUTS.map((K) => en.map((i) => cut((rows[i] as ArticleRow).doc, K)))];
  const names = ['whole', ...CUTS.map((K) => `${K} words`)];
  const cutRows = CUTS.map((_, c) => buildArticleDataset(en.map((i, j) => ({ ...(rows[i] as ArticleRow), doc: (docs[c + 1] as Document[])[j] as Document })), s.labels, s.features, s.article).rows);
  const lex = readWordVectors(FRAMES_VECTORS.file);
  const vectors = docs.map((d) => articleVectors(lex, d));
  const targets = pickRows(ds.targets, en, L);
  for (const seed of seeds) {
    const folds = groupedFolds(ds.groups, 5, seed);
    const fold = Int32Array.from(en, (i) => folds[i] as number);
    // The pooled model's out-of-fold margins of each version of every English article.
    const margins = outOfFoldVersions(ds, s, folds, seed, en, cutRows);
    for (const k of shrinks) {
      // Each version's vector logits from the regressions of the other folds' whole articles.
      const logits = vectors.map(() => new Float64Array(en.length * L));
      for (let f = 0; f < 5; f++) {
        const tr = rowsWhere(fold, (x) => x !== f);
        const fit = fitVectorRegressions(tr.map((j) => (vectors[0] as ArticleVector[])[j] as ArticleVector), pickRows(targets, tr, L), L, FRAMES_VECTORS.ridge, k);
        for (const j of rowsWhere(fold, (x) => x === f)) {
          vectors.forEach((X, v) => (logits[v] as Float64Array).set(shrunkLogits(fit, (X[j] as ArticleVector).mean, (X[j] as ArticleVector).words), j * L));
        }
      }
      const line = docs.map((_, v) => {
        const P = new Float64Array(en.length * L);
        const pred = new Uint8Array(en.length * L);
        for (let f = 0; f < 5; f++) {
          const tr = rowsWhere(fold, (x) => x !== f);
          const d = fitPairDecision(pickRows(margins[0] as Float64Array, tr, L), pickRows(logits[0] as Float64Array, tr, L), pickRows(targets, tr, L), L, s.thresholds);
          for (const j of rowsWhere(fold, (x) => x === f)) {
            for (let l = 0; l < L; l++) {
              const p = applyPairPlatt(d.platt[l] as NonNullable<(typeof d.platt)[number]>, (margins[v] as Float64Array)[j * L + l] as number, (logits[v] as Float64Array)[j * L + l] as number);
              P[j * L + l] = p;
              pred[j * L + l] = p >= (d.thresholds[l] as number) ? 1 : 0;
            }
          }
        }
        let tp = 0, fp = 0, fn = 0, high = 0, highRight = 0;
        const bins = Array.from({ length: 10 }, () => ({ n: 0, p: 0, y: 0 }));
        P.forEach((p, i) => {
          const y = targets[i] as number;
          if (pred[i] && y) tp++;
          else if (pred[i]) fp++;
          else if (y) fn++;
          if (p >= 0.8) { high++; highRight += y; }
          const b = bins[Math.min(9, Math.floor(p * 10))] as { n: number; p: number; y: number };
          b.n++; b.p += p; b.y += y;
        });
        const ece = bins.reduce((a, b) => a + Math.abs(b.p - b.y), 0) / P.length;
        return `${names[v]}: F1 ${f4((2 * tp) / (2 * tp + fp + fn))} log-loss ${f4(logLoss(P, targets))} ECE ${f4(ece)} ≥0.8 ${high} right ${high > 0 ? (highRight / high).toFixed(2) : '-'}`;
      });
      console.log(`seed ${seed}, shrink ${k} words: ${line.join(' | ')}`);
    }
  }
} else if (task === 'genre') {
  const repeats = numbers(arg ?? '6', 'repeats', 1)[0] as number;
  const SEED0 = numbers(process.env.SEED0 ?? '1', 'SEED0', 1)[0] as number;
  const tempers: (CueTemper | null)[] = (process.env.TEMPERS ?? '0:0,150:0,0:3,300:3,600:3,300:2.5').split(',').map((t) => {
    const [tokens, clip] = numbers(t.replace(':', ','), 'TEMPERS', 0) as [number, number];
    return tokens === 0 && clip === 0 ? null : { tokens, clip: clip === 0 ? Infinity : clip };
  });
  const { rows } = await readArticleTask(data, 'en', 1);
  const gold = rows.map((r) => GENRES.indexOf(r.labels[0] as never));
  const versions = [rows.map((r) => articleCueDensities(r.doc)), ...CUTS.map((K) => rows.map((r) => articleCueDensities(cut(r.doc, K))))];
  const names = ['whole', ...CUTS.map((K) => `${K} words`)];
  for (const temper of tempers) {
    const f1 = versions.map(() => [] as number[]);
    const loss = versions.map(() => [] as number[]);
    for (let rep = 0; rep < repeats; rep++) {
      const fold = groupedFolds(rows.map((r) => r.articleId), 5, SEED0 + rep);
      for (let f = 0; f < 5; f++) {
        const fit = rowsWhere(fold, (x) => x !== f);
        const test = rowsWhere(fold, (x) => x === f);
        const d = fitCueDecision(fit.map((i) => (versions[0] as Float64Array[])[i] as Float64Array), fit.map((i) => gold[i] as number), GENRES.length, temper);
        versions.forEach((X, v) => {
          const pred = test.map((i) => {
            const p = genreProbabilities(cueLogits(d, X[i] as Float64Array), d.platt);
            (loss[v] as number[]).push(-Math.log(Math.max(1e-6, p[gold[i] as number] as number)));
            return genreDecide(p, d.thresholds);
          });
          (f1[v] as number[]).push(macroF1(pred, test.map((i) => gold[i] as number), GENRES.length));
        });
      }
    }
    const mean = (a: number[]): number => a.reduce((x, y) => x + y, 0) / a.length;
    const label = temper ? `${temper.tokens} tokens, clip ${temper.clip}` : 'none';
    console.log(`temper ${label}: ${names.map((n, v) => `${n} macro-F1 ${mean(f1[v] as number[]).toFixed(3)} log-loss ${mean(loss[v] as number[]).toFixed(3)}`).join(' | ')}`);
  }
}
 else {
  const repeats = numbers(arg ?? '3', 'repeats', 1)[0] as number;
  const names = ['whole', ...CUTS.map((K) => `${K} words`)];
  const results = new Map<string, number[]>();
  const add = (key: string, v: number): void => void (results.get(key) ?? results.set(key, []).get(key) as number[]).push(v);
  const mostProbable = (p: ArrayLike<number>): number => Array.from(p).indexOf(Math.max(...Array.from(p)));
  const all: ArticleRow[] = [];
  for (const l of ['en', 'fr', 'de', 'it', 'pl', 'ru']) all.push(...(await readArticleTask(data, l, 1)).rows);
  // The file and decision that serve each language: [rows' languages, measured languages, pooled].
  const setups: [string[], string[], boolean][] = [[['en', 'fr', 'de', 'it', 'pl', 'ru'], ['fr', 'de', 'ru'], true], [['it'], ['it'], false], [['pl'], ['pl'], false], [['en'], ['en'], false]];
  for (const [langs, measured, pooled] of setups) {
    const rows = all.filter((r) => langs.includes(r.lang));
    const s = pooled ? articleSettings('genre', true) : articleSettings('genre', false, langs[0]);
    const ds = buildArticleDataset(rows, s.labels, s.features, s.article);
    const K = ds.labels.length;
    const gold = goldClasses(ds);
    const versions = [rows.map((r) => r.doc), ...CUTS.map((C) => rows.map((r) => cut(r.doc, C)))];
    const cues = versions.map((docs) => docs.map((d) => articleCueDensities(d)));
    const cutRows = versions.slice(1).map((docs) => buildArticleDataset(rows.map((r, i) => ({ ...r, doc: docs[i] as Document })), s.labels, s.features, s.article).rows);
    for (let rep = 0; rep < repeats; rep++) {
      const seed = rep + 1;
      const folds = groupedFolds(ds.groups, 5, seed);
      const byStyle = langs[0] === 'en' && !pooled;
      const margins = byStyle ? [] : outOfFoldVersions(ds, s, folds, seed, rows.map((_, r) => r), cutRows);
      for (const lang of measured) {
        for (let f = 0; f < 5; f++) {
          const fit = rowsWhere(folds, (x) => x !== f).filter((r) => ds.langs[r] === lang);
          const test = rowsWhere(folds, (x) => x === f).filter((r) => ds.langs[r] === lang);
          const g = test.map((r) => gold[r] as number);
          const decision = byStyle ? fitCueDecision(fit.map((r) => (cues[0] as Float64Array[])[r] as Float64Array), fit.map((r) => gold[r] as number), K) : fitGenreDecision(pickRows(margins[0] as Float64Array, fit, K), fit.map((r) => gold[r] as number), K);
          versions.forEach((docs, v) => {
            const probs = test.map((r) => (byStyle ? genreProbabilities(cueLogits(decision as ReturnType<typeof fitCueDecision>, (cues[v] as Float64Array[])[r] as Float64Array), decision.platt) : genreProbabilities((margins[v] as Float64Array).subarray(r * K, r * K + K), decision.platt)));
            const offsets = 'offsets' in decision ? decision.offsets : decision.thresholds;
            add(`${lang} ${v} offsets`, macroF1(probs.map((p) => genreDecide(p, offsets)), g, K));
            add(`${lang} ${v} most probable`, macroF1(probs.map(mostProbable), g, K));
            for (const ramp of RAMPS) {
              const scaled = test.map((r) => offsets.map((o) => o * rampFactor(ramp, articleWords(docs[r] as Document))));
              add(`${lang} ${v} ramp ${ramp.join(':')}`, macroF1(probs.map((p, i) => genreDecide(p, scaled[i] as number[])), g, K));
            }
          });
        }
      }
    }
  }
  const mean = (a: number[]): string => (a.reduce((x, y) => x + y, 0) / a.length).toFixed(3);
  for (const lang of ['en', 'fr', 'de', 'it', 'pl', 'ru']) {
    console.log(`${lang}: ${names.map((n, v) => `${n} offsets ${mean(results.get(`${lang} ${v} offsets`) as number[])}, most probable ${mean(results.get(`${lang} ${v} most probable`) as number[])}${RAMPS.map((r) => `, ramp ${r.join(':')} ${mean(results.get(`${lang} ${v} ramp ${r.join(':')}`) as number[])}`).join('')}`).join(' | ')}`);
  }
}
