/**
 * Calls to the corpus API of `slant serve --db` from the page: the stats (`GET /api/v1/stats`),
 * a page of articles (`GET /api/v1/articles`) and one stored article with its analysis
 * (`GET /api/v1/articles/{id}`).
 */
import type { ArticlePage, StoredArticle } from '../../../src/store/article-query.js';
import type { StatsResult } from '../../../src/store/stats-query.js';
import { RequestFailed } from '../api.js';

export type { StatsResult, StatsRow, StatsGroup } from '../../../src/store/stats-query.js';
export type { ArticleSummary, ArticlePage, StoredArticle } from '../../../src/store/article-query.js';

/** Period lengths of the over-time chart. */
export type Period = 'day' | 'week' | 'month';

/** The filters of the corpus view (empty strings mean "not set"). */
export interface CorpusFilter {
  from: string;
  to: string;
  source: string;
  search: string;
}

/** No filter. */
export const NO_FILTER: CorpusFilter = { from: '', to: '', source: '', search: '' };

/** Whether `f` filters nothing (the fields may have been typed in and cleared again). */
export function isNoFilter(f: CorpusFilter): boolean {
  return f.from === '' && f.to === '' && f.source === '' && f.search.trim() === '';
}


/** The query string of `filter` plus `extra` (unset filters left out). */
export function queryString(filter: CorpusFilter, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value.trim() !== '') params.set(key, value.trim());
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** GETs `url` as JSON; a failure becomes a RequestFailed with a readable message. */
async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestFailed('Could not reach the slant server. Is it still running?', 0);
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { title?: string; detail?: string; field?: string };
    const message = problem.detail ? `${problem.title ?? 'Error'}: ${problem.detail}` : `The server answered ${res.status}.`;
    throw new RequestFailed(message, res.status, problem.field);
  }
  return (await res.json()) as T;
}

/**
 * Whether the server has a corpus (`slant serve --db`): its OpenAPI document lists the stats
 * route then. (Asking the route itself would log a 404 in the console of every other server.)
 */
export async function hasCorpus(): Promise<boolean | undefined> {
  try {
    const res = await fetch('/api/openapi.json', { headers: { accept: 'application/json' } });
    // A server error or an unreachable server says nothing either way: undefined, to ask again.
    if (res.status >= 500) return undefined;
    if (!res.ok) return false;
    const doc = (await res.json()) as { paths?: Record<string, unknown> };
    return doc.paths?.['/api/v1/stats'] !== undefined;
  } catch {
    return undefined;
  }
}

/** The aggregates grouped `by`, filtered. */
export function fetchStats(filter: CorpusFilter, by: 'all' | 'source' | 'period', period: Period, signal?: AbortSignal): Promise<StatsResult> {
  const extra: Record<string, string> = { by };
  if (by === 'period') extra['period'] = period;
  return getJson<StatsResult>(`/api/v1/stats${queryString(filter, extra)}`, signal);
}

/** A page of the filtered list. */
export function fetchArticles(filter: CorpusFilter, offset: number, limit: number, signal?: AbortSignal): Promise<ArticlePage> {
  return getJson<ArticlePage>(`/api/v1/articles${queryString(filter, { offset, limit })}`, signal);
}

/** One stored article. */
export function fetchArticle(rowId: number, signal?: AbortSignal): Promise<StoredArticle> {
  return getJson<StoredArticle>(`/api/v1/articles/${rowId}`, signal);
}
