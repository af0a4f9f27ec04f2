/**
 * `slant eval` without the printing: reads a gold and a prediction file of one subtask, refuses bad
 * predictions (InputError with file and line), and scores them with the official measure; on request,
 * with a bootstrap interval over articles and a paired comparison with a second prediction file.
 */
import { FRAMES, GENRES, TECHNIQUES } from '../labels.js';
import {
  readFrameLabels,
  readGenreLabels,
  readTechniqueLabels,
  type FramesRow,
  type GenreRow,
  type TechniquesRow,
} from '../ingest/semeval-labels.js';
import { isDirectory, readSpanLabels } from '../ingest/semeval-spans.js';
import { InputError } from '../errors.js';
import type { LabelScore } from './f1.js';
import { alignRows } from './align-rows.js';
import { scoreSingleLabel, singleLabelUnits } from './single-label.js';
import { multiLabelUnits, scoreMultiLabel } from './multi-label.js';
import { scoreSpans, spanUnits } from './span-score.js';
import { articleCount, bootstrapInterval, pairedBootstrap, type BootstrapOptions, type BootstrapResult, type PairedResult, type UnitCounts } from './bootstrap.js';

/** The subtasks `slant eval` scores. */
export const SUBTASKS = Object.freeze(['1', '2', '3', 'spans'] as const);
export type Subtask = (typeof SUBTASKS)[number];

/** One named figure. */
export interface Figure {
  name: string;
  value: number;
}

/** The outcome of scoring one prediction file. */
export interface EvalReport {
  subtask: Subtask;
  /** The official figure of the subtask (for spans: the technique-aware F1, see span-score.ts). */
  official: Figure;
  /** Further figures, in display order. */
  figures: Figure[];
  perLabel: LabelScore[];
  gold: { input: string; rows: number };
  pred: { input: string; rows: number };
  /** Remarks about the input that did not refuse it. */
  notes: string[];
  /** The official figure's percentile interval over articles (with `bootstrap` or `compare`). */
  bootstrap?: BootstrapResult;
  /** A second prediction file scored against the same gold (with `compare`). */
  comparison?: Comparison;
}

/** A second prediction file's official figure and the paired bootstrap of the difference. */
export interface Comparison {
  input: string;
  official: Figure;
  /** This report's figure minus the second file's, with its interval and the share of resamples where this one scored higher. */
  paired: PairedResult;
}

/** What `evaluateFiles` adds to the official figure. */
export interface EvalOptions {
  /** Resample articles for an interval (`resamples`, `seed`, `level`). */
  bootstrap?: BootstrapOptions;
  /** A second prediction file to compare with (needs `bootstrap`). */
  compare?: string;
}

/** A report and, worked out only when asked (for the bootstrap), each article's counts of its official measure. */
interface Scored {
  report: EvalReport;
  counts: () => UnitCounts;
}

const articleOf = (r: { id: string }): string => r.id;
const describeArticle = (r: { id: string }): string => `article ${r.id}`;
const paragraphOf = (r: TechniquesRow): string => `${r.id}\t${r.paragraph}`;
const describeParagraph = (r: TechniquesRow): string => `article ${r.id} paragraph ${r.paragraph}`;

/** Refuses a gold file without a row: a wrong or truncated file would otherwise score a plausible 0. */
function withRows<T extends { rows: readonly unknown[] }>(gold: T, goldPath: string): T {
  if (gold.rows.length === 0) throw new InputError({ input: goldPath }, 'the gold file has no rows: nothing to score against');
  return gold;
}

async function evaluateGenre(goldPath: string, predPath: string): Promise<Scored> {
  const gold = withRows(await readGenreLabels(goldPath), goldPath);
  const pred = await readGenreLabels(predPath);
  const pairs = alignRows<GenreRow, GenreRow>(gold, pred, articleOf, describeArticle).map((p) => ({ id: p.gold.id, gold: p.gold.genre, pred: p.pred.genre }));
  const s = scoreSingleLabel(pairs, GENRES);
  const report: EvalReport = {
    subtask: '1',
    official: { name: 'macro-F1', value: s.macro.f1 },
    figures: [{ name: 'micro-F1', value: s.micro.f1 }],
    perLabel: s.perLabel,
    gold: { input: goldPath, rows: gold.rows.length },
    pred: { input: predPath, rows: pred.rows.length },
    notes: s.macroLabels.length < GENRES.length ? [`macro-F1 averages over ${s.macroLabels.join(', ')} (the genres present)`] : [],
  };
  return { report, counts: () => singleLabelUnits(pairs, GENRES) };
}

async function evaluateMultiLabel(subtask: '2' | '3', goldPath: string, predPath: string): Promise<Scored> {
  const pairs =
    subtask === '2'
      ? alignRows<FramesRow, FramesRow>(withRows(await readFrameLabels(goldPath), goldPath), await readFrameLabels(predPath), articleOf, describeArticle)
          .map((p) => ({ id: p.gold.id, gold: p.gold.frames as readonly string[], pred: p.pred.frames as readonly string[] }))
      : alignRows<TechniquesRow, TechniquesRow>(withRows(await readTechniqueLabels(goldPath), goldPath), await readTechniqueLabels(predPath), paragraphOf, describeParagraph)
          .map((p) => ({ id: p.gold.id, gold: p.gold.techniques as readonly string[], pred: p.pred.techniques as readonly string[] }));
  const labels: readonly string[] = subtask === '2' ? FRAMES : TECHNIQUES;
  const s = scoreMultiLabel(pairs, labels);
  const report: EvalReport = {
    subtask,
    official: { name: 'micro-F1', value: s.micro.f1 },
    figures: [
      { name: 'macro-F1', value: s.macro.f1 },
      { name: 'micro-P', value: s.micro.precision },
      { name: 'micro-R', value: s.micro.recall },
    ],
    perLabel: s.perLabel,
    gold: { input: goldPath, rows: pairs.length },
    pred: { input: predPath, rows: pairs.length },
    notes: [],
  };
  return { report, counts: () => multiLabelUnits(pairs, labels, articleOf) };
}

async function evaluateSpanFiles(goldPath: string, predPath: string): Promise<Scored> {
  const goldIsFolder = await isDirectory(goldPath);
  const gold = await readSpanLabels(goldPath);
  // A gold folder may hold articles without a span; a gold file without one is no gold.
  if (gold.articles.size === 0) withRows(gold, goldPath);
  const pred = await readSpanLabels(predPath);
  const notes: string[] = [];
  const unknown = pred.rows.filter((r) => !gold.articles.has(r.id));
  if (unknown.length > 0 && goldIsFolder) {
    const r = unknown[0]!;
    throw new InputError({ input: r.input, line: r.line }, `article ${r.id} is not in the gold folder ${goldPath}`);
  }
  if (unknown.length > 0) notes.push(`${unknown.length} predicted spans are in articles without gold spans (scored as false positives)`);
  const aware = scoreSpans(gold.rows, pred.rows, { techniqueAware: true, labels: TECHNIQUES });
  const si = scoreSpans(gold.rows, pred.rows, { techniqueAware: false });
  const report: EvalReport = {
    subtask: 'spans',
    official: { name: 'span F1 (technique-aware)', value: aware.f1 },
    figures: [
      { name: 'span P', value: aware.precision },
      { name: 'span R', value: aware.recall },
      { name: 'SI F1 (any technique)', value: si.f1 },
      { name: 'SI P', value: si.precision },
      { name: 'SI R', value: si.recall },
    ],
    perLabel: aware.perLabel,
    gold: { input: goldPath, rows: gold.rows.length },
    pred: { input: predPath, rows: pred.rows.length },
    notes,
  };
  return { report, counts: () => spanUnits(aware, gold.articles) };
}

function score(subtask: Subtask, goldPath: string, predPath: string): Promise<Scored> {
  switch (subtask) {
    case '1':
      return evaluateGenre(goldPath, predPath);
    case '2':
    case '3':
      return evaluateMultiLabel(subtask, goldPath, predPath);
    case 'spans':
      return evaluateSpanFiles(goldPath, predPath);
  }
}

/** Below this many articles an interval says little; the report says so. */
const FEW_ARTICLES = 10;

/**
 * Scores the prediction file `predPath` against `goldPath` for `subtask`; with `options.bootstrap`,
 * adds the official figure's interval over articles, and with `options.compare`, scores that file too
 * and adds the paired bootstrap of the difference (see bootstrap.ts).
 * Throws InputError (with file and line where it applies) when a file is refused.
 * @example
 * const report = await evaluateFiles('3', 'gold.txt', 'pred.txt', { bootstrap: { resamples: 1000, seed: 1 } });
 * console.log(report.official.value, report.bootstrap?.low, report.bootstrap?.high);
 */
export async function evaluateFiles(subtask: Subtask, goldPath: string, predPath: string, options: EvalOptions = {}): Promise<EvalReport> {
  const scored = await score(subtask, goldPath, predPath);
  const report = scored.report;
  const resampling = options.bootstrap;
  if (options.compare !== undefined && resampling === undefined) throw new RangeError('comparing two prediction files needs bootstrap options');
  if (resampling === undefined) return report;
  const counts = scored.counts();
  report.bootstrap = bootstrapInterval(counts, resampling);
  if (report.bootstrap.articles < FEW_ARTICLES) report.notes.push(`the interval resamples only ${articleCount(report.bootstrap.articles)} and says little`);
  if (options.compare !== undefined) {
    const other = await score(subtask, goldPath, options.compare);
    report.comparison = { input: options.compare, official: other.report.official, paired: pairedBootstrap(counts, other.counts(), resampling) };
    report.notes.push(...other.report.notes.map((note) => `${options.compare}: ${note}`));
  }
  return report;
}
