/**
 * The trivial prior predictor: the same answer for every article of a language (majority genre, the
 * frame and technique sets that maximise training micro-F1). It never reads the text; it is the
 * floor, wired into `slant predict` until trained models exist.
 */
import type { Document } from '../document/document.js';
import { normalizeLangCode } from '../lang/normalize-lang-code.js';
import type { ArticlePrediction, Predictor } from './predictor.js';
import { PRIOR_TABLE, type PriorModel } from './prior-table.js';

/** The constant answer for a language code (any spelling `normalizeLangCode` knows), pooled when unknown. */
export function priorFor(lang: string, table: Readonly<Record<string, PriorModel>> = PRIOR_TABLE): PriorModel {
  return table[normalizeLangCode(lang)] ?? table['*']!;
}

/**
 * Builds the prior predictor over `table` (default: the shipped table).
 * @example
 * const p = priorPredictor();
 * p.predict(segment({ id: '1', text: 'A line.\n', lang: 'en' })).genre; // 'opinion'
 */
export function priorPredictor(table: Readonly<Record<string, PriorModel>> = PRIOR_TABLE): Predictor {
  return {
    id: 'prior',
    description: 'the trivial prior predictor (a floor to compare with, not a model)',
    trivial: true,
    predict(doc: Document): ArticlePrediction {
      const model = priorFor(doc.lang.code, table);
      return {
        genre: model.genre,
        frames: [...model.frames],
        techniques: doc.paragraphs.map(() => [...model.techniques]),
      };
    },
  };
}
