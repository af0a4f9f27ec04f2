/**
 * The facts every human-readable format summarises: whether techniques were analysed, technique
 * counts per category, the paragraphs with findings, the top genre and frames, in a fixed order.
 */
import type { Analysis, TechniqueFinding } from '../result.js';
import { CATEGORIES, type Category } from '../labels.js';

/**
 * Whether the techniques task ran: a paragraph without `techniques` was not analysed for them, so
 * the views say "not analysed" rather than counting 0 (a reader takes 0 for "no persuasion found").
 */
export function techniquesAnalysed(analysis: Analysis): boolean {
  return analysis.paragraphs.some((p) => p.techniques !== undefined);
}

/** Number of paragraph findings per category (every category, zero included), in list order. */
export function countByCategory(analysis: Analysis): [Category, number][] {
  const counts = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  for (const p of analysis.paragraphs) for (const t of p.techniques ?? []) counts.set(t.category, counts.get(t.category)! + 1);
  return [...counts];
}

/** Total number of paragraph findings (0 also when techniques were not analysed: see `techniquesAnalysed`). */
export function countFindings(analysis: Analysis): number {
  return analysis.paragraphs.reduce((n, p) => n + (p.techniques?.length ?? 0), 0);
}

/** A paragraph's findings, highest score first, ties by label. */
export function sortedFindings(techniques: readonly TechniqueFinding[]): TechniqueFinding[] {
  return [...techniques].sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** A warning's message as a sentence: capitalised, with a full stop (the page and the report show it so). */
export function warningSentence(message: string): string {
  const m = message.trim();
  return m.charAt(0).toUpperCase() + m.slice(1) + (/[.!?]$/.test(m) ? '' : '.');
}
