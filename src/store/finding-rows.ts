/**
 * An analysis as findings rows, the unit `slant stats` aggregates: one row per technique in a
 * paragraph (span: the paragraph), per fragment span (span: the fragment, paragraph: the one
 * holding its start), per frame and for the genre (no paragraph, no span). A part whose task was
 * not run gives no rows.
 */
import type { Analysis } from '../result.js';
import { categoryOf } from '../labels.js';

/** The kinds of findings rows. */
export type FindingKind = 'technique' | 'span' | 'frame' | 'genre';

/** One findings row. */
export interface FindingRow {
  kind: FindingKind;
  label: string;
  /** Category of a technique or span; absent for frames and genres. */
  category?: string;
  score: number;
  paragraph?: number;
  start?: number;
  end?: number;
}

/** The paragraph number holding `offset`, if any. */
function paragraphAt(analysis: Analysis, offset: number): number | undefined {
  return analysis.article.paragraphs.find((p) => p.start <= offset && offset < p.end)?.n;
}

/** Findings rows of one analysis, in a fixed order. */
export function toFindingRows(analysis: Analysis): FindingRow[] {
  const rows: FindingRow[] = [];
  const bounds = new Map(analysis.article.paragraphs.map((p) => [p.n, p]));
  for (const p of analysis.paragraphs) {
    const span = bounds.get(p.n);
    for (const t of p.techniques ?? []) {
      const row: FindingRow = { kind: 'technique', label: t.label, category: t.category, score: t.score, paragraph: p.n };
      if (span !== undefined) Object.assign(row, { start: span.start, end: span.end });
      rows.push(row);
    }
  }
  for (const s of analysis.spans ?? []) {
    const row: FindingRow = { kind: 'span', label: s.label, category: categoryOf(s.label), score: s.score, start: s.start, end: s.end };
    const n = paragraphAt(analysis, s.start);
    if (n !== undefined) row.paragraph = n;
    rows.push(row);
  }
  for (const f of analysis.frames ?? []) rows.push({ kind: 'frame', label: f.label, score: f.score });
  if (analysis.genre !== undefined) rows.push({ kind: 'genre', label: analysis.genre.label, score: analysis.genre.scores[analysis.genre.label] });
  return rows;
}
