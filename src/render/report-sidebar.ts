/**
 * The sidebar of the HTML report: genre probabilities, frames with scores, technique counts per
 * category (each technique's definition opens from its name), and the filters (category switches and a minimum-score slider) the script drives.
 * A part whose task did not run says "Not analysed.".
 */
import type { Analysis, ArticleEvidence } from '../result.js';
import { CATEGORIES, GENRES, TECHNIQUES, TECHNIQUE_INFO, categoryOf, type Category, type Technique } from '../labels.js';
import { escapeHtml } from './escape-html.js';
import { categoryName, formatScore, frameName, genreChoiceNote, genreName, genreStyleText, techniqueName } from './label-text.js';
import { techniquesAnalysed } from './summary.js';

/** A labelled score bar; `<meter>` needs no inline style, which the report's CSP forbids. */
function meter(label: string, score: number, strong: boolean): string {
  const name = strong ? `<strong>${escapeHtml(label)}</strong>` : escapeHtml(label);
  return `<li><span class="slant-bar-name">${name}</span><meter aria-label="${escapeHtml(label)}" min="0" max="1" value="${score}">${formatScore(score)}</meter><span class="slant-bar-score">${formatScore(score)}</span></li>`;
}

/**
 * What pushed an article-level label up: its phrases (quoted, escaped) and links to the paragraphs
 * that carried most of its evidence; nothing when it has none.
 */
function whyHtml(name: string, label: ArticleEvidence): string {
  if (label.evidence.length === 0 && label.paragraphs.length === 0) return '';
  const phrases = label.evidence.map((e) => `<q dir="auto">${escapeHtml(e.text)}</q>`).join(', ');
  const refs = label.paragraphs.map((p) => `<a href="#slant-p-${p.n}">¶${p.n}</a>`).join(', ');
  return `<p class="slant-why"><span class="slant-why-name">${escapeHtml(name)}:</span> ${[phrases, refs].filter((x) => x !== '').join(' · ')}</p>`;
}

function genreSection(analysis: Analysis): string {
  const g = analysis.genre;
  const note = g === undefined ? null : genreChoiceNote(g);
  const decidedBy = g === undefined ? null : genreStyleText(g);
  const body = g === undefined ? '<p class="slant-none">Not analysed.</p>' : `<ul class="slant-bars">${GENRES.map((k) => meter(genreName(k), g.scores[k], k === g.label)).join('')}</ul>${note ? `<p class="slant-none">${escapeHtml(`${genreName(g.label)}: ${note}`)}</p>` : ''}${whyHtml(genreName(g.label), g)}${decidedBy ? `<p class="slant-why">${escapeHtml(decidedBy)}</p>` : ''}`;
  return `<section class="slant-box"><h2>Genre</h2>${body}</section>`;
}

function framesSection(analysis: Analysis): string {
  const f = analysis.frames;
  let body = '<p class="slant-none">Not analysed.</p>';
  if (f !== undefined && f.length === 0) body = '<p class="slant-none">No frame found.</p>';
  else if (f !== undefined) {
    const sorted = [...f].sort((a, b) => b.score - a.score);
    body = `<ul class="slant-bars">${sorted.map((x) => meter(frameName(x.label), x.score, false)).join('')}</ul>${sorted.map((x) => whyHtml(frameName(x.label), x)).join('')}`;
  }
  return `<section class="slant-box"><h2>Frames</h2>${body}</section>`;
}

/** Number of paragraph findings per technique. */
export function countTechniques(analysis: Analysis): Map<Technique, number> {
  const counts = new Map<Technique, number>();
  for (const p of analysis.paragraphs) for (const t of p.techniques ?? []) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  return counts;
}

/** A category's filter switch with its techniques and counts; `counts` null (techniques not analysed): the switch alone. */
function categoryBlock(category: Category, counts: Map<Technique, number> | null): string {
  const known = counts ?? new Map<Technique, number>();
  const own = TECHNIQUES.filter((t) => categoryOf(t) === category && known.has(t));
  const total = own.reduce((n, t) => n + known.get(t)!, 0);
  // Each technique's definition opens from its name, by keyboard too (a chip's title is mouse-only).
  const items = own
    .map((t) => `<li><details class="slant-def"><summary>${escapeHtml(techniqueName(t))} <span class="slant-count" data-label="${t}">${known.get(t)}</span></summary><p>${escapeHtml(TECHNIQUE_INFO[t].definition)}</p></details></li>`)
    .join('');
  const list = items === '' ? '' : `<ul>${items}</ul>`;
  const count = counts === null ? '' : ` <span class="slant-count" data-category="${category}">${total}</span>`;
  return `<li class="slant-cat"><label><input type="checkbox" class="slant-cat-filter" value="${category}" checked> <span class="slant-swatch c-${category}"></span> ${escapeHtml(categoryName(category))}${count}</label>${list}</li>`;
}

/**
 * The technique counts and filters. Where techniques were not analysed it says so, as for genre
 * and frames, so that no 0 reads as "none found"; the filters stay (without counts) only for
 * the technique spans, when those were found.
 */
function techniquesSection(analysis: Analysis): string {
  const analysed = techniquesAnalysed(analysis);
  const spans = (analysis.spans ?? []).length > 0;
  const none = analysed ? '' : `<p class="slant-none">${spans ? 'Not analysed per paragraph; the highlights are technique spans.' : 'Not analysed.'}</p>`;
  if (!analysed && !spans) return `<section class="slant-box slant-techniques"><h2>Techniques</h2>${none}</section>`;
  const counts = analysed ? countTechniques(analysis) : null;
  const blocks = CATEGORIES.map((c) => categoryBlock(c, counts)).join('');
  const slider = '<label class="slant-slider">Minimum score <input type="range" class="slant-score" min="0" max="1" step="0.05" value="0"> <output class="slant-score-out">0.00</output></label>';
  return `<section class="slant-box slant-techniques"><h2>Techniques</h2>${none}<ul class="slant-cats">${blocks}</ul>${slider}</section>`;
}

/**
 * The sidebar as HTML.
 * @example
 * renderSidebarHtml(analysis);
 */
export function renderSidebarHtml(analysis: Analysis): string {
  return `<aside class="slant-side" id="slant-side" tabindex="-1" aria-label="Summary">${genreSection(analysis)}${framesSection(analysis)}${techniquesSection(analysis)}</aside>`;
}
