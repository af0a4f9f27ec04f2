/**
 * The output formats of `slant analyze` and how one article is rendered in each. The joining of
 * several articles (a JSON array, separators) is the writer's business (src/batch/output-writer.ts).
 */
import { SlantError } from '../errors.js';
import type { Analysis } from '../result.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderSemeval } from './render-semeval.js';
import { renderTable } from './render-table.js';

/** The formats, the first being the default. */
export const FORMATS = Object.freeze(['json', 'jsonl', 'semeval', 'html', 'md', 'table'] as const);
export type Format = (typeof FORMATS)[number];

/** True when `s` names a format. */
export const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

/** File extension of a report in each format (for `--out DIR`). */
export const FORMAT_EXTENSIONS: Readonly<Record<Format, string>> = {
  json: '.json',
  jsonl: '.jsonl',
  semeval: '.txt',
  html: '.html',
  md: '.md',
  table: '.txt',
};

/** Options of rendering. */
export interface RenderOptions {
  /** Colour in the terminal view. */
  color: boolean;
}

/**
 * One article in `format`, ending in a newline.
 * @example
 * renderArticle('md', analysis, article.text, { color: false });
 */
export function renderArticle(format: Format, analysis: Analysis, text: string, options: RenderOptions): string {
  // A JavaScript caller's slip, named here rather than as a TypeError deep in a renderer.
  if (analysis === null || typeof analysis !== 'object' || analysis.article === null || typeof analysis.article !== 'object' || !Array.isArray(analysis.paragraphs)) {
    throw new SlantError('slant: renderArticle: give the Analysis that analyze() returned');
  }
  if (typeof text !== 'string') throw new SlantError('slant: renderArticle: give the text that was analysed (a string)');
  if (options === null || typeof options !== 'object') throw new SlantError('slant: renderArticle: give options, e.g. { color: false }');
  switch (format) {
    case 'json':
      return `${JSON.stringify(analysis, null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify(analysis)}\n`;
    case 'semeval':
      return renderSemeval(analysis);
    case 'html':
      return renderHtml(analysis, text);
    case 'md':
      return renderMarkdown(analysis, text);
    case 'table':
      return renderTable(analysis, text, options);
    default:
      // Typed callers cannot get here; a JavaScript caller with another string can.
      throw new SlantError(`slant: renderArticle: unknown format ${JSON.stringify(format)} (one of ${FORMATS.join(', ')})`);
  }
}
