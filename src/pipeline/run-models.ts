/**
 * Runs the shipped models on a segmented document and turns their output into the parts of the
 * result (DESIGN.md §3): techniques per paragraph with evidence, spans reconciled with the
 * paragraph decisions, genre, and frames. Models load lazily, once per language.
 */
import { TRAINING_LANGUAGES } from '../lang/training-languages.js';
import { createHash } from 'node:crypto';
import type { Document, Warning } from '../document/document.js';
import type { Analysis } from '../result.js';
import { sentenceModelFor, techniqueModelFor } from '../models/model-registry.js';
import { predictSpans, loadSpanModel } from '../spans/predict-spans.js';
import { decisionsFromScores } from '../spans/technique-decisions.js';
import { predictGenre } from '../models/genre-model.js';
import { predictFrames } from '../models/frames-model.js';
import { loadArticleModel } from '../models/genre-frames-load.js';
import { VERSION } from '../version.js';
import type { AnalyzeOptions, Task } from './options.js';
import { allFrameEvidence, applyThresholds, framesResult, genreResult, paragraphResults, round4, scriptFreeTechniques, shortArticle, techniqueFallback, techniquesNotCovered } from './findings.js';
import { scriptFreeModel } from '../models/script-free.js';
import { techniqueScoring, type TechniqueScoring } from '../models/technique-scoring.js';
import { UNSEEN_LANGUAGE_THRESHOLD_FACTOR } from '../models/technique-model.js';

/** Languages with training data (and so models of their own). */
export const SUPPORTED_LANGUAGES: readonly string[] = TRAINING_LANGUAGES;

/**
 * Revision of the rules that turn model scores into findings (fallback thresholds, unseen-language
 * frames, the span-signal decision, ...). Bump it when such a rule changes without any model file
 * changing, so that `slant reanalyze` sees the stored analyses as stale. 4: languages without a
 * calibration of their own average every language's for techniques and (full analysis) genre
 * (stop 33), and analyses name the techniques their decision cannot find (`techniques-not-covered`).
 * 5: texts shorter than any training article carry `short-article` (stop 34). 6: an article in a
 * script no training language uses gets its techniques from the script-free model, and a language
 * without training data its genre from the pooled genre file's style decision (stop 35).
 */
export const DECISION_RULES = 6;

/**
 * Revision of the rules only a language without training data is decided by, hashed into its
 * model version alone, so that a change there leaves the six languages' stored analyses fresh.
 * 1: the pooled model's technique scores averaged with the script-free model's (stop 36).
 * 2: frames: the five highest margins instead of four, and in a script no training language uses
 * the five most common training frames (stop 44).
 */
export const UNSEEN_LANGUAGE_RULES = 2;

/** A short hash of the headers of every model used for `lang` and of the decision rules: changes whenever either does. */
const versions = new Map<string, string>();
function modelVersion(lang: string): string {
  const hit = versions.get(lang);
  if (hit) return hit;
  const h = createHash('sha256');
  h.update(`rules ${DECISION_RULES}\n`);
  const techniques = techniqueModelFor(lang);
  h.update(JSON.stringify(techniques.header));
  // An unsupported language is scored with the script-free model too, and by rules of its own.
  if (!SUPPORTED_LANGUAGES.includes(lang)) h.update(`unseen rules ${UNSEEN_LANGUAGE_RULES}\n${JSON.stringify(scriptFreeModel()?.header ?? null)}`);
  h.update(JSON.stringify(loadSpanModel(lang)?.header ?? null));
  h.update(JSON.stringify(sentenceModelFor(techniques, lang)?.header ?? null));
  for (const task of ['genre', 'frames'] as const) {
    try {
      h.update(JSON.stringify(loadArticleModel(task, lang).header));
    } catch {
      h.update(`no ${task} model`);
    }
  }
  const version = `${VERSION}+${h.digest('hex').slice(0, 12)}`;
  versions.set(lang, version);
  return version;
}

/** What the models add to the result, with their warnings. */
export type ModelFindings = Pick<Analysis, 'paragraphs' | 'spans' | 'genre' | 'frames' | 'frameScores' | 'model'> & { warnings: Warning[] };

/** The warning of an article whose language no span tagger reads. */
function spansUnavailable(lang: string): Warning {
  const name = lang === 'und' ? 'an unknown language' : `'${lang}'`;
  return { code: 'spans-unavailable', message: `no span tagger reads ${name} (only the six training languages have one): no technique spans were marked, so the highlights show the words behind each paragraph's techniques instead` };
}

/** The parts of the analysis the models fill, for the tasks asked. */
export function runModels(doc: Document, o: AnalyzeOptions, tasks: ReadonlySet<Task>): ModelFindings {
  const lang = doc.lang.code;
  const warnings: Warning[] = [];
  const out: ModelFindings = { paragraphs: doc.paragraphs.map((p) => ({ n: p.n })), warnings, model: { id: 'slant-linear', version: modelVersion(lang) } };
  if (tasks.has('techniques') || tasks.has('spans')) {
    // Scoring records nothing: evidence extracts again, only for the paragraphs that report a
    // technique (a deterministic extraction, so the same occurrences; most paragraphs report none).
    const scored = techniqueScoring(doc);
    const { model, signals } = scored;
    const scores = applyThresholds(scored.scores, o);
    const served = servingWarning(scored, lang);
    if (served) warnings.push(served);
    if (tasks.has('techniques')) {
      warnings.push(...techniquesNotCovered(model, scores));
      out.paragraphs = paragraphResults(doc, scores, o, signals.sentences, model);
    }
    // Only the training languages have span taggers: elsewhere `spans` stays absent (not "none found").
    if (tasks.has('spans') && !loadSpanModel(lang)) warnings.push(spansUnavailable(lang));
    else if (tasks.has('spans')) out.spans = predictSpans(doc, { decisions: decisionsFromScores(scores) }).map((s) => ({ ...s, score: round4(s.score) }));
  }
  if (tasks.has('genre')) out.genre = genreResult(predictGenre(doc, { evidence: o.evidence !== false }), warnings);
  if (tasks.has('frames')) Object.assign(out, framesResult(predictFrames(doc, { allEvidence: allFrameEvidence(o), evidence: o.evidence !== false }), o, warnings));
  warnings.push(...shortArticle(doc, tasks));
  return out;
}

/** The warning that says how a language without a calibration of its own had its techniques scored, if it had none. */
function servingWarning(scored: TechniqueScoring, lang: string): Warning | null {
  switch (scored.serving) {
    case 'calibrated': return null;
    case 'script-free': return scriptFreeTechniques(lang);
    case 'pooled-and-script-free': return techniqueFallback(lang, scored.model, UNSEEN_LANGUAGE_THRESHOLD_FACTOR, true);
    case 'pooled': return techniqueFallback(lang, scored.model);
  }
}
