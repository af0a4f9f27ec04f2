/**
 * Runs the shipped models on a segmented document and turns their output into the parts of the
 * result (DESIGN.md §3): techniques per paragraph with evidence, spans reconciled with the
 * paragraph decisions, genre, and frames. Models load lazily, once per language.
 */
import { createHash } from 'node:crypto';
import type { Document, Warning } from '../document/document.js';
import { categoryOf, type Frame, type Technique } from '../labels.js';
import type { Analysis, Evidence, ParagraphResult, ParagraphShare } from '../result.js';
import type { ParagraphEvidence, PhraseEvidence } from '../models/article-evidence.js';
import { sentenceModelFor, techniqueModelFor } from '../models/model-registry.js';
import { decisionSignals } from '../models/decision-signals.js';
import { UNSEEN_LANGUAGE_THRESHOLD_FACTOR, type DocumentScores, type TechniqueModel } from '../models/technique-model.js';
import { explainParagraphLabels } from '../explain/evidence-spans.js';
import { predictSpans, loadSpanModel } from '../spans/predict-spans.js';
import { decisionsFromScores } from '../spans/technique-decisions.js';
import { predictGenre, scoreGenre, type GenrePrediction } from '../models/genre-model.js';
import { predictFrames, scoreFrames, type FramesPrediction } from '../models/frames-model.js';
import { fastFramesFor, loadFastModels, type FastModels } from '../models/fast-models.js';
import { fastMargins } from '../models/fast-margins.js';
import type { GivenMargins } from '../models/given-margins.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { loadArticleModel } from '../models/genre-frames-load.js';
import { VERSION } from '../version.js';
import type { AnalyzeOptions, Task } from './options.js';

/** Languages with training data (and so models of their own). */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en', 'fr', 'de', 'it', 'pl', 'ru'];

/** The decision threshold for `label`: the caller's per-label one, their global one, else the model's. */
function decide(label: string, score: number, modelOver: boolean, o: AnalyzeOptions): boolean {
  const own = o.thresholds?.[label];
  if (own !== undefined) return score >= own;
  if (o.threshold !== undefined) return score >= o.threshold;
  return modelOver;
}

/** Applies the caller's thresholds to the model's scores, so spans are reconciled with the same decisions. */
function applyThresholds(scores: DocumentScores, o: AnalyzeOptions): DocumentScores {
  if (o.threshold === undefined && o.thresholds === undefined) return scores;
  return {
    ...scores,
    paragraphs: scores.paragraphs.map((p) => ({ ...p, labels: p.labels.map((l) => ({ ...l, over: decide(l.label, l.score, l.over, o) })) })),
  };
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Paragraph findings from the technique scores, with evidence for each reported technique. */
function paragraphResults(doc: Document, scores: DocumentScores, o: AnalyzeOptions, sentences: TechniqueModel | null, model: TechniqueModel): ParagraphResult[] {
  return scores.paragraphs.map((p) => {
    const reported = p.labels.filter((l) => l.over).sort((a, b) => b.score - a.score);
    const sentence = p.sentenceSignal && sentences ? { signal: p.sentenceSignal, model: sentences } : undefined;
    const evidence = o.evidence === false ? reported.map(() => []) : explainParagraphLabels(model, doc, p.index, reported.map((l) => l.label), { signal: p.spanSignal, sentence });
    const result: ParagraphResult = {
      n: p.n,
      techniques: reported.map((l, k) => ({
        label: l.label as Technique,
        category: categoryOf(l.label as Technique),
        score: round4(l.score),
        evidence: (evidence[k] as ReturnType<typeof explainParagraphLabels>[number]).map((e): Evidence => ({ start: e.start, end: e.end, text: doc.article.text.slice(e.start, e.end), weight: round4(e.weight) })),
      })),
    };
    if (o.allScores) result.scores = Object.fromEntries(p.labels.map((l) => [l.label, round4(l.score)]));
    return result;
  });
}

/** An evidence phrase with its weight rounded like every score. */
function roundEvidence(e: PhraseEvidence): Evidence {
  return { start: e.start, end: e.end, text: e.text, weight: round4(e.weight) };
}

/** A paragraph's share of a label's evidence, rounded. */
function roundShare(p: ParagraphEvidence): ParagraphShare {
  return { n: p.n, weight: round4(p.weight) };
}

/**
 * Revision of the rules that turn model scores into findings (fallback thresholds, unseen-language
 * frames, the span-signal decision, ...). Bump it when such a rule changes without any model file
 * changing, so that `slant reanalyze` sees the stored analyses as stale.
 */
const DECISION_RULES = 3;

/** A short hash of the headers of every model used for `lang` and of the decision rules: changes whenever either does. */
const versions = new Map<string, string>();
function modelVersion(lang: string): string {
  const hit = versions.get(lang);
  if (hit) return hit;
  const h = createHash('sha256');
  h.update(`rules ${DECISION_RULES}\n`);
  const techniques = techniqueModelFor(lang);
  h.update(JSON.stringify(techniques.header));
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

/** The parts of the analysis the models fill, for the tasks asked. */
export function runModels(doc: Document, o: AnalyzeOptions, tasks: ReadonlySet<Task>): Pick<Analysis, 'paragraphs' | 'spans' | 'genre' | 'frames' | 'model'> & { warnings: Warning[] } {
  const lang = doc.lang.code;
  const warnings: Warning[] = [];
  const out: ReturnType<typeof runModels> = { paragraphs: doc.paragraphs.map((p) => ({ n: p.n, techniques: [] })), warnings, model: { id: 'slant-linear', version: modelVersion(lang) } };
  if (tasks.has('techniques') || tasks.has('spans')) {
    const model = techniqueModelFor(lang);
    // Scoring records nothing: evidence extracts again, only for the paragraphs that report a
    // technique (a deterministic extraction, so the same occurrences; most paragraphs report none).
    const signals = decisionSignals(model, lang);
    const scores = applyThresholds(model.scoreParagraphs(doc, undefined, signals), o);
    if (scores.fallback) warnings.push(techniqueFallback(lang, scores));
    if (tasks.has('techniques')) out.paragraphs = paragraphResults(doc, scores, o, signals.sentences, model);
    if (tasks.has('spans')) out.spans = predictSpans(doc, { decisions: decisionsFromScores(scores) }).map((s) => ({ ...s, score: round4(s.score) }));
  }
  if (tasks.has('genre')) out.genre = genreResult(predictGenre(doc, { evidence: o.evidence !== false }), warnings);
  if (tasks.has('frames')) out.frames = framesResult(predictFrames(doc, { allEvidence: allFrameEvidence(o), evidence: o.evidence !== false }), o, warnings);
  return out;
}

/** The warning of an article whose language the technique model has no calibration for. */
function techniqueFallback(lang: string, scores: DocumentScores): Warning {
  return { code: 'technique-language-fallback', message: `no technique model for language '${lang}': the pooled multilingual model was used, with ${scores.lang} thresholds lowered to ${UNSEEN_LANGUAGE_THRESHOLD_FACTOR} of their value` };
}

/** Frames need every frame's evidence when the caller's thresholds may report frames under the model's. */
const allFrameEvidence = (o: AnalyzeOptions): boolean => o.threshold !== undefined || o.thresholds !== undefined;

/** The result's genre, rounded; its warning, if any, goes to `warnings`. */
function genreResult(genre: GenrePrediction, warnings: Warning[]): NonNullable<Analysis['genre']> {
  if (genre.warning) warnings.push(genre.warning);
  return { label: genre.label, scores: { opinion: round4(genre.scores.opinion), reporting: round4(genre.scores.reporting), satire: round4(genre.scores.satire) }, evidence: genre.evidence.map(roundEvidence), paragraphs: genre.paragraphs.map(roundShare) };
}

/** The result's frames under the caller's thresholds, rounded; the warning, if any, goes to `warnings`. */
function framesResult(frames: FramesPrediction, o: AnalyzeOptions, warnings: Warning[]): NonNullable<Analysis['frames']> {
  if (frames.warning) warnings.push(frames.warning);
  return frames.frames
    .filter((f) => decide(f.label, f.score, f.over, o))
    .map((f) => ({ label: f.label as Frame, score: round4(f.score), evidence: f.evidence.map(roundEvidence), paragraphs: f.paragraphs.map(roundShare) }));
}

/** The article models' occurrences of the article being analysed fast (reused: its arrays grow once). */
const fastScratch = new OccurrenceRecorder(65536);

/** A short hash of the fast models' headers and the decision rules (as `modelVersion`). */
let fastVersion: { models: FastModels; version: string } | undefined;
function fastModelVersion(models: FastModels): string {
  if (fastVersion?.models === models) return fastVersion.version;
  const h = createHash('sha256');
  h.update(`rules ${DECISION_RULES}\nfast\n`);
  for (const m of [models.techniques, models.genre, models.frames, ...models.ownFrames.values()]) h.update(JSON.stringify(m.header));
  fastVersion = { models, version: `${VERSION}+${h.digest('hex').slice(0, 12)}` };
  return fastVersion.version;
}

/**
 * The parts of the analysis the fast models fill (`options.fast`): techniques per paragraph,
 * genre and frames, all from one feature extraction (fast-margins.ts). No spans: they need the
 * span taggers of the full analysis, so asking for them gets a warning instead.
 */
export function runFastModels(doc: Document, o: AnalyzeOptions, tasks: ReadonlySet<Task>): ReturnType<typeof runModels> {
  const models = loadFastModels();
  const warnings: Warning[] = [];
  const out: ReturnType<typeof runModels> = { paragraphs: doc.paragraphs.map((p) => ({ n: p.n, techniques: [] })), warnings, model: { id: 'slant-fast', version: fastModelVersion(models) } };
  // One extraction: every model's margins and, for evidence, the article models' occurrences.
  const evidence = o.evidence !== false && (tasks.has('genre') || tasks.has('frames'));
  if (evidence) fastScratch.length = 0;
  const margins = fastMargins(models, doc, evidence ? fastScratch : undefined);
  const given = (m: Float64Array): GivenMargins => (evidence ? { margins: m, recorded: fastScratch } : { margins: m });
  if (tasks.has('techniques')) {
    const scores = applyThresholds(models.techniques.decideMargins(doc, margins.paragraphs), o);
    if (scores.fallback) warnings.push(techniqueFallback(doc.lang.code, scores));
    out.paragraphs = paragraphResults(doc, scores, o, null, models.techniques);
  }
  if (tasks.has('spans')) warnings.push({ code: 'spans-not-in-fast-analysis', message: 'the fast analysis finds no technique spans (they need the span taggers of the full analysis): leave out --fast for them' });
  if (tasks.has('genre')) out.genre = genreResult(scoreGenre(models.genre, doc, o.evidence !== false, given(margins.genre)), warnings);
  if (tasks.has('frames')) out.frames = framesResult(scoreFrames(fastFramesFor(models, doc.lang.code), doc, allFrameEvidence(o), o.evidence !== false, given(margins.frames)), o, warnings);
  return out;
}
