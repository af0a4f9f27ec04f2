/**
 * Paragraph decisions for reconciliation from the technique model's scores (issue 4's
 * `scoreParagraphs`): the labels over their thresholds, with their calibrated scores.
 */
import type { DocumentScores } from '../models/technique-model.js';
import type { ParagraphDecision } from './reconcile-spans.js';

/** The paragraph decisions of one document's technique scores. */
export function decisionsFromScores(scores: DocumentScores): ParagraphDecision[] {
  return scores.paragraphs.map((p) => ({
    index: p.index,
    techniques: p.labels.filter((l) => l.over).map((l) => ({ label: l.label, score: l.score })),
  }));
}
