/**
 * The script-free technique model: what the analysis (full and fast) scores techniques with when an article
 * is written in a script no training language uses (Greek, Georgian, Arabic, …). Word and
 * character n-grams of such a script match nothing the other models learnt, and they found no
 * technique at all (Russian held out as the unseen script: micro-F1 0.000). This model reads only
 * what any script has: quotation marks, question and exclamation marks, numbers, capitals, the
 * paragraph's position and length (the cue and position groups, `SCRIPT_FREE_FEATURES`), learnt
 * over the six languages' paragraphs as one pool with one decision (`SCRIPT_FREE_LANG`).
 *
 * Measured leaving one language out (trained on five; the held-out language's cue word lists
 * hidden, as an unseen script hides them; fold seed 1; `node --import tsx
 * scripts/cv-script-free.ts`), micro-F1 on the held-out language, against the five languages'
 * most frequent techniques on every paragraph: en 0.229 vs 0.193, fr 0.342 vs 0.310, de 0.332 vs
 * 0.328, it 0.427 vs 0.315, pl 0.287 vs 0.237, ru 0.350 vs 0.275. That is about each language's
 * own prior floor (0.236, 0.313, 0.343, 0.393, 0.229, 0.355), reached without knowing the
 * language or its label frequencies: weak hints, better than silence.
 */
import type { FeatureConfig } from '../features/feature-config.js';
import type { TrainRow } from './semeval-corpus.js';
import { trainTechniqueModel, type TrainedTechniqueModel } from './train-techniques.js';
import { techniqueSettings } from './technique-settings.js';
import { DEFAULT_THRESHOLDS } from '../models/thresholds.js';
import { SCRIPT_FREE_LANG, SCRIPT_FREE_MODEL_ID } from '../models/script-free.js';
import { TECHNIQUES } from '../labels.js';

/** Cues (weight 1) and position (0.5) alone: no word, bigram, character, neighbour or title features. */
export const SCRIPT_FREE_FEATURES: FeatureConfig = {
  bits: 16,
  charMin: 0,
  charMax: 0,
  bigrams: false,
  idf: false,
  langFeatures: false,
  weights: { word: 0, bigram: 0, char: 0, cue: 1, neighbour: 0, title: 0, position: 0.5, article: 0 },
};

/** Every row as one language (`SCRIPT_FREE_LANG`), so the cross-validation and the decision pool them. */
export function pooledRows(rows: readonly TrainRow[]): TrainRow[] {
  return rows.map((r) => ({ ...r, lang: SCRIPT_FREE_LANG }));
}

/** Trains the script-free model over `rows` (every training language) with the pooled file's learner. */
export function trainScriptFreeModel(rows: readonly TrainRow[], o: { folds: number; seed: number; files: string[] }, log: (line: string) => void = () => {}): TrainedTechniqueModel {
  return trainTechniqueModel(pooledRows(rows), {
    id: SCRIPT_FREE_MODEL_ID,
    labels: TECHNIQUES,
    features: SCRIPT_FREE_FEATURES,
    learner: techniqueSettings([], true).learner,
    thresholds: DEFAULT_THRESHOLDS,
    folds: o.folds,
    innerFolds: 0,
    seed: o.seed,
    files: o.files,
  }, log);
}
