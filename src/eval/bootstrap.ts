/**
 * How sure a score is: the bootstrap over articles (Efron and Tibshirani 1993; for comparing two
 * systems on one test set, the paired bootstrap of Koehn 2004 and Berg-Kirkpatrick et al. 2012).
 *
 * Every official measure here is a function of counts that add up over articles (true and false
 * positives, or the span measure's overlap sums), so each article is reduced once to its vector of
 * counts, and a resample is a sum of vectors drawn with replacement. The article is the unit, not
 * the paragraph or the span: a paragraph's labels depend on its article, and resampling paragraphs
 * would make the interval too narrow. The interval is the percentile interval of the resampled
 * figures; with few articles (a SemEval language has 130 to 450) it is wide, and that is the point.
 */
import { mulberry32 } from '../models/prng.js';

/** Each article's additive counts of one measure, and the measure from a sum of such vectors. */
export interface UnitCounts {
  /** Article id → its counts; every vector has the same length. */
  units: ReadonlyMap<string, readonly number[]>;
  /** The measure from counts summed over some articles (the official figure over all of them). */
  figure(sum: readonly number[]): number;
}

/** How to resample. */
export interface BootstrapOptions {
  /** Number of resamples. */
  resamples: number;
  /** Seed of the generator (mulberry32): the same seed gives the same interval on every machine. */
  seed: number;
  /** Coverage of the interval; default 0.95. */
  level?: number;
}

/** A percentile interval. */
export interface Interval {
  level: number;
  low: number;
  high: number;
}

/** The bootstrap of one figure. */
export interface BootstrapResult extends Interval {
  resamples: number;
  seed: number;
  /** Number of articles resampled. */
  articles: number;
}

/** The paired bootstrap of the difference a − b between two prediction files on the same articles. */
export interface PairedResult extends BootstrapResult {
  /** a − b on all articles. */
  difference: number;
  /** Share of resamples where a scored strictly higher than b. */
  higher: number;
  /** Share of resamples where a scored strictly lower than b (the rest are ties). */
  lower: number;
}

/** `one article`, `143 articles`: how the reports name the number of resampled articles. */
export const articleCount = (n: number): string => (n === 1 ? 'one article' : `${n} articles`);

/** The element-wise sum of count vectors of one length (an empty list sums to `[]`). */
export function totalCounts(rows: readonly (readonly number[])[]): number[] {
  const sum = new Array<number>(rows[0]?.length ?? 0).fill(0);
  for (const row of rows) for (let j = 0; j < sum.length; j++) sum[j]! += row[j]!;
  return sum;
}

/** Default coverage. */
export const DEFAULT_LEVEL = 0.95;

/** The q-quantile of sorted values, interpolating between order statistics (numpy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (at - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The counts of each measure as rows in one order (the union of both articles' sets, zeros where absent). */
function alignedRows(sets: readonly UnitCounts[]): { ids: string[]; rows: number[][][] } {
  const ids = [...new Set(sets.flatMap((s) => [...s.units.keys()]))].sort();
  const rows = sets.map((s) => {
    const width = s.units.values().next().value?.length ?? 0;
    return ids.map((id) => [...(s.units.get(id) ?? new Array<number>(width).fill(0))]);
  });
  return { ids, rows };
}

/** Runs `resamples` draws of `n` indices and hands each draw's summed rows of every set to `visit`. */
function resample(rows: number[][][], options: BootstrapOptions, visit: (sums: number[][]) => void): void {
  const n = rows[0]?.length ?? 0;
  const random = mulberry32(options.seed);
  const sums = rows.map((set) => new Array<number>(set[0]?.length ?? 0).fill(0));
  for (let r = 0; r < options.resamples; r++) {
    for (const s of sums) s.fill(0);
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(random() * n);
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k]![pick]!;
        const sum = sums[k]!;
        for (let j = 0; j < row.length; j++) sum[j]! += row[j]!;
      }
    }
    visit(sums);
  }
}

function checkOptions(options: BootstrapOptions): number {
  const level = options.level ?? DEFAULT_LEVEL;
  if (!Number.isInteger(options.resamples) || options.resamples < 1) throw new RangeError(`resamples must be a positive whole number, not ${options.resamples}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie between 0 and 1, not ${level}`);
  return level;
}

function interval(values: number[], level: number): Interval {
  values.sort((x, y) => x - y);
  return { level, low: quantile(values, (1 - level) / 2), high: quantile(values, 1 - (1 - level) / 2) };
}

/**
 * The percentile interval of a figure, resampling articles.
 * @example
 * // two articles, one with tp 1 and one with fn 1: micro-F1 2/3 overall, anything from 0 to 1 resampled
 * bootstrapInterval({ units: new Map([['a', [1, 0, 0]], ['b', [0, 0, 1]]]), figure: ([tp, fp, fn]) => 2 * tp / (2 * tp + fp + fn) },
 *   { resamples: 1000, seed: 1 }); // { low: 0, high: 1, … }
 */
export function bootstrapInterval(counts: UnitCounts, options: BootstrapOptions): BootstrapResult {
  const level = checkOptions(options);
  const { ids, rows } = alignedRows([counts]);
  const values: number[] = [];
  resample(rows, options, ([sum]) => values.push(counts.figure(sum!)));
  return { ...interval(values, level), resamples: options.resamples, seed: options.seed, articles: ids.length };
}

/**
 * The paired bootstrap of a − b: both files' counts are summed over the same drawn articles, so the
 * interval is that of the difference, which is much narrower than the two intervals suggest when
 * the files err on the same articles. An article only one of them covers counts as zeros for the other.
 */
export function pairedBootstrap(a: UnitCounts, b: UnitCounts, options: BootstrapOptions): PairedResult {
  const level = checkOptions(options);
  const { ids, rows } = alignedRows([a, b]);
  const difference = a.figure(totalCounts(rows[0]!)) - b.figure(totalCounts(rows[1]!));
  const values: number[] = [];
  let higher = 0;
  let lower = 0;
  resample(rows, options, ([sa, sb]) => {
    const d = a.figure(sa!) - b.figure(sb!);
    if (d > 0) higher++;
    else if (d < 0) lower++;
    values.push(d);
  });
  return {
    ...interval(values, level),
    difference,
    higher: higher / options.resamples,
    lower: lower / options.resamples,
    resamples: options.resamples,
    seed: options.seed,
    articles: ids.length,
  };
}
