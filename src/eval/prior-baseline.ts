/**
 * The floor every model must beat: cross-validated figures of the trivial prior predictors
 * (src/predict/fit-prior.ts) on one language's training labels, with the official measures.
 * Folds are grouped by article; for techniques the items are paragraph rows.
 */
import { FRAMES, GENRES, TECHNIQUES } from '../labels.js';
import type { FramesRow, GenreRow, TechniquesRow } from '../ingest/semeval-labels.js';
import { fitConstantSet, fitMajority } from '../predict/fit-prior.js';
import { crossValidate, type CrossValidationOptions, type CrossValidationResult } from './cross-validation.js';
import { scoreMultiLabel } from './multi-label.js';
import { scoreSingleLabel } from './single-label.js';

/** One subtask's baseline figures. */
export interface BaselineResult {
  subtask: '1' | '2' | '3';
  /** Name of the official measure. */
  measure: string;
  cv: CrossValidationResult;
  /** The constant answer fitted on all the rows (what `slant predict` ships for this language). */
  fitted: string[];
}

/** Training labels of one language. */
export interface BaselineData {
  genres: readonly GenreRow[];
  frames: readonly FramesRow[];
  techniques: readonly TechniquesRow[];
}

/** Cross-validates the prior predictors of subtasks 1–3. */
export function priorBaseline(data: BaselineData, options: CrossValidationOptions = {}): BaselineResult[] {
  const genre = crossValidate(
    {
      items: data.genres,
      groupOf: (r) => r.id,
      train: (rows) => fitMajority(rows.map((r) => r.genre), GENRES),
      predict: (g, rows) => rows.map(() => g),
      metric: (rows, pred) => {
        const s = scoreSingleLabel(rows.map((r, i) => ({ gold: r.genre, pred: pred[i]! })), GENRES);
        return { value: s.macro.f1, perLabel: s.perLabel };
      },
    },
    options,
  );
  const multi = <R extends { id: string }, L extends string>(rows: readonly R[], labelsOf: (r: R) => readonly L[], labels: readonly L[]) =>
    crossValidate(
      {
        items: rows,
        groupOf: (r) => r.id,
        train: (train) => fitConstantSet(train.map(labelsOf), labels),
        predict: (set, test) => test.map(() => set),
        metric: (test, pred) => {
          const s = scoreMultiLabel(test.map((r, i) => ({ gold: labelsOf(r), pred: pred[i]! })), labels);
          return { value: s.micro.f1, perLabel: s.perLabel };
        },
      },
      options,
    );
  return [
    { subtask: '1', measure: 'macro-F1', cv: genre, fitted: [fitMajority(data.genres.map((r) => r.genre), GENRES)] },
    {
      subtask: '2',
      measure: 'micro-F1',
      cv: multi(data.frames, (r) => r.frames, FRAMES),
      fitted: fitConstantSet(data.frames.map((r) => r.frames), FRAMES),
    },
    {
      subtask: '3',
      measure: 'micro-F1',
      cv: multi(data.techniques, (r) => r.techniques, TECHNIQUES),
      fitted: fitConstantSet(data.techniques.map((r) => r.techniques), TECHNIQUES),
    },
  ];
}
