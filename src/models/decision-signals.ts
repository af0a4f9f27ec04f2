/**
 * The shipped signals the technique decision reads for a language: its span tagger and its
 * sentence model (either null when none ships).
 */
import { loadSpanModel } from '../spans/predict-spans.js';
import { loadSentenceModel } from './model-registry.js';
import type { DecisionSignals } from './technique-model.js';

/**
 * The span tagger and sentence model of `lang`, loaded once.
 * @example
 * techniqueModelFor('fr').scoreParagraphs(doc, undefined, decisionSignals('fr'));
 */
export function decisionSignals(lang: string): DecisionSignals {
  return { spans: loadSpanModel(lang)?.params ?? null, sentences: loadSentenceModel(lang) };
}
