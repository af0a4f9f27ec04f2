/**
 * What `slant stats` and `GET /api/v1/stats` ask the store, and what it answers: label counts per
 * group, normalised per article, per 1,000 words and as a share of paragraphs (techniques,
 * categories) or of articles (frames, genres).
 */

/** How articles are grouped. */
export const STATS_GROUPINGS = ['all', 'source', 'period', 'lang'] as const;
export type StatsGrouping = (typeof STATS_GROUPINGS)[number];

/** Period length when grouping by period. */
export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** The kinds of label counted. */
export const STAT_KINDS = ['technique', 'category', 'frame', 'genre'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

/** Which articles to count (all filters optional, combined with AND). */
export interface ArticleFilter {
  /** First day included, `YYYY-MM-DD` (see `parseDateBound`). */
  from?: string;
  /** Last day included, `YYYY-MM-DD`. */
  to?: string;
  /** Exact source name. */
  source?: string;
  /** Words that must all occur in the title or text (full-text search). */
  search?: string;
}

/** A stats query. */
export interface StatsQuery extends ArticleFilter {
  by: StatsGrouping;
  /** Period of `by: 'period'`; month by default. Weeks are keyed by their Monday. */
  period?: Period;
}

/** One group of articles: `key` is the source, period, language, or `all`. */
export interface StatsGroup {
  key: string;
  articles: number;
  words: number;
  paragraphs: number;
}

/**
 * One label in one group. `count`: paragraphs with the technique or with any technique of the
 * category; articles with the frame or genre. `share`: count over paragraphs (techniques,
 * categories) or over articles (frames, genres).
 */
export interface StatsRow {
  group: string;
  kind: StatKind;
  label: string;
  count: number;
  perArticle: number;
  per1000Words: number;
  share: number;
}

/** The answer: groups in key order, rows by group, kind and count (most first). */
export interface StatsResult {
  by: StatsGrouping;
  period?: Period;
  groups: StatsGroup[];
  rows: StatsRow[];
  /**
   * Articles counted per model and language of their analysis. Each language has model files of
   * its own, hence a version of its own; several models for one language mean `slant reanalyze` is due.
   */
  models: { id: string; version: string; lang: string; articles: number }[];
}

/**
 * The query of a grouping, a period and a filter as `slant stats` and `GET /stats` take them:
 * `period` alone groups by period, and by period means by month unless a period is given.
 */
export function statsQuery(q: ArticleFilter & { by?: StatsGrouping | undefined; period?: Period | undefined }): StatsQuery {
  const by = q.by ?? (q.period !== undefined ? 'period' : 'all');
  const query: StatsQuery = { by };
  if (by === 'period') query.period = q.period ?? 'month';
  if (q.from !== undefined) query.from = q.from;
  if (q.to !== undefined) query.to = q.to;
  if (q.source !== undefined) query.source = q.source;
  if (q.search !== undefined) query.search = q.search;
  return query;
}

/**
 * What is wrong with a query's options together, if anything: a date range that ends before it
 * starts (the bounds as `parseDateBound` gives them), or a period with another grouping. The
 * option is named by `name`, so the CLI can say `--from` and the API `from`.
 * @example
 * queryConflict({ from: '2024-03-01', to: '2024-01-31' }, (o) => `--${o}`); // { option: 'from', message: '--from is after --to' }
 */
export function queryConflict(
  q: { from?: string | undefined; to?: string | undefined; by?: StatsGrouping | undefined; period?: Period | undefined },
  name: (option: string) => string,
): { option: 'from' | 'period'; message: string } | undefined {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) return { option: 'from', message: `${name('from')} is after ${name('to')}` };
  if (q.period !== undefined && q.by !== undefined && q.by !== 'period') return { option: 'period', message: `${name('period')} groups by period, not by ${q.by}: leave out ${name('by')} or ${name('period')}` };
  return undefined;
}

/** Whether some language's articles were analysed by more than one model (see `StatsResult.models`). */
export function mixedModels(models: StatsResult['models']): boolean {
  const seen = new Map<string, string>();
  for (const m of models) {
    const model = `${m.id}@${m.version}`;
    if ((seen.get(m.lang) ?? model) !== model) return true;
    seen.set(m.lang, model);
  }
  return false;
}

/** Key of articles without a source, date or language in grouped results. */
export const UNKNOWN_GROUP = '(unknown)';

/**
 * A date bound as `YYYY-MM-DD`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, extended to the first day
 * (`from`) or last day (`to`) it names. Undefined when `value` is not such a date.
 * @example
 * parseDateBound('2024-02', 'to'); // '2024-02-29'
 */
export function parseDateBound(value: string, end: 'from' | 'to'): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (end === 'from' ? 1 : 12) : Number(m[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] === undefined ? (end === 'from' ? 1 : lastDay) : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > lastDay) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A library caller's filter, checked and with its date bounds as `parseDateBound` gives them
 * (`to: '2024-03'` means up to 31 March, as in `slant stats`); `fn` names the method in the
 * message. A slip is named at once (STYLE.md §5) instead of matching nothing.
 * @example
 * checkedFilter({ from: '2024' }, 'stats'); // { from: '2024-01-01' }
 * checkedFilter({ from: 'yesterday' }, 'stats'); // throws: slant: stats: from must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "yesterday"
 */
export function checkedFilter<F extends ArticleFilter>(filter: F, fn: string): F {
  const fail = (what: string): never => {
    throw new Error(`slant: ${fn}: ${what}`);
  };
  if (filter === null || typeof filter !== 'object') fail('give a query object');
  const out = { ...filter };
  for (const end of ['from', 'to'] as const) {
    const value: unknown = filter[end];
    if (value === undefined) continue;
    const day = typeof value === 'string' ? parseDateBound(value, end) : undefined;
    out[end] = day ?? fail(`${end} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
  for (const key of ['source', 'search'] as const) {
    if (filter[key] !== undefined && typeof filter[key] !== 'string') fail(`${key} must be a string, not ${JSON.stringify(filter[key])}`);
  }
  const conflict = queryConflict({ from: out.from, to: out.to }, (o) => o);
  if (conflict !== undefined) fail(conflict.message);
  return out;
}

/**
 * A library caller's stats query, checked as `checkedFilter` checks its filter, with a grouping
 * and period the store knows (`by: 'source'` with a period is refused, as the CLI refuses it).
 */
export function checkedStatsQuery(query: StatsQuery): StatsQuery {
  const out = checkedFilter(query, 'stats');
  const fail = (what: string): never => {
    throw new Error(`slant: stats: ${what}`);
  };
  if (!(STATS_GROUPINGS as readonly unknown[]).includes(query.by)) fail(`by must be one of ${STATS_GROUPINGS.join(', ')}, not ${JSON.stringify(query.by)}`);
  if (query.period !== undefined && !(PERIODS as readonly unknown[]).includes(query.period)) fail(`period must be one of ${PERIODS.join(', ')}, not ${JSON.stringify(query.period)}`);
  const conflict = queryConflict({ by: query.by, period: query.period }, (o) => o);
  if (conflict !== undefined) fail(conflict.message);
  return out;
}
