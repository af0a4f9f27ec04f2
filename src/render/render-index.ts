/**
 * The index page of a folder of HTML reports (`slant analyze --format html --out DIR`): one row
 * per article with its title, genre, paragraph and technique counts, linking to its report.
 */
import type { Category, Genre } from '../labels.js';
import { CATEGORIES } from '../labels.js';
import { escapeHtml } from './escape-html.js';
import { htmlPage } from './render-html.js';
import { categoryName, genreName } from './label-text.js';
import { REPORT_CSS } from './report-css.js';

/** One article of the index. */
export interface IndexEntry {
  id: string;
  title?: string;
  /** The report's file name, relative to the index. */
  file: string;
  paragraphs: number;
  /** Number of paragraph findings; absent when techniques were not analysed. */
  techniques?: number;
  categories: Partial<Record<Category, number>>;
  genre?: Genre;
}

const INDEX_CSS = `.slant-index{border-collapse:collapse;width:100%;font-size:.9rem}
.slant-index th,.slant-index td{border-bottom:1px solid var(--slant-line);padding:.35rem .5rem;text-align:left;vertical-align:top}
.slant-index td.num{text-align:right;font-variant-numeric:tabular-nums}
.slant-index .slant-chip{margin-right:.25rem;white-space:nowrap}`;

function row(e: IndexEntry): string {
  const cats = CATEGORIES.filter((c) => (e.categories[c] ?? 0) > 0)
    .map((c) => `<span class="slant-chip c-${c}">${escapeHtml(categoryName(c))} ${e.categories[c]}</span>`)
    .join('');
  const title = escapeHtml(e.title ?? e.id);
  return `<tr><td><a href="${escapeHtml(encodeURIComponent(e.file))}">${title}</a><br><small>${escapeHtml(e.id)}</small></td><td>${e.genre === undefined ? '' : genreName(e.genre)}</td><td class="num">${e.paragraphs}</td><td class="num">${e.techniques ?? 'not analysed'}</td><td>${cats}</td></tr>`;
}

/**
 * The index page for `entries` (in the order given).
 * @example
 * writeFileSync('out/index.html', renderIndexHtml(entries));
 */
export function renderIndexHtml(entries: readonly IndexEntry[]): string {
  const body = [
    '<div class="slant-report">',
    `<header class="slant-head"><h1>slant reports</h1><p class="slant-meta">${entries.length} article${entries.length === 1 ? '' : 's'}</p></header>`,
    '<table class="slant-index"><thead><tr><th>Article</th><th>Genre</th><th>Paragraphs</th><th>Techniques</th><th>By category</th></tr></thead><tbody>',
    ...entries.map(row),
    '</tbody></table></div>',
  ].join('\n');
  return htmlPage('slant reports', 'en', body, [REPORT_CSS, INDEX_CSS], []);
}
