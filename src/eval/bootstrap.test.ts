/** The bootstrap over articles: per-article counts reproduce the official figures, and the resampling behaves. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENRES, TECHNIQUES, type Genre } from '../labels.js';
import { bootstrapInterval, pairedBootstrap, quantile, totalCounts, type UnitCounts } from './bootstrap.js';
import { multiLabelUnits, scoreMultiLabel } from './multi-label.js';
import { scoreSingleLabel, singleLabelUnits } from './single-label.js';
import { scoreSpans, spanUnits, type ScoredSpan } from './span-score.js';
import { mulberry32 } from '../models/prng.js';

const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} ≠ ${expected}`);

/** The figure over every article, from the summed unit counts. */
function wholeFigure(counts: UnitCounts): number {
  return counts.figure(totalCounts([...counts.units.values()]));
}

test('quantile interpolates between order statistics (numpy default)', () => {
  assert.equal(quantile([1, 2, 3, 4], 0), 1);
  assert.equal(quantile([1, 2, 3, 4], 1), 4);
  close(quantile([1, 2, 3, 4], 0.5), 2.5, 'median');
  close(quantile([10, 20], 0.025), 10.25, '2.5%');
});

test('per-article counts give back the official figures of all three measures', () => {
  const random = mulberry32(3);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Techniques: 30 articles of 1 to 5 paragraphs with random label sets.
  const labels: readonly string[] = TECHNIQUES;
  const rows: { id: string; gold: string[]; pred: string[] }[] = [];
  for (let a = 0; a < 30; a++) {
    for (let p = 0, n = 1 + Math.floor(random() * 5); p < n; p++) {
      rows.push({ id: `a${a}`, gold: labels.filter(() => random() < 0.08), pred: labels.filter(() => random() < 0.08) });
    }
  }
  close(wholeFigure(multiLabelUnits(rows, labels, (r) => r.id)), scoreMultiLabel(rows, labels).micro.f1, 'micro-F1');
  // Genre, with satire absent from both sides (left out of macro-F1, as scikit-learn does).
  const genres: { id: string; gold: Genre; pred: Genre }[] = Array.from({ length: 40 }, (_, i) => ({ id: `g${i}`, gold: pick(['opinion', 'reporting'] as const), pred: pick(['opinion', 'reporting'] as const) }));
  close(wholeFigure(singleLabelUnits(genres, GENRES)), scoreSingleLabel(genres, GENRES).macro.f1, 'macro-F1 over the genres present');
  genres.push({ id: 'g40', gold: 'satire', pred: 'opinion' });
  close(wholeFigure(singleLabelUnits(genres, GENRES)), scoreSingleLabel(genres, GENRES).macro.f1, 'macro-F1 with satire');
  // Spans: overlapping and partial spans in 12 articles, technique-aware.
  const spans = (k: number): ScoredSpan[] =>
    Array.from({ length: k }, () => {
      const start = Math.floor(random() * 200);
      return { id: `s${Math.floor(random() * 12)}`, start, end: start + 1 + Math.floor(random() * 40), technique: pick(['Doubt', 'Slogans', 'Loaded_Language']) };
    });
  const gold = spans(60);
  const pred = spans(50);
  const aware = scoreSpans(gold, pred, { techniqueAware: true, labels: TECHNIQUES });
  close(wholeFigure(spanUnits(aware)), aware.f1, 'span F1');
});

test('spans: an article without spans on either side is a unit of zeros; none at all scores 1', () => {
  const empty = scoreSpans([], [], { techniqueAware: true });
  const units = spanUnits(empty, ['7', '8']);
  assert.deepEqual([...units.units.keys()], ['7', '8']);
  assert.equal(wholeFigure(units), 1);
});

test('the interval is the same for the same seed, holds the figure, and narrows with more articles', () => {
  const counts = (articles: number): UnitCounts => {
    const random = mulberry32(11);
    // Each article: tp 0–3, fp 0–2, fn 0–2.
    const units = new Map(Array.from({ length: articles }, (_, i) => [`a${i}`, [Math.floor(random() * 4), Math.floor(random() * 3), Math.floor(random() * 3)]] as const));
    return { units, figure: ([tp = 0, fp = 0, fn = 0]) => (2 * tp) / (2 * tp + fp + fn || 1) };
  };
  const small = counts(40);
  const a = bootstrapInterval(small, { resamples: 500, seed: 1 });
  assert.deepEqual(bootstrapInterval(small, { resamples: 500, seed: 1 }), a);
  assert.notDeepEqual(bootstrapInterval(small, { resamples: 500, seed: 2 }), a);
  assert.equal(a.articles, 40);
  assert.equal(a.level, 0.95);
  const point = wholeFigure(small);
  assert.ok(a.low < point && point < a.high, `${a.low} < ${point} < ${a.high}`);
  const large = bootstrapInterval(counts(1600), { resamples: 500, seed: 1 });
  // The width shrinks as one over the square root of the articles: 40 times as many, about a sixth as wide.
  assert.ok(large.high - large.low < (a.high - a.low) / 3, `${large.high - large.low} vs ${a.high - a.low}`);
  // Articles all alike: every resample is the figure itself.
  const same = bootstrapInterval({ units: new Map([['x', [1, 1, 0]], ['y', [1, 1, 0]]]), figure: small.figure }, { resamples: 200, seed: 1 });
  close(same.low, 2 / 3, 'low');
  close(same.high, 2 / 3, 'high');
});

test('paired: a file against itself differs by 0; a file right on every article where the other errs is higher in every resample', () => {
  const figure: UnitCounts['figure'] = ([tp = 0, fp = 0, fn = 0]) => (2 * tp) / (2 * tp + fp + fn || 1);
  const a: UnitCounts = { units: new Map([['1', [2, 0, 0]], ['2', [1, 0, 0]], ['3', [1, 0, 0]]]), figure };
  const self = pairedBootstrap(a, a, { resamples: 300, seed: 4 });
  assert.deepEqual([self.difference, self.low, self.high, self.higher, self.lower], [0, 0, 0, 0, 0]);
  // b errs on article 3 only: a is higher whenever a resample draws it, and never lower.
  const oneWrong: UnitCounts = { units: new Map([['1', [2, 0, 0]], ['2', [1, 0, 0]], ['3', [0, 1, 1]]]), figure };
  const ties = pairedBootstrap(a, oneWrong, { resamples: 1000, seed: 4 });
  assert.equal(ties.lower, 0);
  // P(no draw of article 3 in three draws) = (2/3)^3 ≈ 0.30 of the resamples are ties.
  assert.ok(ties.higher > 0.6 && ties.higher < 0.8, String(ties.higher));
  const worse: UnitCounts = { units: new Map([['1', [1, 1, 1]], ['2', [0, 2, 1]], ['3', [0, 1, 1]]]), figure };
  const p = pairedBootstrap(a, worse, { resamples: 300, seed: 4 });
  assert.equal(p.higher, 1);
  assert.ok(p.low > 0 && p.difference > 0);
  // An article only one side has counts as zeros on the other.
  const partial = pairedBootstrap(a, { units: new Map([['1', [2, 0, 0]]]), figure }, { resamples: 50, seed: 1 });
  assert.equal(partial.articles, 3);
});

test('bad options are refused', () => {
  const c: UnitCounts = { units: new Map([['1', [1]]]), figure: ([x = 0]) => x };
  assert.throws(() => bootstrapInterval(c, { resamples: 0, seed: 1 }), /resamples/);
  assert.throws(() => bootstrapInterval(c, { resamples: 10, seed: 1, level: 1 }), /level/);
});
