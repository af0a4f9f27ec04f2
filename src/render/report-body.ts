/**
 * The report view without its page: header, article with highlights, sidebar, tooltip and the
 * script data. The HTML file (render-html.ts) wraps it in a page; the web page (issue 8) can put it
 * in its own, with the same CSS ({@link REPORT_CSS}) and script ({@link REPORT_SCRIPT}).
 */
import type { Analysis } from '../result.js';
import { escapeHtml, jsonForScript, safeHttpUrl } from './escape-html.js';
import { collectHighlights } from './highlights.js';
import { renderArticleHtml } from './report-article.js';
import { reportData } from './report-data.js';
import { renderSidebarHtml } from './report-sidebar.js';
import { warningSentence } from './summary.js';

/** The id of the script data block. */
export const REPORT_DATA_ID = 'slant-data';

/** The article's metadata line, every value escaped; the URL is a link only when http(s). */
function metaHtml(analysis: Analysis): string {
  const a = analysis.article;
  const items = [`<span>id ${escapeHtml(a.id)}</span>`, `<span>language ${escapeHtml(a.lang)}</span>`];
  if (a.source !== undefined) items.push(`<span>${escapeHtml(a.source)}</span>`);
  if (a.publishedAt !== undefined) items.push(`<span>${escapeHtml(a.publishedAt)}</span>`);
  const href = safeHttpUrl(a.url);
  if (href !== undefined) items.push(`<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(a.url!)}</a>`);
  else if (a.url !== undefined) items.push(`<span>${escapeHtml(a.url)}</span>`);
  items.push(`<span>model ${escapeHtml(analysis.model.id)} ${escapeHtml(analysis.model.version)}</span>`);
  return `<p class="slant-meta">${items.join(' · ')}</p>`;
}

function warningsHtml(analysis: Analysis): string {
  if (analysis.warnings.length === 0) return '';
  // The sentence for the reader; the code, small, for whoever looks it up or filters by it.
  const items = analysis.warnings.map((w) => `<li>${escapeHtml(warningSentence(w.message))} <small><code>${escapeHtml(w.code)}</code></small></li>`);
  return `<ul class="slant-warnings" aria-label="Warnings">${items.join('')}</ul>`;
}

/**
 * The report view of one analysis as an HTML fragment (needs {@link REPORT_CSS}, and
 * {@link REPORT_SCRIPT} for tooltips and filters).
 * @example
 * const html = renderReportBody(analysis, article.text);
 */
export function renderReportBody(analysis: Analysis, text: string): string {
  const highlights = collectHighlights(analysis);
  const title = analysis.article.title ?? analysis.article.id;
  return [
    '<div class="slant-report">',
    // Every highlight is a stop for the Tab key: a long article would hold the keyboard long before the summary.
    '<a class="slant-skip" href="#slant-side">Skip to the summary and filters</a>',
    `<header class="slant-head"><h1 dir="auto">${escapeHtml(title)}</h1>${metaHtml(analysis)}${warningsHtml(analysis)}</header>`,
    '<div class="slant-layout">',
    renderArticleHtml(analysis, text, highlights),
    renderSidebarHtml(analysis),
    '</div>',
    '<div class="slant-tip" id="slant-tip" role="tooltip" hidden></div>',
    `<script type="application/json" id="${REPORT_DATA_ID}">${jsonForScript(reportData(highlights))}</script>`,
    '</div>',
  ].join('\n');
}
