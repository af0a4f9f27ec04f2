/**
 * The highlights of a report: technique spans of the article, from `analysis.spans` when the span
 * task ran, else from the evidence spans of the paragraph findings. Each carries the technique,
 * its score and the evidence that explains it.
 */
import type { Analysis, Evidence, ParagraphResult, TechniqueFinding } from '../result.js';
import { categoryOf, type Category, type Technique } from '../labels.js';

/** One highlighted range of the raw text. */
export interface Highlight {
  label: Technique;
  category: Category;
  score: number;
  start: number;
  end: number;
  /** Paragraph number (SemEval's `n`) the span lies in, 0 when it lies in none. */
  paragraph: number;
  /** Why: the evidence of the paragraph finding for this label (may be empty). */
  why: Evidence[];
  /**
   * Set for a fragment-level span (`analysis.spans`), whose `score` is the span tagger's; then
   * `paragraphScore` is the score of its paragraph's finding of the label, when there is one, and
   * `why` that finding's evidence, which may lie outside the span. Unset for an evidence span,
   * whose `score` is its finding's.
   */
  span?: { paragraphScore?: number };
}

type ParagraphSpan = { n: number; start: number; end: number };

/** The paragraph holding `start`, by its number; 0 when none does. */
function paragraphAt(paragraphs: readonly ParagraphSpan[], start: number): number {
  for (const p of paragraphs) if (start >= p.start && start < p.end) return p.n;
  return 0;
}

/** The paragraph finding of `label` in paragraph `n`, if any. */
function findingOf(results: readonly ParagraphResult[], n: number, label: Technique): TechniqueFinding | undefined {
  return results.find((r) => r.n === n)?.techniques?.find((t) => t.label === label);
}

/** Orders highlights by start, then end, then label: the same order on every run. */
function compareHighlights(a: Highlight, b: Highlight): number {
  return a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/** Highlights from the fragment-level spans. */
function fromSpans(analysis: Analysis): Highlight[] {
  const { paragraphs } = analysis.article;
  return (analysis.spans ?? []).map((s) => {
    const paragraph = paragraphAt(paragraphs, s.start);
    const finding = findingOf(analysis.paragraphs, paragraph, s.label);
    const span = finding === undefined ? {} : { paragraphScore: finding.score };
    return { label: s.label, category: categoryOf(s.label), score: s.score, start: s.start, end: s.end, paragraph, why: finding?.evidence ?? [], span };
  });
}

/** Highlights from the evidence spans of each paragraph finding (none where techniques were not analysed). */
function fromEvidence(analysis: Analysis): Highlight[] {
  const out: Highlight[] = [];
  for (const p of analysis.paragraphs) {
    for (const t of p.techniques ?? []) {
      for (const e of t.evidence) {
        out.push({ label: t.label, category: t.category, score: t.score, start: e.start, end: e.end, paragraph: p.n, why: t.evidence });
      }
    }
  }
  return out;
}

/**
 * The highlights of `analysis`, sorted, without duplicates and without empty or out-of-range spans.
 * @example
 * collectHighlights(analysis).map((h) => [h.label, h.start, h.end]);
 */
export function collectHighlights(analysis: Analysis): Highlight[] {
  const all = analysis.spans !== undefined && analysis.spans.length > 0 ? fromSpans(analysis) : fromEvidence(analysis);
  const seen = new Set<string>();
  const out: Highlight[] = [];
  for (const h of all.sort(compareHighlights)) {
    const key = `${h.label}:${h.start}:${h.end}`;
    if (h.end <= h.start || h.start < 0 || h.end > analysis.article.chars || seen.has(key)) continue;
    seen.add(key);
    out.push(h);
  }
  return out;
}
