/**
 * Model scores into the parts of the result (DESIGN.md §3), the same for the full and the fast
 * analysis: the caller's thresholds, technique findings with evidence, genre and frames rounded,
 * and the warnings that go with them.
 */
import type { Document, Warning } from '../document/document.js';
import { categoryOf, FRAMES, isTechnique, TECHNIQUE_INFO, type Frame, type Technique } from '../labels.js';
import type { Analysis, Evidence, ParagraphResult, ParagraphShare } from '../result.js';
import type { ParagraphEvidence, PhraseEvidence } from '../models/article-evidence.js';
import { AVERAGED_CALIBRATION, UNSEEN_LANGUAGE_THRESHOLD_FACTOR, type DocumentScores, type TechniqueModel } from '../models/technique-model.js';
import { fallbackModelName } from '../models/fallback-model-name.js';
import { explainParagraphLabels } from '../explain/evidence-spans.js';
import type { GenrePrediction } from '../models/genre-model.js';
import type { FramesPrediction } from '../models/frames-model.js';
import type { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import type { AnalyzeOptions } from './options.js';
import { SHORT_ARTICLE_WORDS, articleWords } from '../models/short-text.js';

/** The decision threshold for `label`: the caller's per-label one, their global one, else the model's. */
export function decide(label: string, score: number, modelOver: boolean, o: AnalyzeOptions): boolean {
  const own = o.thresholds?.[label];
  if (own !== undefined) return score >= own;
  if (o.threshold !== undefined) return score >= o.threshold;
  return modelOver;
}

/** Applies the caller's thresholds to the model's scores, so spans are reconciled with the same decisions. */
export function applyThresholds(scores: DocumentScores, o: AnalyzeOptions): DocumentScores {
  if (o.threshold === undefined && o.thresholds === undefined) return scores;
  return {
    ...scores,
    paragraphs: scores.paragraphs.map((p) => ({ ...p, labels: p.labels.map((l) => ({ ...l, over: decide(l.label, l.score, l.over, o) })) })),
  };
}

export const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Paragraph findings from the technique scores, with evidence for each reported technique
 * (`recorded`: a paragraph's occurrences when the caller recorded them, else they are extracted again).
 */
export function paragraphResults(doc: Document, scores: DocumentScores, o: AnalyzeOptions, sentences: TechniqueModel | null, model: TechniqueModel, recorded?: (index: number) => OccurrenceRecorder): ParagraphResult[] {
  return scores.paragraphs.map((p) => {
    const reported = p.labels.filter((l) => l.over).sort((a, b) => b.score - a.score);
    const sentence = p.sentenceSignal && sentences ? { signal: p.sentenceSignal, model: sentences } : undefined;
    const evidence = o.evidence === false ? reported.map(() => []) : explainParagraphLabels(model, doc, p.index, reported.map((l) => l.label), { signal: p.spanSignal, sentence, recorded: reported.length > 0 ? recorded?.(p.index) : undefined });
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
 * The warning of an article whose language the technique model has no calibration for (it is
 * decided with `AVERAGED_CALIBRATION`); `withScriptFree` when its scores were averaged with the
 * script-free model's (`mixScriptFree`).
 */
export function techniqueFallback(lang: string, model: TechniqueModel, factor = UNSEEN_LANGUAGE_THRESHOLD_FACTOR, withScriptFree = false): Warning {
  const mixed = withScriptFree ? ', and each score averaged with that of a model of punctuation, quotation marks, numbers, capitals and paragraph position, which reads no word (against the mean of both thresholds)' : '';
  const langs = model.header.languages;
  // A models folder trained on one language (`slant train --lang`) has no pooled file: its one model stands in.
  const calibration = langs.length === 1 ? 'its calibration kept and its thresholds lowered' : `its ${langs.join(', ')} calibrations averaged and their thresholds lowered`;
  const used = `${fallbackModelName(langs)} was used, ${calibration}`;
  return { code: 'technique-language-fallback', message: `no technique model for language '${lang}': ${used} to ${factor} of their value${mixed}` };
}

/** The warning of an article whose techniques the script-free model scored (src/train/script-free.ts). */
export function scriptFreeTechniques(lang: string): Warning {
  const name = lang === 'und' ? 'an unknown language' : `'${lang}'`;
  return { code: 'technique-script-free', message: `no technique model reads ${name} or its script: techniques were scored from punctuation, quotation marks, numbers, capitals and paragraph position alone, which any script has (leaving each training language out, this scored about what always guessing that language's most frequent techniques would: weak hints)` };
}

/**
 * The warning of an article whose technique decision cannot find some techniques: the training
 * articles of the language it was calibrated on had no example of them (the model file lists them
 * as `unsupported`; for English, the four the older annotation lacked; under the averaged
 * calibration, only a technique no language had), so they score near zero.
 * A reader must not take their absence for a finding. None when every technique had examples.
 */
export function techniquesNotCovered(model: TechniqueModel, scores: DocumentScores): Warning[] {
  const labels = model.unsupportedFor(scores.lang).filter(isTechnique);
  if (labels.length === 0) return [];
  const names = labels.map((l) => TECHNIQUE_INFO[l].name.toLowerCase());
  const list = names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] as string}`;
  const examples = scores.lang === AVERAGED_CALIBRATION ? 'no training example, in any language,' : `no ${scores.lang} training example`;
  return [{ code: 'techniques-not-covered', message: `the technique model had ${examples} of ${list}: it scores them near zero, so their absence says nothing about this article` }];
}

/**
 * The warning of a text too short for the article-level models, when genre or frames were asked
 * for: they learnt from whole articles, and on a few sentences their scores are weak hints (the
 * English models temper short texts, `CueTemper` and `VectorShrink`, but cannot make them whole;
 * the genre of a short text is the most probable one, see `scoreGenre`).
 */
export function shortArticle(doc: Document, tasks: ReadonlySet<string>): Warning[] {
  if (!tasks.has('genre') && !tasks.has('frames')) return [];
  const words = articleWords(doc);
  if (words >= SHORT_ARTICLE_WORDS) return [];
  const which = tasks.has('genre') && tasks.has('frames') ? 'genre and frames models' : tasks.has('genre') ? 'genre model' : 'frames model';
  const genre = tasks.has('genre') ? ' (the genre shown is the most probable one)' : '';
  return [{ code: 'short-article', message: `this text has ${words} word${words === 1 ? '' : 's'}; the ${which} learnt from whole articles of 67 words or more (half of them over 300), so read their scores as weak hints${genre}` }];
}

/** Frames need every frame's evidence when the caller's thresholds may report frames under the model's. */
export const allFrameEvidence = (o: AnalyzeOptions): boolean => o.threshold !== undefined || o.thresholds !== undefined;

/** The result's genre, rounded; its warning, if any, goes to `warnings`. */
export function genreResult(genre: GenrePrediction, warnings: Warning[]): NonNullable<Analysis['genre']> {
  if (genre.warning) warnings.push(genre.warning);
  const out: NonNullable<Analysis['genre']> = { label: genre.label, scores: { opinion: round4(genre.scores.opinion), reporting: round4(genre.scores.reporting), satire: round4(genre.scores.satire) }, evidence: genre.evidence.map(roundEvidence), paragraphs: genre.paragraphs.map(roundShare) };
  if (genre.cues) out.cues = genre.cues.map((c) => ({ cue: c.cue, value: round4(c.value), usual: round4(c.usual), push: round4(c.push) }));
  return out;
}

/**
 * The result's frames under the caller's thresholds, rounded, and with `allScores` every frame's
 * score (in the labels' order); the warning, if any, goes to `warnings`.
 */
export function framesResult(frames: FramesPrediction, o: AnalyzeOptions, warnings: Warning[]): Pick<Analysis, 'frames' | 'frameScores'> {
  if (frames.warning) warnings.push(frames.warning);
  const out: Pick<Analysis, 'frames' | 'frameScores'> = {
    frames: frames.frames
      .filter((f) => decide(f.label, f.score, f.over, o))
      .map((f) => ({ label: f.label as Frame, score: round4(f.score), evidence: f.evidence.map(roundEvidence), paragraphs: f.paragraphs.map(roundShare) })),
  };
  if (o.allScores) out.frameScores = Object.fromEntries(FRAMES.map((f) => [f, round4(frames.scores[f])]));
  return out;
}
