/**
 * Downloads of a result: the Analysis as JSON (exactly what `slant analyze` prints), and the
 * Markdown and the HTML report built in the browser by the same renderers as `slant analyze
 * --format md` and `--format html` (Markdown pastes into a fact-check or a lesson plan).
 */
import { safeFileStem } from '../../src/file-stem.js';
import { renderHtml } from '../../src/render/render-html.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import type { Analysis } from '../../src/result.js';

/**
 * A download's file name from an article id: named as `analyze --out` names its files, with a
 * URL's scheme and a page's own extension dropped (`…/story.html` saves as `…_story.html`, not
 * `.html.html`).
 */
export function fileStem(id: string): string {
  return safeFileStem(id.replace(/^https?:\/\//, '').replace(/\.(html?|txt|json)$/i, ''));
}

/** Saves `content` as a file named `name`. */
function save(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the Analysis as `<id>.json`. */
export function downloadJson(analysis: Analysis): void {
  save(`${fileStem(analysis.article.id)}.json`, 'application/json', `${JSON.stringify(analysis, null, 2)}\n`);
}

/** Downloads the self-contained HTML report as `<id>.html`. */
export function downloadReport(analysis: Analysis, text: string): void {
  save(`${fileStem(analysis.article.id)}.html`, 'text/html', renderHtml(analysis, text));
}

/** Downloads the Markdown report as `<id>.md`. */
export function downloadMarkdown(analysis: Analysis, text: string): void {
  save(`${fileStem(analysis.article.id)}.md`, 'text/markdown', renderMarkdown(analysis, text));
}
