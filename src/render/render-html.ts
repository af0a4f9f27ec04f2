/**
 * The self-contained HTML report of one article: the report view in a page with its CSS and
 * script inline and a strict Content-Security-Policy that allows exactly that CSS and script (by
 * their SHA-256 hashes, so the output stays deterministic) and nothing else: no network, no other
 * script, no inline event handlers, no inline style attributes.
 */
import { createHash } from 'node:crypto';
import type { Analysis } from '../result.js';
import { escapeHtml } from './escape-html.js';
import { renderReportBody } from './report-body.js';
import { REPORT_CSS } from './report-css.js';
import { REPORT_SCRIPT } from './report-script.js';
import { checkAnalysedText } from './analysed-text.js';

/** The CSP source for an inline block: `'sha256-<base64>'`. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of a page with exactly these inline styles and scripts.
 * @example
 * contentSecurityPolicy([REPORT_CSS], [REPORT_SCRIPT]);
 */
export function contentSecurityPolicy(styles: readonly string[], scripts: readonly string[]): string {
  const script = scripts.length === 0 ? "'none'" : scripts.map(cspHash).join(' ');
  const style = styles.length === 0 ? "'none'" : styles.map(cspHash).join(' ');
  return `default-src 'none'; script-src ${script}; style-src ${style}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** A complete page around `body`, with its CSP. */
export function htmlPage(title: string, lang: string, body: string, styles: readonly string[], scripts: readonly string[]): string {
  const safeLang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : 'und';
  return [
    '<!doctype html>',
    `<html lang="${safeLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styles, scripts)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="slant">',
    `<title>${escapeHtml(title)}</title>`,
    ...styles.map((s) => `<style>${s}</style>`),
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    ...scripts.map((s) => `<script>${s}</script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The HTML report of one analysed article, as one self-contained file.
 * @example
 * writeFileSync('report.html', renderHtml(analysis, article.text));
 */
export function renderHtml(analysis: Analysis, text: string): string {
  checkAnalysedText(analysis, text, 'renderHtml');
  const title = `${analysis.article.title ?? analysis.article.id} · slant`;
  return htmlPage(title, analysis.article.lang, renderReportBody(analysis, text), [REPORT_CSS], [REPORT_SCRIPT]);
}
