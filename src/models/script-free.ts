/**
 * Serving the script-free technique model (src/train/script-free.ts): for an article in a language
 * without training data whose letters are mostly in a script no training language uses, the full
 * analysis scores techniques with it instead of the pooled n-gram model, which finds nothing there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadTechniqueModel, shippedModelDir } from './model-registry.js';
import type { DocumentScores, LabelScore, ParagraphScores, TechniqueModel } from './technique-model.js';
import { ModelError } from '../errors.js';
import type { Document } from '../document/document.js';

/** The model's id and file name stem (`models/techniques/techniques-script-free.slm`). */
export const SCRIPT_FREE_MODEL_ID = 'techniques-script-free';

/** The one "language" its rows are pooled as, and so the key of its one decision. */
export const SCRIPT_FREE_LANG = 'all';

/** The script-free model's file in `dir`. */
export function scriptFreeModelFile(dir: string = shippedModelDir()): string {
  return path.join(dir, `${SCRIPT_FREE_MODEL_ID}.slm`);
}

/** Whether each script-free file asked for exists, looked up once (every article of a language without training data asks). */
const present = new Map<string, boolean>();

/**
 * The script-free model in `dir`, loaded once; null when none ships there (the pooled model then
 * serves, as before it existed).
 * @throws ModelError when the file is corrupt or foreign.
 */
export function scriptFreeModel(dir: string = shippedModelDir()): TechniqueModel | null {
  const file = scriptFreeModelFile(dir);
  let shipped = present.get(file);
  if (shipped === undefined) present.set(file, (shipped = existsSync(file)));
  return shipped ? loadTechniqueModel(file) : null;
}

/**
 * Every paragraph of `doc` scored by the script-free `model`: its one pooled decision (the file's
 * only calibration, which `decisionFor` averages over for any language) at its own thresholds.
 */
export function scoreScriptFree(model: TechniqueModel, doc: Document): DocumentScores {
  return model.decideMargins(doc, doc.paragraphs.map((_, i) => model.margins(doc, i)), 1);
}

/**
 * `pooled`'s scores of `doc` (a language `pooledModel` has no calibration for, so decided with
 * every language's calibration averaged, its thresholds × `factor`) averaged with the script-free
 * `free` model's, label by label, against the mean of the two models' thresholds. For a language
 * without training data in a script the n-gram models read (Latin, Cyrillic): leaving one
 * language out (fold seed 1, held-out language's cue word lists hidden), micro-F1 en / fr / de /
 * it / pl 0.214 / 0.353 / 0.355 / 0.421 / 0.286, against 0.160 / 0.335 / 0.353 / 0.350 / 0.263
 * for the pooled model alone and 0.229 / 0.342 / 0.332 / 0.427 / 0.287 for the script-free model
 * alone; with the fast set's model (thresholds × 0.5) 0.221 / 0.353 / 0.345 / 0.417 / 0.283
 * against 0.202 / 0.350 / 0.342 / 0.389 / 0.275 (`POOLED=1 node --import tsx
 * scripts/cv-script-free.ts`, `FAST=1` for the fast set). The pooled model's words remain the
 * evidence.
 */
export function mixScriptFree(doc: Document, pooled: DocumentScores, pooledModel: TechniqueModel, factor: number, free: TechniqueModel): DocumentScores {
  const labels = pooledModel.header.labels;
  if (free.header.labels.length !== labels.length || free.header.labels.some((l, i) => l !== labels[i])) {
    throw new ModelError(`${SCRIPT_FREE_MODEL_ID}: its labels differ from the pooled technique model's, so their scores cannot be averaged`);
  }
  const own = scoreScriptFree(free, doc);
  const pooledThresholds = pooledModel.unseenThresholds(factor);
  const freeThresholds = free.unseenThresholds(1);
  return {
    ...pooled,
    paragraphs: pooled.paragraphs.map((p, i) => {
      const other = (own.paragraphs[i] as ParagraphScores).labels;
      return {
        ...p,
        labels: p.labels.map((l, k) => {
          const score = (l.score + (other[k] as LabelScore).score) / 2;
          return { label: l.label, score, over: score >= ((pooledThresholds[k] as number) + (freeThresholds[k] as number)) / 2 };
        }),
      };
    }),
  };
}
