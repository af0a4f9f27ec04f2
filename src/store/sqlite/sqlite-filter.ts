/**
 * SQLite's side of ArticleFilter and StatsQuery: WHERE clauses over `articles a`, FTS5 queries,
 * and the grouping expressions (dates are `YYYY-MM-DD` text; weeks keyed by their Monday).
 */
import type { ArticleFilter, StatsQuery } from '../stats-query.js';
import { UNKNOWN_GROUP } from '../stats-query.js';

/** A WHERE clause (empty for none, else starting with `WHERE`) and its parameters. */
export interface SqlWhere {
  sql: string;
  params: (string | number)[];
}

/**
 * The user's search words as an FTS5 query: every word must occur; each is quoted so FTS5
 * syntax in the input is taken literally, and a trailing `*` keeps its prefix meaning. Control
 * characters (a NUL ends an FTS5 string early) separate words like spaces. Undefined when there is no word.
 * @example
 * toFtsQuery('border "crisis" tax*'); // '"border" "crisis" "tax"*'
 */
export function toFtsQuery(search: string): string | undefined {
  const terms = search.split(/[\s\p{Cc}]+/u).map((w) => w.replace(/"/g, '')).filter((w) => w.replace(/\*+$/, '') !== '');
  if (terms.length === 0) return undefined;
  return terms.map((w) => (w.endsWith('*') ? `"${w.replace(/\*+$/, '')}"*` : `"${w}"`)).join(' ');
}

/** The WHERE clause of a filter over `articles a`. */
export function whereOf(filter: ArticleFilter): SqlWhere {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (filter.from !== undefined) {
    clauses.push('a.published_day >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    clauses.push('a.published_day <= ?');
    params.push(filter.to);
  }
  if (filter.source !== undefined) {
    clauses.push('a.source = ?');
    params.push(filter.source);
  }
  if (filter.search !== undefined) {
    const fts = toFtsQuery(filter.search);
    // A search of no word ('"', '*') matches nothing, as '(' and '-' do: not every article.
    if (fts === undefined) clauses.push('0');
    else {
      clauses.push('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      params.push(fts);
    }
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** The SQL expression of an article's group key (articles `a`, analyses `n`). */
export function groupExpression(query: StatsQuery): string {
  const unknown = `'${UNKNOWN_GROUP}'`;
  switch (query.by) {
    case 'all':
      return `'all'`;
    case 'source':
      return `coalesce(a.source, ${unknown})`;
    case 'lang':
      return 'n.lang';
    case 'period': {
      const period = query.period ?? 'month';
      if (period === 'day') return `coalesce(a.published_day, ${unknown})`;
      if (period === 'week') return `coalesce(date(a.published_day, '-6 days', 'weekday 1'), ${unknown})`;
      return `coalesce(substr(a.published_day, 1, 7), ${unknown})`;
    }
  }
}
