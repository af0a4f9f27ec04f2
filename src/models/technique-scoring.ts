/**
 * Which model scores an article's techniques in the full analysis, in one place for `slant analyze`
 * and `slant predict --subtask spans`:
 * - a language with a calibration of its own: its technique file, with its span and sentence signals;
 * - a language without one, written mostly in a script no training language uses: the script-free
 *   model alone (the n-gram models find nothing there);
 * - any other language without one: the pooled model under every language's calibration averaged,
 *   its scores averaged with the script-free model's (`mixScriptFree`), or alone when no
 *   script-free model ships.
 */
import type { Document } from '../document/document.js';
import { inUnseenScript } from '../lang/script.js';
import { decisionSignals } from './decision-signals.js';
import { techniqueModelFor } from './model-registry.js';
import { mixScriptFree, scoreScriptFree, scriptFreeModel } from './script-free.js';
import { UNSEEN_LANGUAGE_THRESHOLD_FACTOR, type DecisionSignals, type DocumentScores, type TechniqueModel } from './technique-model.js';

/** How the techniques were scored (see the module comment). */
export type TechniqueServing = 'calibrated' | 'script-free' | 'pooled-and-script-free' | 'pooled';

export interface TechniqueScoring {
  scores: DocumentScores;
  /** The model whose features explain the scores (evidence) and whose labels they cover. */
  model: TechniqueModel;
  signals: DecisionSignals;
  serving: TechniqueServing;
}

const NO_SIGNALS: DecisionSignals = { spans: null, sentences: null };

/**
 * The script-free model when `model` (the technique file for `doc`'s language) has no calibration
 * for that language and `doc` is written mostly in a script no training language uses (and the
 * model ships), else null. The fast analysis asks this of its own technique model.
 */
export function unseenScriptModel(doc: Document, model: TechniqueModel): TechniqueModel | null {
  if (!model.decisionFor(doc.lang.code).fallback || !inUnseenScript(doc.article.text)) return null;
  return scriptFreeModel();
}

/**
 * Scores every paragraph of `doc` for the full analysis, with the model and signals that did.
 * @example
 * const { scores, serving } = techniqueScoring(segment(article));
 */
export function techniqueScoring(doc: Document): TechniqueScoring {
  const lang = doc.lang.code;
  const model = techniqueModelFor(lang);
  if (!model.decisionFor(lang).fallback) {
    const signals = decisionSignals(model, lang);
    return { scores: model.scoreParagraphs(doc, undefined, signals), model, signals, serving: 'calibrated' };
  }
  const scriptFree = unseenScriptModel(doc, model);
  if (scriptFree) return { scores: scoreScriptFree(scriptFree, doc), model: scriptFree, signals: NO_SIGNALS, serving: 'script-free' };
  const pooled = model.scoreParagraphs(doc, undefined, NO_SIGNALS);
  const free = scriptFreeModel();
  if (!free) return { scores: pooled, model, signals: NO_SIGNALS, serving: 'pooled' };
  return { scores: mixScriptFree(doc, pooled, model, UNSEEN_LANGUAGE_THRESHOLD_FACTOR, free), model, signals: NO_SIGNALS, serving: 'pooled-and-script-free' };
}
