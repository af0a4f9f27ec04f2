/**
 * The corpus view's place in the URL: its filter, chart options and page as the query of the
 * hash (`#/corpus?search=harbour&period=week&page=2`), so a reload keeps them and a link shares
 * them. Values that are not valid are left out, as if absent.
 */
import { MEASURE_NAMES, type Measure } from './chart-data.js';
import { NO_FILTER, type CorpusFilter, type Period } from './corpus-api.js';
import { isCalendarDay } from '../../../src/ingest/html-meta.js';

/** Everything the corpus view shows, but the article open. */
export interface CorpusState {
  filter: CorpusFilter;
  period: Period;
  measure: Measure;
  /** Articles skipped in the list (a multiple of its page size). */
  offset: number;
}

/** The view as it opens with nothing in the URL. */
export const DEFAULT_CORPUS_STATE: CorpusState = { filter: NO_FILTER, period: 'month', measure: 'count', offset: 0 };

const PERIODS: readonly Period[] = ['day', 'week', 'month'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The state in the query part of `hash` (after `?`); the default for what is absent or not valid. */
export function parseCorpusQuery(hash: string, pageSize: number): CorpusState {
  const at = hash.indexOf('?');
  const q = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  const text = (key: string): string => q.get(key)?.trim() ?? '';
  // A day of the calendar: a shared link with 2024-13-45 opens as if it had no date, not as a refusal.
  const day = (key: string): string => {
    const value = text(key);
    return DAY.test(value) && isCalendarDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) ? value : '';
  };
  const period = text('period') as Period;
  const measure = text('measure') as Measure;
  const page = Number(text('page'));
  return {
    filter: { search: text('search'), source: text('source'), from: day('from'), to: day('to') },
    period: PERIODS.includes(period) ? period : DEFAULT_CORPUS_STATE.period,
    measure: Object.hasOwn(MEASURE_NAMES, measure) ? measure : DEFAULT_CORPUS_STATE.measure,
    offset: Number.isInteger(page) && page > 1 ? (page - 1) * pageSize : 0,
  };
}

/** The query (without `?`) of `state`: only what differs from the default. */
export function corpusQuery(state: CorpusState, pageSize: number): string {
  const q = new URLSearchParams();
  for (const key of ['search', 'source', 'from', 'to'] as const) if (state.filter[key] !== '') q.set(key, state.filter[key]);
  if (state.period !== DEFAULT_CORPUS_STATE.period) q.set('period', state.period);
  if (state.measure !== DEFAULT_CORPUS_STATE.measure) q.set('measure', state.measure);
  if (state.offset > 0) q.set('page', String(Math.floor(state.offset / pageSize) + 1));
  return q.toString();
}

/** The hash of the corpus list in `state`. */
export function corpusHash(state: CorpusState, pageSize: number): string {
  const q = corpusQuery(state, pageSize);
  return q === '' ? '#/corpus' : `#/corpus?${q}`;
}
