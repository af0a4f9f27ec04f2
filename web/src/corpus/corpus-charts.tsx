/**
 * The corpus in figures: articles, words and outlets counted, then three charts with their
 * numbers: techniques per outlet (stacked bars), techniques over time (lines) and the share of
 * articles with each frame (bars).
 */
import { BarChart } from './bar-chart.js';
import { MEASURE_NAMES, fillPeriods, formatShare, formatterOf, formatValue, labelName, seriesTable, shares, UNKNOWN, type Measure } from './chart-data.js';
import type { CorpusStats } from './use-corpus-stats.js';
import { DataTable } from './data-table.js';
import { Legend } from './legend.js';
import { LineChart } from './line-chart.js';

const TOP_TECHNIQUES = 7;
const TOP_OVER_TIME = 5;
const MAX_OUTLETS = 15;

/** The counts above the charts. */
function Totals({ stats }: { stats: CorpusStats }) {
  const all = stats.all.groups[0];
  const outlets = stats.bySource.groups.filter((g) => g.key !== UNKNOWN).length;
  const genres = shares(stats.all, 'genre');
  return (
    <dl class="totals">
      <div><dt>Articles</dt><dd data-figure="articles">{formatValue(all?.articles ?? 0)}</dd></div>
      <div><dt>Paragraphs</dt><dd data-figure="paragraphs">{formatValue(all?.paragraphs ?? 0)}</dd></div>
      <div><dt>Words</dt><dd data-figure="words">{formatValue(all?.words ?? 0)}</dd></div>
      <div><dt>Outlets</dt><dd data-figure="outlets">{formatValue(outlets)}</dd></div>
      {genres.length > 0 && (
        <div class="wide"><dt>Genres</dt><dd>{genres.map(([g, share]) => `${labelName(g)} ${formatShare(share)}`).join(' · ')}</dd></div>
      )}
    </dl>
  );
}

/** Techniques per outlet: the outlets with most articles, stacked by technique. */
function PerOutlet({ stats, measure }: { stats: CorpusStats; measure: Measure }) {
  const full = seriesTable(stats.bySource, 'technique', TOP_TECHNIQUES, measure, { withOther: true });
  const format = formatterOf(measure);
  // The outlets with most articles first (the API orders them by name), articles without one last.
  const articles = new Map(stats.bySource.groups.map((g) => [g.key, g.key === UNKNOWN ? -1 : g.articles]));
  const order = full.groups.map((_, i) => i).sort((a, b) => articles.get(full.groups[b]!)! - articles.get(full.groups[a]!)!).slice(0, MAX_OUTLETS);
  const keep = order.map((i) => full.groups[i]!);
  const table = { ...full, groups: keep, values: full.values.map((v) => order.map((i) => v[i]!)) };
  const hidden = full.groups.length - keep.length;
  return (
    <figure class="card" aria-labelledby="chart-outlets">
      <h3 id="chart-outlets">Techniques per outlet</h3>
      {table.series.length === 0 ? <p class="empty">No technique found in these articles.</p> : (
        <>
          <Legend series={table.series} />
          <BarChart table={table} format={format} label={`Techniques per outlet, ${MEASURE_NAMES[measure].toLowerCase()}, for ${table.groups.length} outlets`} />
          {hidden > 0 && <p class="note">{hidden} more outlets not drawn; filter by source to see one.</p>}
          <DataTable table={table} name="Outlet" format={format} />
        </>
      )}
    </figure>
  );
}

/** Techniques over time: the most frequent techniques per period. */
function OverTime({ stats, measure }: { stats: CorpusStats; measure: Measure }) {
  const table = fillPeriods(seriesTable(stats.byPeriod, 'technique', TOP_OVER_TIME, measure, { dropUnknown: true }), stats.byPeriod.period ?? 'month', measure);
  const format = (v: number): string => (Number.isNaN(v) ? '—' : formatterOf(measure)(v));
  const undated = stats.byPeriod.groups.find((g) => g.key === UNKNOWN)?.articles ?? 0;
  return (
    <figure class="card" aria-labelledby="chart-time">
      <h3 id="chart-time">Techniques over time <span>(by {stats.byPeriod.period ?? 'month'})</span></h3>
      {table.series.length === 0 || table.groups.length === 0 ? <p class="empty">No dated article with a technique.</p> : (
        <>
          <Legend series={table.series} />
          <LineChart table={table} format={format} label={`The ${table.series.length} most frequent techniques over ${table.groups.length} periods, ${MEASURE_NAMES[measure].toLowerCase()}`} />
          <DataTable table={table} name="Period" format={format} />
        </>
      )}
      {undated > 0 && <p class="note">{undated} articles without a date are left out.</p>}
    </figure>
  );
}

/** Frames: the share of articles with each frame. */
function Frames({ stats }: { stats: CorpusStats }) {
  const rows = shares(stats.all, 'frame');
  const table = { groups: rows.map(([f]) => f), series: ['Share of articles'], values: [rows.map(([, s]) => s)] };
  return (
    <figure class="card" aria-labelledby="chart-frames">
      <h3 id="chart-frames">Frames <span>(share of articles)</span></h3>
      {rows.length === 0 ? <p class="empty">No frame found in these articles.</p> : (
        <>
          <BarChart table={table} format={formatShare} groupName={labelName} max={1} label={`Share of articles with each of ${rows.length} frames`} />
          <DataTable table={table} name="Frame" format={formatShare} groupName={labelName} />
        </>
      )}
    </figure>
  );
}

/** The totals and the three charts. */
export function CorpusCharts({ stats, measure }: { stats: CorpusStats; measure: Measure }) {
  return (
    <div class="figures">
      <Totals stats={stats} />
      <div class="charts">
        <PerOutlet stats={stats} measure={measure} />
        <OverTime stats={stats} measure={measure} />
        <Frames stats={stats} />
      </div>
    </div>
  );
}
