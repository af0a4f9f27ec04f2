/**
 * The terminal view: a summary (genre, frames, counts per category with a colour legend, or "not
 * analysed" when the techniques task did not run), then each paragraph with its evidence phrases
 * highlighted in their category's colour and its techniques listed under it. Plain when piped or
 * NO_COLOR: phrases are then marked `[like this]`. Control characters in the article are removed
 * so a hostile text cannot drive the terminal.
 */
import type { Analysis, ArticleEvidence } from '../result.js';
import { GENRES } from '../labels.js';
import { makeStyle, stripControls, type Style } from './ansi.js';
import { collectHighlights } from './highlights.js';
import { splitSegments } from './split-segments.js';
import { categoryName, formatScore, frameName, genreChoiceNote, genreStyleText, paragraphRefs, techniqueName } from './label-text.js';
import { countByCategory, countFindings, sortedFindings, techniquesAnalysed } from './summary.js';
import { checkAnalysedText } from './analysed-text.js';

/** Options of the terminal view. */
export interface TableOptions {
  /** Colour the output (a terminal without NO_COLOR). */
  color: boolean;
}

const clean = (text: string): string => stripControls(text.replace(/[\r\n\t]+/g, ' '));

/** An article-level label's evidence on one line: its phrases, then its paragraphs; empty without evidence. */
function articleWhy(label: ArticleEvidence): string {
  const phrases = label.evidence.map((e) => `“${clean(e.text)}”`).join(', ');
  const refs = paragraphRefs(label.paragraphs);
  return [phrases, refs].filter((x) => x !== '').join(' · ');
}

/** The count of technique findings and its split by category, or that techniques were not analysed. */
function techniquesLine(analysis: Analysis, style: Style): string {
  if (!techniquesAnalysed(analysis)) return 'not analysed';
  const counts = countByCategory(analysis).map(([c, n]) => `${style.category(c, ` ${categoryName(c)} `)} ${n}`);
  return `${countFindings(analysis)}: ${counts.join('  ')}`;
}

function summary(analysis: Analysis, style: Style): string[] {
  const a = analysis.article;
  const meta = [`id ${a.id}`, a.lang, a.source, a.publishedAt, a.url, `model ${analysis.model.id} ${analysis.model.version}`].filter((x) => x !== undefined);
  const lines = [style.bold(clean(a.title ?? a.id)), style.dim(clean(meta.join(' · ')))];
  const g = analysis.genre;
  if (g !== undefined) {
    const note = genreChoiceNote(g);
    lines.push(`${'Genre'.padEnd(11)}${style.bold(g.label)} ${formatScore(g.scores[g.label])}  (${GENRES.filter((k) => k !== g.label).map((k) => `${k} ${formatScore(g.scores[k])}`).join(', ')})${note ? style.dim(`; ${note}`) : ''}`);
    const why = articleWhy(g);
    if (why !== '') lines.push(`${' '.repeat(11)}${style.dim(why)}`);
    const decidedBy = genreStyleText(g);
    if (decidedBy !== null) lines.push(`${' '.repeat(11)}${style.dim(decidedBy)}`);
  } else lines.push(`${'Genre'.padEnd(11)}${style.dim('not analysed')}`);
  if (analysis.frames === undefined) lines.push(`${'Frames'.padEnd(11)}${style.dim('not analysed')}`);
  else {
    const sorted = [...analysis.frames].sort((x, y) => y.score - x.score);
    const frames = sorted.map((f) => `${frameName(f.label)} ${formatScore(f.score)}`);
    lines.push(`${'Frames'.padEnd(11)}${frames.length > 0 ? frames.join(', ') : 'none found'}`);
    for (const f of sorted) {
      const why = articleWhy(f);
      if (why !== '') lines.push(`${' '.repeat(11)}${style.dim(`${frameName(f.label)}: ${why}`)}`);
    }
  }
  lines.push(`${'Techniques'.padEnd(11)}${techniquesLine(analysis, style)}`);
  for (const w of analysis.warnings) lines.push(`${'Warning'.padEnd(11)}${clean(`${w.code}: ${w.message}`)}`);
  return lines;
}

function paragraph(analysis: Analysis, text: string, p: { n: number; start: number; end: number }, style: Style): string[] {
  const spans = collectHighlights(analysis).filter((h) => h.start < p.end && h.end > p.start);
  const order = spans.map((_, i) => i).sort((x, y) => spans[y]!.score - spans[x]!.score);
  const segments = splitSegments(p.start, p.end, spans, order);
  let body = '';
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const piece = clean(text.slice(s.start, s.end));
    if (s.marks.length === 0) body += piece;
    else if (style.color) body += style.category(spans[s.marks[0]!]!.category, piece);
    else {
      const open = i === 0 || segments[i - 1]!.marks.length === 0;
      const close = i + 1 === segments.length || segments[i + 1]!.marks.length === 0;
      body += `${open ? '[' : ''}${piece}${close ? ']' : ''}`;
    }
  }
  const out = [`${style.bold(`¶${p.n}`.padStart(4))}  ${body}`];
  for (const t of sortedFindings(analysis.paragraphs.find((r) => r.n === p.n)?.techniques ?? [])) {
    const why = t.evidence.map((e) => `“${clean(e.text)}”`).join(', ');
    const label = style.color ? style.category(t.category, ` ${techniqueName(t.label)} `) : `* ${techniqueName(t.label)}`;
    out.push(`      ${label} ${formatScore(t.score)} ${style.dim(categoryName(t.category))}${why === '' ? '' : `  ${why}`}`);
  }
  return out;
}

/**
 * The terminal view of one analysed article.
 * @example
 * process.stdout.write(renderTable(analysis, article.text, { color: process.stdout.isTTY }));
 */
export function renderTable(analysis: Analysis, text: string, options: TableOptions): string {
  checkAnalysedText(analysis, text, 'renderTable');
  const style = makeStyle(options.color);
  const out = summary(analysis, style);
  for (const p of analysis.article.paragraphs) out.push('', ...paragraph(analysis, text, p, style));
  return `${out.join('\n')}\n`;
}
