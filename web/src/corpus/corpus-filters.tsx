/**
 * The corpus view's filters: words to search (full text), outlet, date range, and how the charts
 * count (period of the time chart, measure). Text and dates apply on Enter or "Apply"; the
 * selects apply at once. Native controls, labelled, so a keyboard and a screen reader can use them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { MEASURE_NAMES, type Measure } from './chart-data.js';
import { NO_FILTER, type CorpusFilter, type Period } from './corpus-api.js';

/** Props: the current filter and chart options, the outlets to offer, and the change handlers. */
interface FiltersProps {
  filter: CorpusFilter;
  period: Period;
  measure: Measure;
  sources: readonly string[];
  onFilter: (filter: CorpusFilter) => void;
  onPeriod: (period: Period) => void;
  onMeasure: (measure: Measure) => void;
}

/** The filter form. */
export function CorpusFilters({ filter, period, measure, sources, onFilter, onPeriod, onMeasure }: FiltersProps) {
  const [draft, setDraft] = useState(filter);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(filter), [filter]);
  const set = (key: keyof CorpusFilter) => (e: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement>) => setDraft({ ...draft, [key]: e.currentTarget.value });
  // A range that ends before it starts is said once, here, instead of by every request it would make fail.
  const apply = (next: CorpusFilter): void => {
    const reversed = next.from !== '' && next.to !== '' && next.from > next.to;
    setProblem(reversed ? 'The From date is after the To date.' : null);
    if (!reversed) onFilter(next);
  };
  const submit = (e: JSX.TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    apply(draft);
  };
  return (
    <form class="filters" role="search" aria-label="Filter the corpus" onSubmit={submit}>
      <label class="grow">
        Search words
        <input type="search" name="search" value={draft.search} onInput={set('search')} placeholder="all must occur, e.g. harbour tax*" />
      </label>
      <label>
        Outlet
        <select name="source" value={draft.source} onChange={(e) => { const source = e.currentTarget.value; setDraft({ ...draft, source }); apply({ ...draft, source }); }}>
          <option value="">All outlets</option>
          {sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" name="from" value={draft.from} onInput={set('from')} />
      </label>
      <label>
        To
        <input type="date" name="to" value={draft.to} onInput={set('to')} />
      </label>
      <label>
        Period
        <select name="period" value={period} onChange={(e) => onPeriod(e.currentTarget.value as Period)}>
          <option value="day">Day</option>
          <option value="week">Week</option>
          <option value="month">Month</option>
        </select>
      </label>
      <label>
        Measure
        <select name="measure" value={measure} onChange={(e) => onMeasure(e.currentTarget.value as Measure)}>
          {(Object.keys(MEASURE_NAMES) as Measure[]).map((m) => (
            <option key={m} value={m}>
              {MEASURE_NAMES[m]}
            </option>
          ))}
        </select>
      </label>
      <div class="filter-actions">
        <button type="submit" class="primary">
          Apply
        </button>
        <button type="button" onClick={() => apply(NO_FILTER)}>
          Reset
        </button>
      </div>
      {problem !== null && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
