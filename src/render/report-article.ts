/**
 * The article part of the HTML report: one section per paragraph with its number, its text with
 * highlights (split into segments at every boundary; a segment carries all its labels) and chips
 * for the paragraph's techniques.
 */
import type { Analysis, ParagraphResult } from '../result.js';
import { TECHNIQUE_INFO } from '../labels.js';
import { escapeHtml } from './escape-html.js';
import type { Highlight } from './highlights.js';
import { splitSegments } from './split-segments.js';
import { formatScore, techniqueName } from './label-text.js';

/** Highlight indices ordered by score (highest first), then label: the first one colours a segment. */
function byScore(highlights: readonly Highlight[]): number[] {
  return highlights
    .map((_, i) => i)
    .sort((a, b) => highlights[b]!.score - highlights[a]!.score || (highlights[a]!.label < highlights[b]!.label ? -1 : 1));
}

/** One highlighted segment as a focusable `<mark>`. */
function markHtml(text: string, marks: readonly number[], highlights: readonly Highlight[]): string {
  const top = highlights[marks[0]!]!;
  const multi = marks.length > 1;
  const names = marks.map((m) => techniqueName(highlights[m]!.label)).join(', ');
  const cls = `slant-hl c-${top.category}${multi ? ' slant-multi' : ''}`;
  return `<mark class="${cls}" tabindex="0" data-h="${marks.join(' ')}" aria-label="${escapeHtml(`${names}: ${text}`)}">${escapeHtml(text)}</mark>`;
}

/** The text of one paragraph with its highlights. */
function paragraphText(text: string, p: { start: number; end: number }, highlights: readonly Highlight[], order: readonly number[]): string {
  return splitSegments(p.start, p.end, highlights, order)
    .map((s) => {
      const piece = text.slice(s.start, s.end);
      return s.marks.length === 0 ? escapeHtml(piece) : markHtml(piece, s.marks, highlights);
    })
    .join('');
}

/** The technique chips under a paragraph (none when techniques were not analysed). */
function chipsHtml(result: ParagraphResult | undefined): string {
  const techniques = result?.techniques ?? [];
  if (techniques.length === 0) return '';
  const chips = [...techniques]
    .sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1))
    .map((t) => {
      const def = escapeHtml(TECHNIQUE_INFO[t.label].definition);
      return `<li class="slant-chip c-${t.category}" data-label="${t.label}" data-category="${t.category}" data-score="${t.score}" title="${def}">${escapeHtml(techniqueName(t.label))} <span class="slant-chip-score">${formatScore(t.score)}</span></li>`;
    });
  return `<ul class="slant-chips" aria-label="Techniques">${chips.join('')}</ul>`;
}

/**
 * The article's paragraphs as HTML, highlights indexed into `highlights`.
 * @example
 * renderArticleHtml(analysis, text, collectHighlights(analysis));
 */
export function renderArticleHtml(analysis: Analysis, text: string, highlights: readonly Highlight[]): string {
  const order = byScore(highlights);
  const results = new Map(analysis.paragraphs.map((r) => [r.n, r]));
  const sections = analysis.article.paragraphs.map((p) => {
    const result = results.get(p.n);
    const count = result?.techniques?.length ?? 0;
    const own = order.filter((i) => highlights[i]!.start < p.end && highlights[i]!.end > p.start);
    const body = paragraphText(text, p, highlights, own);
    const label = `Paragraph ${p.n}${count > 0 ? `, ${count} technique${count === 1 ? '' : 's'}` : ''}`;
    return `<section class="slant-par${count > 0 ? ' slant-has' : ''}" id="slant-p-${p.n}" aria-label="${label}"><div class="slant-pn">${p.n}</div><div class="slant-pbody"><p class="slant-text" dir="auto">${body}</p>${chipsHtml(result)}</div></section>`;
  });
  return `<article class="slant-article">${sections.join('\n')}</article>`;
}
