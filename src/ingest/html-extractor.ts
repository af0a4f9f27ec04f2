/**
 * The HTML extractor (extract-html.ts: linkedom and Readability, about 130 ms to import), loaded
 * the first time a reader meets HTML, so the commands and batches that read only text and text
 * records never pay for it.
 */
import type { extractHtml } from './extract-html.js';

let loading: Promise<typeof extractHtml> | undefined;

/**
 * `extractHtml`, imported on first use.
 * @example
 * const article = (await htmlExtractor())('<html>…</html>');
 */
export function htmlExtractor(): Promise<typeof extractHtml> {
  loading ??= import('./extract-html.js').then((m) => m.extractHtml);
  return loading;
}
