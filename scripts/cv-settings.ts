/**
 * Cross-validation of one model setting without editing code or writing a model file: the quick
 * loop for trying features and learners. Settings start from what ships for that task and
 * language (src/train/technique-settings.ts, src/train/genre-frames-settings.ts) and take JSON
 * overrides; the figures use the official measures, folds grouped by article.
 *
 *   node --import tsx scripts/cv-settings.ts <techniques|frames|genre> <lang[,lang...]> ['<json>']
 *
 * The JSON may hold `features` (FeatureConfig fields; `weights` merged key by key), `article`
 * (title and cue weights of the article models), `learner` (LearnerOptions, e.g.
 * `{"solver":"svm","C":0.1}`), `thresholds` ({"mode":"global"}), `repeats` (article models), `seed` (the folds; default 1),
 * for genre `"cueDecision": true | false` (every language decides by the cue densities, or none;
 * default as shipped) and `"stratify": false` (folds drawn without regard to the genre, as before
 * stop 42; by default stratified by language and genre as training draws them), and,
 * for techniques, `"spanSignal": false` (decide on the margin alone, without the span tagger and
 * the sentence model) or `"sentenceSignal": false` (without the sentence model only), and
 * `"sentenceModel": "own"|"pooled"`: where S comes from. By default as shipped: one language (its
 * own model) reads the pooled sentence model, whose out-of-fold margins over all six languages'
 * sentences take about 9 minutes more; `"own"`, its language's own sentence model (the quick loop).
 * Several languages train one pooled model with language-specific features.
 *
 * With `PRED_OUT=<folder>`, techniques also write each language's out-of-fold predictions as
 * `<folder>/<lang>-subtask-3.txt` (SemEval subtask-3 rows), so that two settings can be compared on
 * the same articles with `slant eval --subtask 3 --gold <lang folder>/train-labels-subtask-3.txt
 * --pred a/ru-subtask-3.txt --compare b/ru-subtask-3.txt` (the paired bootstrap over articles). Its
 * micro-F1 pools the five folds' paragraphs; the figure printed here is the mean of the five folds'.
 * Genre and frames write one file per repeat, `<folder>/<lang>-subtask-<1|2>-r<k>.txt` (repeat k's
 * folds drawn from seed + k − 1), each compared the same way with `--subtask 1` or `2`. These are
 * the decisions this script measures: for frames the language's own margin (the shipped de and pl
 * pairs and the English word vectors are scored by `slant train frames` and
 * scripts/cv-frames-vectors.ts, not here).
 * Beside each fold mean the script prints that pooled figure ("all out of fold"; genre and frames:
 * every repeat's predictions) with its 95% bootstrap interval over the articles, as training stores
 * it in the model headers (src/train/cv-interval.ts).
 *
 * @example
 * node --import tsx scripts/cv-settings.ts techniques ru '{"learner":{"solver":"svm","C":0.1}}'
 */
import { TECHNIQUES } from '../src/labels.js';
import { checkFeatureConfig, type FeatureConfig } from '../src/features/feature-config.js';
import { isoOf, readSemevalLanguage } from '../src/train/semeval-corpus.js';
import { readArticleTask, type ArticleRow } from '../src/train/genre-frames-corpus.js';
import { buildDataset } from '../src/train/dataset.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { crossValidate } from '../src/train/cross-validate.js';
import { concatSignals } from '../src/train/span-signal-oof.js';
import { decisionSignalOnly, pooledSentenceSignalOutOfFold, type PooledSentenceInput } from '../src/train/sentence-signal-oof.js';
import { readSpanCorpus } from '../src/train/spans-corpus.js';
import { SIGNAL_WIDTH } from '../src/train/decision.js';
import { crossValidateFrames, crossValidateGenre } from '../src/train/genre-frames-cv.js';
import { formatInterval } from '../src/train/cv-interval.js';
import { techniqueSettings } from '../src/train/technique-settings.js';
import { articleSettings } from '../src/train/genre-frames-settings.js';
import { articleCueDensities } from '../src/features/article-cues.js';
import { DEFAULT_THRESHOLDS } from '../src/models/thresholds.js';
import { scriptArgs, TRAINING_LANGUAGES, type ScriptArgs } from './script-args.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TrainRow } from '../src/train/semeval-corpus.js';

const args: ScriptArgs = scriptArgs('cv-settings');
const [task, langsArg, json] = process.argv.slice(2);
if ((task !== 'techniques' && task !== 'frames' && task !== 'genre') || !langsArg) args.fail("usage: cv-settings.ts <techniques|frames|genre> <lang[,lang...]> ['<json overrides>']");
const o = parseOverrides(json ?? '{}');
const langs = args.languages(langsArg, 'languages');
const data = args.semevalRoot();
const pooled = langs.length > 1;
/** Fold seed (and the learner's): another seed draws other folds, for the spread of a figure. */
const seed = (o.seed as number | undefined) ?? 1;
const started = Date.now();
const predOut = process.env['PRED_OUT'] ?? '';
// A folder that cannot be made fails now, not after minutes of cross-validation.
if (predOut !== '') makePredictionFolder(predOut);

/** The shipped features with the overrides; exits 2 with a one-line message if a model file would refuse them. */
function merge(base: FeatureConfig): FeatureConfig {
  const f = (o.features ?? {}) as Partial<FeatureConfig>;
  const merged = { ...base, ...f, weights: { ...base.weights, ...(f.weights ?? {}) } };
  const problem = checkFeatureConfig(merged);
  if (problem !== null) {
    args.fail(`the "features" overrides are not valid: ${problem}`);
  }
  return merged;
}

let figures: string;
if (task === 'techniques') {
  const s = techniqueSettings(langs, pooled);
  const features = merge(s.features);
  const perLang = langs.map((l) => readSemevalLanguage(data, l).rows);
  const rows = perLang.flat();
  const ds = buildDataset(rows, TECHNIQUES, features);
  const learner = { ...s.learner, ...(o.learner as object) };
  // The span tagger's and sentence model's signals, as the shipped models decide with them;
  // `"spanSignal": false` leaves both out, `"sentenceSignal": false` only the sentence one.
  const parts: Float64Array[] = [];
  if (o.spanSignal !== false) for (const [i, l] of langs.entries()) parts.push(await decisionSignalOnly(data, l, perLang[i] ?? [], { labels: TECHNIQUES, folds: 5, seed }));
  if (o.spanSignal !== false && (o.sentenceModel ?? (pooled ? 'own' : 'pooled')) === 'pooled') {
    // S from the pooled sentence model, trained (out of fold) on every language's sentences.
    const all = TRAINING_LANGUAGES;
    const inputs: PooledSentenceInput[] = [];
    for (const l of all) inputs.push({ lang: l, articles: (await readSpanCorpus(data, l)).articles, rows: langs.includes(l) ? (perLang[langs.indexOf(l)] ?? []) : readSemevalLanguage(data, l).rows });
    const pooledS = pooledSentenceSignalOutOfFold(inputs, { labels: TECHNIQUES, folds: 5, seed });
    langs.forEach((l, i) => {
      const s = pooledS[all.indexOf(l)] as Float64Array;
      const p = parts[i] as Float64Array;
      for (let k = 0; k < s.length; k++) p[k * SIGNAL_WIDTH + 2] = s[k] as number;
    });
  }
  if (o.sentenceSignal === false) for (const p of parts) for (let k = 2; k < p.length; k += SIGNAL_WIDTH) p[k] = 0;
  const signal = o.spanSignal === false ? undefined : concatSignals(parts);
  const cv = crossValidate(ds, { folds: 5, innerFolds: 0, seed, bits: features.bits, learner: { ...learner, seed }, thresholds: { ...DEFAULT_THRESHOLDS, ...(o.thresholds as object) } }, () => {}, signal);
  figures = cv.perLang.map((c) => `${c.lang} micro-F1 ${c.microMean.toFixed(3)} ± ${c.microStd.toFixed(3)}, all out of fold ${formatInterval(c.interval)}`).join('; ');
  if (predOut !== '') writeOutOfFold(predOut, rows, cv.oofScores.pred);
} else {
  const rows: ArticleRow[] = [];
  for (const l of langs) rows.push(...(await readArticleTask(data, l, task === 'genre' ? 1 : 2)).rows);
  const s = articleSettings(task, pooled, pooled ? undefined : isoOf(langs[0] as string));
  const base = merge(s.features);
  const ds = buildArticleDataset(rows, s.labels, base, { ...s.article, ...(o.article as object) });
  const opts = {
    folds: 5,
    repeats: typeof o.repeats === 'number' ? o.repeats : 2,
    ...(o.stratify === false ? { stratify: false } : {}),
    seed,
    bits: base.bits,
    learner: { ...s.learner, ...(o.learner as object) },
    thresholds: { ...s.thresholds, ...(o.thresholds as object) },
    // Languages that decide by the cue densities are measured so; "cueDecision" true or false for all.
    ...(task === 'genre' ? cueOption(o.cueDecision === undefined ? (s.cueLangs ?? []) : o.cueDecision === true ? langs.map(isoOf) : [], rows) : {}),
  };
  const cv = task === 'genre' ? crossValidateGenre(ds, opts) : crossValidateFrames(ds, opts);
  if (predOut !== '') cv.decisions.forEach((d, rep) => writeArticleOutOfFold(predOut, task === 'genre' ? 1 : 2, rep + 1, rows, s.labels, d));
  figures = cv.perLang.map((c) => `${c.lang} ${task === 'genre' ? 'macro' : 'micro'}-F1 ${c.value.mean.toFixed(3)} ± ${c.value.std.toFixed(3)}${c.interval ? `, all out of fold ${formatInterval(c.interval)}` : ''}`).join('; ');
}
process.stdout.write(`${task} ${langsArg} ${json ?? '{}'}: ${figures} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);

/** The cross-validation's cue option for the languages `cueLangs` (none: no option). */
function cueOption(cueLangs: readonly string[], rows: ArticleRow[]): { cues?: { densities: Float64Array[]; langs: ReadonlySet<string> } } {
  return cueLangs.length === 0 ? {} : { cues: { densities: rows.map((r) => articleCueDensities(r.doc)), langs: new Set(cueLangs) } };
}

/** The JSON overrides as an object, or exit 2 with a one-line message. */
function parseOverrides(text: string): Record<string, Record<string, unknown> | number | boolean | string | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    args.fail(`the overrides argument is not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    args.fail('the overrides must be a JSON object, e.g. \'{"learner":{"C":0.1}}\'');
  }
  const sentenceModel = (value as Record<string, unknown>).sentenceModel;
  if (sentenceModel !== undefined && sentenceModel !== 'own' && sentenceModel !== 'pooled') {
    args.fail(`"sentenceModel" must be "own" or "pooled", not ${JSON.stringify(sentenceModel)}`);
  }
  for (const key of ['spanSignal', 'sentenceSignal', 'cueDecision', 'stratify']) {
    const flag = (value as Record<string, unknown>)[key];
    if (flag !== undefined && typeof flag !== 'boolean') {
      args.fail(`"${key}" must be true or false, not ${JSON.stringify(flag)}`);
    }
  }
  const seed = (value as Record<string, unknown>).seed;
  if (seed !== undefined && !(Number.isInteger(seed) && (seed as number) >= 1)) {
    args.fail(`"seed" must be a whole number from 1, not ${JSON.stringify(seed)}`);
  }
  return value as Record<string, Record<string, unknown> | number | boolean | string | undefined>;
}

/**
 * Writes repeat `rep`'s out-of-fold genre or frames decisions (`decided`, rows × labels) as SemEval
 * subtask-1 or -2 rows, one file per language: `<folder>/<lang>-subtask-<n>-r<rep>.txt`.
 */
function writeArticleOutOfFold(folder: string, subtask: 1 | 2, rep: number, rows: readonly ArticleRow[], labels: readonly string[], decided: Uint8Array): void {
  const L = labels.length;
  const lines = rows.map((r, i) => ({ lang: r.lang, line: `${r.articleId}\t${labels.filter((_, l) => decided[i * L + l] === 1).join(',')}` }));
  writeByLanguage(folder, lines, (iso) => `${iso}-subtask-${subtask}-r${rep}.txt`, ` of repeat ${rep}`);
}

/** Writes each language's out-of-fold technique predictions as SemEval subtask-3 rows into `folder`. */
function writeOutOfFold(folder: string, rows: readonly TrainRow[], pred: Uint8Array): void {
  const L = TECHNIQUES.length;
  const lines = rows.map((r, i) => ({ lang: r.lang, line: `${r.articleId}\t${r.doc.paragraphs[r.index]!.n}\t${TECHNIQUES.filter((_, l) => pred[i * L + l] === 1).join(',')}` }));
  writeByLanguage(folder, lines, (iso) => `${iso}-subtask-3.txt`, '');
}

/** Writes `lines` into `folder`, one file per language named by `name` (of its ISO code); `what` ends the log line's count. */
function writeByLanguage(folder: string, lines: readonly { lang: string; line: string }[], name: (iso: string) => string, what: string): void {
  const byLang = new Map<string, string[]>();
  for (const { lang, line } of lines) (byLang.get(lang) ?? byLang.set(lang, []).get(lang)!).push(line);
  for (const [lang, list] of byLang) {
    const file = path.join(folder, name(isoOf(lang)));
    try {
      writeFileSync(file, `${list.join('\n')}\n`);
    } catch (error) {
      args.fail(`PRED_OUT: cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    process.stderr.write(`cv-settings: wrote ${list.length} out-of-fold rows${what} to ${file}\n`);
  }
}

/** Makes the PRED_OUT folder, or exits 2 with one line saying why it cannot be made. */
function makePredictionFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    args.fail(`PRED_OUT: cannot make the folder ${folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
