/**
 * Turns the stats API's rows into chart series: the most frequent labels of a kind, their values
 * per group (outlet or period) in the chosen measure, and "Other" for the rest.
 */
import { FRAME_INFO, GENRE_INFO, TECHNIQUE_INFO, isFrame, isGenre, isTechnique } from '../../../src/labels.js';
import type { StatsResult, StatsRow } from '../../../src/store/stats-query.js';

/** What a chart measures: paragraphs (techniques) or articles (frames) counted, or normalised. */
export type Measure = 'count' | 'perArticle' | 'per1000Words';

/** Names of the measures, for the select and the axes. */
export const MEASURE_NAMES: Readonly<Record<Measure, string>> = {
  count: 'Paragraphs with it',
  perArticle: 'Per article',
  per1000Words: 'Per 1,000 words',
};

/** Key of articles without a source or date (as the store names it). */
export const UNKNOWN = '(unknown)';

/** Key of the series that sums the labels not shown one by one. */
export const OTHER = 'Other';

/** A label's display name (`Loaded_Language` → `Loaded language`). */
export function labelName(label: string): string {
  if (isTechnique(label)) return TECHNIQUE_INFO[label].name;
  if (isFrame(label)) return FRAME_INFO[label].name;
  if (isGenre(label)) return GENRE_INFO[label].name;
  return label === OTHER ? 'Other techniques' : label.replace(/_/g, ' ');
}

/** The `n` labels of `kind` counted most over all groups (ties by label). */
export function topLabels(rows: readonly StatsRow[], kind: StatsRow['kind'], n: number): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) if (r.kind === kind) totals.set(r.label, (totals.get(r.label) ?? 0) + r.count);
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([label]) => label);
}

/** A chart's data: group keys, series names, and `values[series][group]`. */
export interface SeriesTable {
  groups: string[];
  series: string[];
  values: number[][];
}

/**
 * Values of the top `n` labels of `kind` per group, plus "Other" (the sum of the remaining
 * labels) when `withOther` and some remain. Groups keep the API's order; `(unknown)` is dropped
 * when `dropUnknown`.
 */
export function seriesTable(stats: StatsResult, kind: StatsRow['kind'], n: number, measure: Measure, options: { withOther?: boolean; dropUnknown?: boolean } = {}): SeriesTable {
  const groups = stats.groups.map((g) => g.key).filter((k) => !(options.dropUnknown === true && k === UNKNOWN));
  const top = topLabels(stats.rows, kind, n);
  const rest = topLabels(stats.rows, kind, Number.MAX_SAFE_INTEGER).length > top.length && options.withOther === true;
  const series = rest ? [...top, OTHER] : top;
  const index = new Map(series.map((s, i) => [s, i]));
  const column = new Map(groups.map((g, i) => [g, i]));
  const values = series.map(() => groups.map(() => 0));
  for (const r of stats.rows) {
    const col = column.get(r.group);
    if (r.kind !== kind || col === undefined) continue;
    const row = index.get(r.label) ?? (rest ? index.get(OTHER) : undefined);
    if (row !== undefined) values[row]![col]! += r[measure];
  }
  return { groups, series, values };
}

/** Frames (or genres) of one group as `[label, share, count]`, most first. */
export function shares(stats: StatsResult, kind: 'frame' | 'genre'): [string, number, number][] {
  return stats.rows.filter((r) => r.kind === kind && r.count > 0).map((r): [string, number, number] => [r.label, r.share, r.count]);
}

/** A number for a label or a table cell: whole numbers as they are, others with 2 decimals. */
export function formatValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en') : v.toLocaleString('en', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}

/** The formatter of a measure's values: counts whole, rates with 2 decimals. */
export function formatterOf(measure: Measure): (v: number) => string {
  return measure === 'count' ? formatValue : (v) => v.toLocaleString('en', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}

/** A share as a percentage. */
export function formatShare(v: number): string {
  return `${Math.round(v * 1000) / 10}%`;
}

/** Round tick values from 0 to at least `max` (whole numbers only when `whole`). */
export function ticks(max: number, whole: boolean, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = whole ? Math.max(1, max / count) : max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw && (!whole || Number.isInteger(s)))!;
  const out: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/**
 * How many series colours corpus.css defines (`--series-0`…): as many as a chart draws besides
 * "Other" (the top 7 techniques per outlet), which has `--series-other`.
 */
export const SERIES_COLOURS = 7;

/**
 * The colour of series `i` of `series`: a CSS custom property of corpus.css, so the light and dark
 * themes each have their own. Set it as a style property (`style={{ fill }}`): browsers resolve
 * `var()` there, and the page's CSP allows styles set from script, not style attributes.
 * @example
 * colourOf(['Doubt', 'Other'], 1); // 'var(--series-other)'
 */
export function colourOf(series: readonly string[], i: number): string {
  return series[i] === OTHER ? 'var(--series-other)' : `var(--series-${i % SERIES_COLOURS})`;
}

/** Most periods a time axis is filled to; past it the periods with articles stand alone. */
const MAX_FILLED_PERIODS = 1500;

/** The period after `key` (`YYYY-MM-DD` for a day or a week's Monday, `YYYY-MM` for a month). */
function nextPeriod(key: string, period: 'day' | 'week' | 'month'): string {
  if (period === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const d = new Date(`${key}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (period === 'week' ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

/**
 * `table` over every period from its first to its last, so a time axis spaces periods evenly in
 * time: a period without articles counts 0 (`count`), and has no rate (NaN: a gap in the line, a
 * dash in the numbers). Unchanged when the keys are not periods of that kind, or too many.
 */
export function fillPeriods(table: SeriesTable, period: 'day' | 'week' | 'month', measure: Measure): SeriesTable {
  const shape = period === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/;
  const { groups } = table;
  if (groups.length < 2 || !groups.every((g) => shape.test(g))) return table;
  const sorted = [...groups].sort();
  const all: string[] = [sorted[0]!];
  while (all[all.length - 1]! < sorted[sorted.length - 1]!) {
    all.push(nextPeriod(all[all.length - 1]!, period));
    if (all.length > MAX_FILLED_PERIODS) return table;
  }
  const column = new Map(groups.map((g, i) => [g, i]));
  const empty = measure === 'count' ? 0 : Number.NaN;
  return { groups: all, series: table.series, values: table.values.map((row) => all.map((g) => (column.has(g) ? row[column.get(g)!]! : empty))) };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `name` as it fits `width` pixels by `measure`: whole, or its longest beginning (whole
 * characters as a reader sees them) followed by `…`. A chart's SVG text does not wrap.
 * @example
 * fitted('The Morning Post', 60, (s) => s.length * 6); // 'The Morni…'
 */
export function fitted(name: string, width: number, measure: (text: string) => number): string {
  if (measure(name) <= width) return name;
  const parts = [...graphemes.segment(name)].map((s) => s.segment);
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${parts.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${parts.slice(0, lo).join('').trimEnd()}…`;
}
