/**
 * Runs the fast models (`options.fast`, models/fast/) on a segmented document: techniques per
 * paragraph, genre and frames, all from one feature extraction (models/fast-margins.ts), into the
 * same parts of the result as the full models (findings.ts). No spans: they need the span taggers
 * of the full analysis, so asking for them gets a warning instead.
 */
import { createHash } from 'node:crypto';
import type { Document, Warning } from '../document/document.js';
import { scoreGenre } from '../models/genre-model.js';
import { scoreFrames } from '../models/frames-model.js';
import { FAST_GENRE_UNSEEN_CALIBRATION, FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR, fastFramesFor, loadFastModels, type FastModels } from '../models/fast-models.js';
import { fastMargins } from '../models/fast-margins.js';
import type { GivenMargins } from '../models/given-margins.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { VERSION } from '../version.js';
import type { AnalyzeOptions, Task } from './options.js';
import { allFrameEvidence, applyThresholds, framesResult, genreResult, paragraphResults, scriptFreeTechniques, shortArticle, techniqueFallback, techniquesNotCovered } from './findings.js';
import { DECISION_RULES, SUPPORTED_LANGUAGES, UNSEEN_LANGUAGE_RULES, type ModelFindings } from './run-models.js';
import { unseenScriptModel } from '../models/technique-scoring.js';
import { mixScriptFree, scoreScriptFree, scriptFreeModel } from '../models/script-free.js';

/** The article models' occurrences of the article being analysed fast (reused: its arrays grow once). */
const fastScratch = new OccurrenceRecorder(65536);

/** A short hash of the headers of the fast models used for a language and of the decision rules (as `modelVersion`), by set and language. */
const fastVersions = new WeakMap<FastModels, Map<string, string>>();
function fastModelVersion(models: FastModels, lang: string): string {
  let byLang = fastVersions.get(models);
  if (byLang === undefined) fastVersions.set(models, (byLang = new Map()));
  const hit = byLang.get(lang);
  if (hit) return hit;
  const h = createHash('sha256');
  h.update(`rules ${DECISION_RULES}\nfast\n`);
  for (const m of [models.techniques, models.genre, fastFramesFor(models, lang)]) h.update(JSON.stringify(m.header));
  // An unsupported language is scored with the script-free model too, and by rules of its own.
  if (!SUPPORTED_LANGUAGES.includes(lang)) h.update(`unseen rules ${UNSEEN_LANGUAGE_RULES}\n${JSON.stringify(scriptFreeModel()?.header ?? null)}`);
  const version = `${VERSION}+${h.digest('hex').slice(0, 12)}`;
  byLang.set(lang, version);
  return version;
}

/** The parts of the analysis the fast models fill. */
export function runFastModels(doc: Document, o: AnalyzeOptions, tasks: ReadonlySet<Task>): ModelFindings {
  const models = loadFastModels();
  const warnings: Warning[] = [];
  const out: ModelFindings = { paragraphs: doc.paragraphs.map((p) => ({ n: p.n })), warnings, model: { id: 'slant-fast', version: fastModelVersion(models, doc.lang.code) } };
  // One extraction: every model's margins and, for evidence, the occurrences of the article models
  // and of each paragraph's technique row.
  const evidence = o.evidence !== false;
  if (evidence) fastScratch.length = 0;
  const margins = fastMargins(models, doc, evidence ? fastScratch : undefined);
  const given = (m: Float64Array): GivenMargins => (evidence ? { margins: m, recorded: fastScratch } : { margins: m });
  const scriptFree = tasks.has('techniques') ? unseenScriptModel(doc, models.techniques) : null;
  if (scriptFree) {
    // An unseen script: the full analysis's script-free model (its own extraction; such articles are rare).
    const scores = applyThresholds(scoreScriptFree(scriptFree, doc), o);
    warnings.push(scriptFreeTechniques(doc.lang.code));
    out.paragraphs = paragraphResults(doc, scores, o, null, scriptFree);
  } else if (tasks.has('techniques')) {
    const decided = models.techniques.decideMargins(doc, margins.paragraphs, FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR);
    // A language without a calibration of its own: averaged with the script-free model, as in the full analysis.
    const free = decided.fallback ? scriptFreeModel() : null;
    const scores = applyThresholds(free ? mixScriptFree(doc, decided, models.techniques, FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR, free) : decided, o);
    if (scores.fallback) warnings.push(techniqueFallback(doc.lang.code, models.techniques, FAST_UNSEEN_LANGUAGE_THRESHOLD_FACTOR, free !== null));
    warnings.push(...techniquesNotCovered(models.techniques, scores));
    out.paragraphs = paragraphResults(doc, scores, o, null, models.techniques, margins.paragraphOccurrences);
  }
  if (tasks.has('spans')) warnings.push({ code: 'spans-not-in-fast-analysis', message: 'the fast analysis finds no technique spans (they need the span taggers of the full analysis): leave out --fast for them' });
  if (tasks.has('genre')) out.genre = genreResult(scoreGenre(models.genre, doc, evidence, given(margins.genre), FAST_GENRE_UNSEEN_CALIBRATION), warnings);
  if (tasks.has('frames')) Object.assign(out, framesResult(scoreFrames(fastFramesFor(models, doc.lang.code), doc, allFrameEvidence(o), evidence, given(margins.frames)), o, warnings));
  warnings.push(...shortArticle(doc, tasks));
  return out;
}
