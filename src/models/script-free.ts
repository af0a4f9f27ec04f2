/**
 * Serving the script-free technique model (src/train/script-free.ts): for an article in a language
 * without training data whose letters are mostly in a script no training language uses, the full
 * analysis scores techniques with it instead of the pooled n-gram model, which finds nothing there.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadTechniqueModel, shippedModelDir } from './model-registry.js';
import type { DocumentScores, TechniqueModel } from './technique-model.js';
import type { Document } from '../document/document.js';

/** The model's id and file name stem (`models/techniques/techniques-script-free.slm`). */
export const SCRIPT_FREE_MODEL_ID = 'techniques-script-free';

/** The one "language" its rows are pooled as, and so the key of its one decision. */
export const SCRIPT_FREE_LANG = 'all';

/** The script-free model's file in `dir`. */
export function scriptFreeModelFile(dir: string = shippedModelDir()): string {
  return path.join(dir, `${SCRIPT_FREE_MODEL_ID}.slm`);
}

/**
 * The script-free model in `dir`, loaded once; null when none ships there (the pooled model then
 * serves, as before it existed).
 * @throws ModelError when the file is corrupt or foreign.
 */
export function scriptFreeModel(dir: string = shippedModelDir()): TechniqueModel | null {
  const file = scriptFreeModelFile(dir);
  return existsSync(file) ? loadTechniqueModel(file) : null;
}

/**
 * Every paragraph of `doc` scored by the script-free `model`: its one pooled decision (the file's
 * only calibration, which `decisionFor` averages over for any language) at its own thresholds.
 */
export function scoreScriptFree(model: TechniqueModel, doc: Document): DocumentScores {
  return model.decideMargins(doc, doc.paragraphs.map((_, i) => model.margins(doc, i)), 1);
}
