/**
 * How far a cross-validated figure can be trusted: beside each language's fold mean, a trainer
 * stores the same measure over all its out-of-fold predictions at once and the 95% bootstrap
 * interval of that figure over the language's articles (`slant eval --bootstrap` on the same
 * predictions gives the same numbers). The fold spread says how much the figure moves with the
 * folds; the interval how much it would move with another draw of articles of the same kind,
 * which is what a held-out test set is. Genre and frames repeat their folds: every repeat's
 * prediction of an article adds to that article's counts, so the interval resamples articles, not
 * repeats.
 */
import { bootstrapInterval, totalCounts, type BootstrapOptions, type UnitCounts } from '../eval/bootstrap.js';
import { multiLabelUnits } from '../eval/multi-label.js';
import { singleLabelUnits } from '../eval/single-label.js';
import { round4 } from './model-header-parts.js';

/** The resampling every trainer uses: 1,000 resamples of the articles, seed 1, 95%. */
export const CV_BOOTSTRAP: Readonly<BootstrapOptions> = { resamples: 1000, seed: 1 };

/** A header's interval: the pooled out-of-fold figure and its bootstrap bounds. */
export interface CvInterval {
  /** The measure over every out-of-fold prediction of the language at once (not the fold mean). */
  value: number;
  low: number;
  high: number;
  level: number;
  /** Articles resampled. */
  articles: number;
  resamples: number;
}

/** The interval of a measure from its per-article counts, rounded as headers keep figures. */
export function cvInterval(counts: UnitCounts): CvInterval {
  const b = bootstrapInterval(counts, CV_BOOTSTRAP);
  const value = counts.figure(totalCounts([...counts.units.values()]));
  return { value: round4(value), low: round4(b.low), high: round4(b.high), level: b.level, articles: b.articles, resamples: b.resamples };
}

/**
 * Per-article counts of micro-F1 over the rows `inLang` of 0/1 matrices (rows × labels), rows
 * grouped into articles by `groups`; call `add` once per repeat of the predictions.
 */
export class MultiLabelTally {
  private readonly pairs: { gold: string[]; pred: string[]; article: string }[] = [];

  constructor(private readonly labels: readonly string[]) {}

  add(pred: Uint8Array, targets: Uint8Array, groups: readonly string[], take: (row: number) => boolean): void {
    const L = this.labels.length;
    const on = (m: Uint8Array, r: number): string[] => this.labels.filter((_, l) => m[r * L + l] === 1);
    groups.forEach((article, r) => {
      if (take(r)) this.pairs.push({ gold: on(targets, r), pred: on(pred, r), article });
    });
  }

  interval(): CvInterval {
    return cvInterval(multiLabelUnits(this.pairs, this.labels, (p) => p.article));
  }
}

/** Per-article counts of macro-F1 over single-label predictions (genre), over every repeat added. */
export class SingleLabelTally {
  private readonly pairs: { id: string; gold: string; pred: string }[] = [];

  constructor(private readonly labels: readonly string[]) {}

  add(article: string, gold: string, pred: string): void {
    this.pairs.push({ id: article, gold, pred });
  }

  interval(): CvInterval {
    return cvInterval(singleLabelUnits(this.pairs, this.labels));
  }
}

/** How a card or a log line writes an interval: `0.417 (0.383–0.450)`. */
export const formatInterval = (i: Pick<CvInterval, 'value' | 'low' | 'high'>): string => `${i.value.toFixed(3)} (${i.low.toFixed(3)}–${i.high.toFixed(3)})`;

/** How a training log names an interval: `0.417 (0.383–0.450), 95% bootstrap interval over 143 articles`. */
export const describeInterval = (i: CvInterval): string => `${formatInterval(i)}, 95% bootstrap interval over ${i.articles} articles`;

/** A card's table cell: `0.417 (0.383–0.450), 143 articles`, or `–` for a file trained before intervals were stored. */
export const intervalCell = (i: CvInterval | undefined): string => (i ? `${formatInterval(i)}, ${i.articles} articles` : '–');

/** The sentence every card puts under its tables, saying what the interval column is. */
export const INTERVAL_NOTE =
  `"All out of fold" scores every article's out-of-fold prediction at once (genre and frames: of every repeat), ` +
  `with its 95% bootstrap interval over the language's articles (${CV_BOOTSTRAP.resamples.toLocaleString('en')} resamples, seed ${CV_BOOTSTRAP.seed}): ` +
  'how much the figure would move on another set of articles of the same kind, as a held-out test set is. ' +
  '`slant eval --bootstrap` gives the same interval for any prediction file.';
