/**
 * Renderers: an Analysis (plus the raw text it indexes) as JSON, JSONL, SemEval rows, an HTML
 * report, Markdown or a terminal view. Pure: they return strings and do no I/O, except that
 * the HTML page hashes its inline CSS and script for its Content-Security-Policy.
 */

/** Formats and the per-article dispatcher. */
export { FORMATS, FORMAT_EXTENSIONS, isFormat, renderArticle, type Format, type RenderOptions } from './formats.js';
/** The single renderers. */
export { renderHtml, htmlPage, contentSecurityPolicy, cspHash } from './render-html.js';
export { renderMarkdown, escapeMarkdown } from './render-markdown.js';
export { renderTable, type TableOptions } from './render-table.js';
export { renderSemeval } from './render-semeval.js';
export { renderIndexHtml, type IndexEntry } from './render-index.js';
/** The report view, for pages that embed it (the web page of issue 8). */
export { renderReportBody, REPORT_DATA_ID } from './report-body.js';
export { REPORT_CSS } from './report-css.js';
export { REPORT_SCRIPT } from './report-script.js';
export { reportData, type ReportData, type HighlightView } from './report-data.js';
/** Building blocks. */
export { collectHighlights, type Highlight } from './highlights.js';
export { splitSegments, type Segment } from './split-segments.js';
export { escapeHtml, jsonForScript, safeHttpUrl } from './escape-html.js';
