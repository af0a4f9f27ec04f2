/**
 * The Markdown report: a summary (genre, frames, counts per category, or "not analysed" when the
 * techniques task did not run) and each paragraph with its evidence phrases in bold and its
 * techniques listed under it. Article text is escaped so it cannot become Markdown structure or
 * raw HTML.
 */
import type { Analysis, ArticleEvidence } from '../result.js';
import { GENRES } from '../labels.js';
import { collectHighlights } from './highlights.js';
import { splitSegments, type Segment } from './split-segments.js';
import { safeHttpUrl } from './escape-html.js';
import { stripControls } from './ansi.js';
import { categoryName, formatPercent, formatScore, frameName, genreChoiceNote, genreName, genreStyleText, paragraphRefs, techniqueName } from './label-text.js';
import { countByCategory, countFindings, sortedFindings, techniquesAnalysed } from './summary.js';
import { checkAnalysedText } from './analysed-text.js';

/**
 * Escapes inline Markdown and HTML in article text (line breaks become spaces, control characters
 * go). A list marker at the start is escaped too, for a caller that starts a line with the text
 * (the report never does: a paragraph follows its `**¶n**`). CommonMark escapes only punctuation,
 * so an ordered marker becomes `1\.`: a backslash before the digit would print (`\1.`).
 */
export function escapeMarkdown(text: string): string {
  return stripControls(text.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+])(\s|$)/, '$1\\$2$3')
    .replace(/^(\s*)(\d+)([.)])(\s|$)/, '$1$2\\$3$4');
}

/** An article-level label's evidence: its phrases with their shares, then its paragraphs; empty without evidence. */
function articleWhy(label: ArticleEvidence): string {
  const phrases = label.evidence.map((e) => `“${escapeMarkdown(e.text)}” (${formatPercent(e.weight)})`).join(', ');
  const refs = paragraphRefs(label.paragraphs);
  return [phrases, refs === '' ? '' : `in ${refs}`].filter((x) => x !== '').join('; ');
}

function summaryLines(analysis: Analysis): string[] {
  const lines: string[] = [];
  const g = analysis.genre;
  if (g !== undefined) {
    const note = genreChoiceNote(g);
    lines.push(`- **Genre:** ${genreName(g.label)} (${GENRES.map((k) => `${k} ${formatScore(g.scores[k])}`).join(', ')})${note ? `; ${note}` : ''}`);
    const why = articleWhy(g);
    if (why !== '') lines.push(`  - ${why}`);
    const decidedBy = genreStyleText(g);
    if (decidedBy !== null) lines.push(`  - ${decidedBy}`);
  } else lines.push('- **Genre:** not analysed');
  const f = analysis.frames;
  if (f === undefined) lines.push('- **Frames:** not analysed');
  else {
    const sorted = [...f].sort((a, b) => b.score - a.score);
    const list = sorted.map((x) => `${frameName(x.label)} ${formatScore(x.score)}`);
    lines.push(`- **Frames:** ${list.length > 0 ? list.join(', ') : 'none found'}`);
    for (const x of sorted) {
      const why = articleWhy(x);
      if (why !== '') lines.push(`  - *${frameName(x.label)}*: ${why}`);
    }
  }
  lines.push(`- **Techniques:** ${techniquesText(analysis)}`);
  return lines;
}

/** The count of technique findings with the categories that have any, or that techniques were not analysed. */
function techniquesText(analysis: Analysis): string {
  if (!techniquesAnalysed(analysis)) return 'not analysed';
  const counts = countByCategory(analysis).filter(([, n]) => n > 0).map(([c, n]) => `${categoryName(c)} ${n}`);
  return `${countFindings(analysis)}${counts.length > 0 ? ` (${counts.join(', ')})` : ''}`;
}

function metaLine(analysis: Analysis): string {
  const a = analysis.article;
  const parts = [`id \`${a.id.replace(/`/g, "'")}\``, `language ${escapeMarkdown(a.lang)}`];
  if (a.source !== undefined) parts.push(escapeMarkdown(a.source));
  if (a.publishedAt !== undefined) parts.push(escapeMarkdown(a.publishedAt));
  const href = safeHttpUrl(a.url);
  if (href !== undefined) parts.push(`<${href}>`);
  else if (a.url !== undefined) parts.push(escapeMarkdown(a.url));
  parts.push(`model ${escapeMarkdown(`${analysis.model.id} ${analysis.model.version}`)}`);
  return parts.join(' · ');
}

/** Consecutive segments merged into runs that are all marked or all plain. */
function markedRuns(segments: readonly Segment[]): { start: number; end: number; marked: boolean }[] {
  const runs: { start: number; end: number; marked: boolean }[] = [];
  for (const s of segments) {
    const marked = s.marks.length > 0;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.marked === marked) last.end = s.end;
    else runs.push({ start: s.start, end: s.end, marked });
  }
  return runs;
}

function paragraphBlock(analysis: Analysis, text: string, p: { n: number; start: number; end: number }): string[] {
  const spans = collectHighlights(analysis).filter((h) => h.start < p.end && h.end > p.start);
  const body = markedRuns(splitSegments(p.start, p.end, spans))
    .map((run) => {
      const piece = escapeMarkdown(text.slice(run.start, run.end));
      if (!run.marked || piece.trim() === '') return piece;
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece)!;
      return `${lead}**${core}**${trail}`;
    })
    .join('');
  const out = [`**¶${p.n}** ${body}`];
  const findings = sortedFindings(analysis.paragraphs.find((r) => r.n === p.n)?.techniques ?? []);
  if (findings.length > 0) out.push('');
  for (const t of findings) {
    const why = t.evidence.map((e) => `“${escapeMarkdown(e.text)}” (${formatPercent(e.weight)})`).join(', ');
    out.push(`- *${techniqueName(t.label)}* (${categoryName(t.category)}) ${formatScore(t.score)}${why === '' ? '' : `: ${why}`}`);
  }
  return out;
}

/**
 * The Markdown report of one analysed article.
 * @example
 * renderMarkdown(analysis, article.text).startsWith('# ');
 */
export function renderMarkdown(analysis: Analysis, text: string): string {
  checkAnalysedText(analysis, text, 'renderMarkdown');
  const out = [`# ${escapeMarkdown(analysis.article.title ?? analysis.article.id)}`, '', metaLine(analysis), '', ...summaryLines(analysis)];
  for (const w of analysis.warnings) out.push(`- **Warning** \`${w.code.replace(/`/g, "'")}\`: ${escapeMarkdown(w.message)}`);
  for (const p of analysis.article.paragraphs) out.push('', ...paragraphBlock(analysis, text, p));
  return `${out.join('\n')}\n`;
}
