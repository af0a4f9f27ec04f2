/**
 * `slant stats` output: an aligned table for people, CSV for spreadsheets (RFC 4180, one row per
 * group and label), or the StatsResult as JSON.
 */
import type { StatsResult } from './stats-query.js';
import { alignColumns } from '../render/align-columns.js';

/** The output formats of `slant stats`. */
export const STATS_FORMATS = ['table', 'csv', 'json'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];

/** A number with at most `digits` decimals, trailing zeros dropped. */
const num = (x: number, digits: number): string => String(Number(x.toFixed(digits)));

/** A CSV field, quoted when it needs to be. */
const csvField = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);


/** The table: groups with their sizes, then the label rows. */
function formatTable(result: StatsResult): string {
  if (result.groups.length === 0) return 'no stored article matches\n';
  const groups = [['group', 'articles', 'words', 'paragraphs'], ...result.groups.map((g) => [g.key, String(g.articles), String(g.words), String(g.paragraphs)])];
  const out = [alignColumns(groups, [false, true, true, true])];
  if (result.rows.length === 0) out.push('no findings in these articles');
  else {
    const head = ['group', 'kind', 'label', 'count', 'per article', 'per 1k words', 'share'];
    const rows = result.rows.map((r) => [r.group, r.kind, r.label, String(r.count), num(r.perArticle, 3), num(r.per1000Words, 3), `${(r.share * 100).toFixed(1)}%`]);
    out.push(alignColumns([head, ...rows], [false, false, false, true, true, true, true]));
  }
  if (result.models.length > 1) out.push(`models: ${result.models.map((m) => `${m.id}@${m.version} ${m.lang} (${m.articles})`).join(', ')}`);
  return `${out.join('\n\n')}\n`;
}

/** CSV, one row per group and label, with the group's article count. */
function formatCsv(result: StatsResult): string {
  const articles = new Map(result.groups.map((g) => [g.key, g.articles]));
  const lines = ['group,articles,kind,label,count,per_article,per_1000_words,share'];
  for (const r of result.rows) {
    lines.push([csvField(r.group), String(articles.get(r.group) ?? 0), r.kind, csvField(r.label), String(r.count), num(r.perArticle, 6), num(r.per1000Words, 6), num(r.share, 6)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The stats in `format`, ending in a newline.
 * @example
 * formatStats(await store.stats({ by: 'source' }), 'csv');
 */
export function formatStats(result: StatsResult, format: StatsFormat): string {
  if (format === 'csv') return formatCsv(result);
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  return formatTable(result);
}
