/**
 * How far a model's scores can be read as probabilities (issue 4, item 2: "calibrated scores"):
 * from cross-validated scores and the gold labels, a reliability table (scores in ten equal bins:
 * how many, their mean, and how often the label was there), its expected calibration error (the
 * count-weighted mean gap between a bin's mean score and its rate), and the same check on the
 * labels a reader is shown: those over their thresholds, whose mean score should match how many of
 * them are right (their precision).
 */

/** One bin of scores in `[lo, hi)` (the last one includes 1). */
export interface ReliabilityBin {
  lo: number;
  hi: number;
  /** Scores in the bin. */
  n: number;
  /** Their mean (0 for an empty bin). */
  meanScore: number;
  /** Share of them whose label was in the gold (0 for an empty bin). */
  rate: number;
}

/** The labels over threshold: how many, their mean score, and the share of them that is right. */
export interface ReportedLabels {
  n: number;
  meanScore: number;
  precision: number;
}

/** Calibration of a set of scores against their gold. */
export interface Calibration {
  /** Expected calibration error over the bins: Σ (n / total) × |meanScore − rate|. */
  ece: number;
  bins: ReliabilityBin[];
  reported: ReportedLabels;
}

const BINS = 10;

/** Scores and their gold added one at a time (across folds and repeats), read out as a `Calibration`. */
export class CalibrationCounts {
  private readonly n = new Float64Array(BINS);
  private readonly sum = new Float64Array(BINS);
  private readonly hits = new Float64Array(BINS);
  private shownN = 0;
  private shownSum = 0;
  private shownHits = 0;

  /** One score, whether its label holds (`gold`), and whether it was shown (over threshold). */
  add(score: number, gold: boolean, shown: boolean): void {
    const b = Math.min(BINS - 1, Math.max(0, Math.floor(score * BINS)));
    const y = gold ? 1 : 0;
    this.n[b] = (this.n[b] as number) + 1;
    this.sum[b] = (this.sum[b] as number) + score;
    this.hits[b] = (this.hits[b] as number) + y;
    if (shown) {
      this.shownN++;
      this.shownSum += score;
      this.shownHits += y;
    }
  }

  result(): Calibration {
    const total = this.n.reduce((a, x) => a + x, 0);
    const bins: ReliabilityBin[] = Array.from({ length: BINS }, (_, b) => {
      const c = this.n[b] as number;
      return { lo: b / BINS, hi: (b + 1) / BINS, n: c, meanScore: c > 0 ? (this.sum[b] as number) / c : 0, rate: c > 0 ? (this.hits[b] as number) / c : 0 };
    });
    const ece = total === 0 ? 0 : bins.reduce((e, b) => e + (b.n / total) * Math.abs(b.meanScore - b.rate), 0);
    const k = this.shownN;
    return { ece, bins, reported: { n: k, meanScore: k > 0 ? this.shownSum / k : 0, precision: k > 0 ? this.shownHits / k : 0 } };
  }
}

/**
 * Calibration of `scores` (any shape, flattened) against `gold` (1 where the label holds), with
 * `shown` marking the scores over threshold; `include(i)` picks the entries counted (all by default).
 * @example
 * calibration(Float64Array.of(0.9, 0.2), Uint8Array.of(1, 0), Uint8Array.of(1, 0)).reported; // { n: 1, meanScore: 0.9, precision: 1 }
 */
export function calibration(scores: ArrayLike<number>, gold: ArrayLike<number>, shown: ArrayLike<number>, include: (i: number) => boolean = () => true): Calibration {
  const counts = new CalibrationCounts();
  for (let i = 0; i < scores.length; i++) if (include(i)) counts.add(scores[i] as number, gold[i] === 1, shown[i] === 1);
  return counts.result();
}

/** The figures a model header keeps (`cv.perLanguage[].calibration`), 4 decimals. */
export interface CalibrationSummary {
  ece: number;
  reported: ReportedLabels;
  bins: { n: number; meanScore: number; rate: number }[];
}

/** The error, the reported labels, and the bins' counts, mean scores and rates of `c`, as a header keeps them. */
export function calibrationSummary(c: Calibration): CalibrationSummary {
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    ece: r4(c.ece),
    reported: { n: c.reported.n, meanScore: r4(c.reported.meanScore), precision: r4(c.reported.precision) },
    bins: c.bins.map((b) => ({ n: b.n, meanScore: r4(b.meanScore), rate: r4(b.rate) })),
  };
}

/** One line for a training log: "the 120 labels shown score 0.42 on average, 0.41 of them right; ECE 0.003". */
export function describeCalibration(c: Pick<Calibration, 'ece' | 'reported'>): string {
  const r = c.reported;
  return `the ${r.n} labels shown score ${r.meanScore.toFixed(2)} on average, ${r.precision.toFixed(2)} of them right; ECE ${c.ece.toFixed(3)}`;
}
