/**
 * The shipped signals the technique decision reads for a language: its span tagger and the
 * sentence model the technique model's decision was fitted with (either null when none ships).
 */
import { loadSpanModel } from '../spans/predict-spans.js';
import { sentenceModelFor } from './model-registry.js';
import type { DecisionSignals, TechniqueModel } from './technique-model.js';

/**
 * The span tagger of `lang` and the sentence model `model` decides with for it, loaded once.
 * @example
 * const model = techniqueModelFor('fr'); model.scoreParagraphs(doc, undefined, decisionSignals(model, 'fr'));
 */
export function decisionSignals(model: TechniqueModel, lang: string): DecisionSignals {
  return { spans: loadSpanModel(lang)?.params ?? null, sentences: sentenceModelFor(model, lang) };
}
