/**
 * Reconciles the tagger's spans with the paragraph decisions of the technique model (issue 6,
 * item 2). The paragraph model decides WHICH techniques a paragraph uses; the tagger says WHERE.
 *
 * Rule:
 * 1. A tagger span of technique T is kept only when its paragraph reports T.
 * 2. A paragraph that reports T but has no kept span of T gets the tagger's best single run of T
 *    in that paragraph (its fallback), scored with the paragraph's score for T.
 * 3. Techniques the tagger cannot predict (not trained) get no span; the paragraph keeps them with
 *    their evidence spans.
 * So every span's technique is reported in its paragraph, and every reported technique the tagger
 * knows has at least one span there.
 */
import { isTechnique } from '../labels.js';
import type { SpanFinding } from '../result.js';
import type { ParagraphCandidates } from './span-candidates.js';

/** The techniques the paragraph model reports for one paragraph (`index` into `doc.paragraphs`). */
export interface ParagraphDecision {
  index: number;
  techniques: readonly { label: string; score: number }[];
}

/** Sort order of findings: by start, then end, then label. */
export function compareFindings(a: SpanFinding, b: SpanFinding): number {
  return a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/**
 * Applies the rule above.
 * @example
 * reconcileSpans([{ index: 2, techniques: [{ label: 'Loaded_Language', score: 0.8 }] }], candidates);
 */
export function reconcileSpans(decisions: readonly ParagraphDecision[], candidates: readonly ParagraphCandidates[]): SpanFinding[] {
  const byIndex = new Map(candidates.map((c) => [c.index, c]));
  const out: SpanFinding[] = [];
  for (const d of decisions) {
    const c = byIndex.get(d.index);
    if (!c) continue;
    for (const t of d.techniques) {
      if (!isTechnique(t.label)) continue;
      const kept = c.spans.filter((s) => s.label === t.label);
      if (kept.length > 0) {
        for (const s of kept) out.push({ label: t.label, start: s.start, end: s.end, score: s.score });
        continue;
      }
      const fb = c.fallbacks.find((s) => s.label === t.label);
      if (fb) out.push({ label: t.label, start: fb.start, end: fb.end, score: t.score });
    }
  }
  return out.sort(compareFindings);
}

/** The tagger's own spans, without paragraph decisions (for evaluation and when no paragraph model is loaded). */
export function taggerSpans(candidates: readonly ParagraphCandidates[]): SpanFinding[] {
  const out: SpanFinding[] = [];
  for (const c of candidates) {
    for (const s of c.spans) if (isTechnique(s.label)) out.push({ label: s.label, start: s.start, end: s.end, score: s.score });
  }
  return out.sort(compareFindings);
}
