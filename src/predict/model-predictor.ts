/**
 * The shipped models as a `Predictor` for `slant predict`: genre (subtask 1), frames (subtask 2)
 * and techniques per paragraph (subtask 3), through the same pipeline as `slant analyze`.
 */
import type { Document } from '../document/document.js';
import type { Frame, Technique } from '../labels.js';
import { analyzeDocument } from '../pipeline/analyze.js';
import type { Task } from '../pipeline/analyze.js';
import type { ArticlePrediction, Predictor } from './predictor.js';

const TASKS_OF: Record<'1' | '2' | '3', Task[]> = { '1': ['genre'], '2': ['frames'], '3': ['techniques'] };

/**
 * A predictor that runs only the model the subtask needs (the fast models with `fast`), without
 * evidence: a prediction file holds labels only, and evidence changes none.
 * @example
 * const prediction = modelPredictor('3').predict(segment(article));
 */
export function modelPredictor(subtask: '1' | '2' | '3', fast = false): Predictor {
  const tasks = TASKS_OF[subtask];
  return {
    id: fast ? 'slant-fast' : 'slant-linear',
    description: fast ? 'the fast slant models' : 'the shipped slant models',
    trivial: false,
    predict(doc: Document): ArticlePrediction {
      const analysis = analyzeDocument(doc, { tasks, evidence: false, ...(fast ? { fast: true } : {}) });
      return {
        genre: analysis.genre?.label ?? 'opinion',
        frames: (analysis.frames ?? []).map((f) => f.label as Frame),
        // A text without a word runs no task (no `techniques`, a no-words warning); a prediction
        // file still needs a row per paragraph, so it predicts none there.
        techniques: analysis.paragraphs.map((p) => (p.techniques ?? []).map((t) => t.label as Technique)),
        warnings: analysis.warnings,
      };
    },
  };
}
