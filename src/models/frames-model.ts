/**
 * Frames inference (issue 5, item 2): the 14 frames, each with a calibrated score, whether it
 * passes its threshold, and evidence (top paragraphs and phrases).
 */
import type { Document, Warning } from '../document/document.js';
import type { Frame } from '../labels.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { applyPlatt } from './platt.js';
import { DEFAULT_EVIDENCE, frameEvidence, type FrameEvidence, type ParagraphEvidence } from './frames-evidence.js';
import type { ArticleLinearModel } from './genre-frames-linear.js';
import { loadArticleModel } from './genre-frames-load.js';

/** The occurrences of the article being scored (reused: its arrays grow once, not per article). */
const scratch = new OccurrenceRecorder(65536);

/** One frame's score and evidence. */
export interface FrameScore {
  label: Frame;
  /** Calibrated probability in [0, 1]. */
  score: number;
  /** True when `score` reaches the frame's threshold for this language. */
  over: boolean;
  /** Phrases that pushed the score up most (only for frames over threshold, unless asked for all). */
  evidence: FrameEvidence[];
  paragraphs: ParagraphEvidence[];
}

/** The frames of one article. */
export interface FramesPrediction {
  /** Frames over threshold, highest score first. */
  frames: FrameScore[];
  /** Every frame's score. */
  scores: Record<Frame, number>;
  lang: string;
  warning?: Warning;
  modelId: string;
}

/** Scores `doc` with a loaded frames `model`; evidence for frames over threshold (or all with `allEvidence`). */
export function scoreFrames(model: ArticleLinearModel, doc: Document, allEvidence = false): FramesPrediction {
  const { lang, fallback, decision } = model.decisionFor(doc.lang.code);
  const recorded = scratch;
  recorded.length = 0;
  const m = model.margins(doc, recorded);
  const labels = model.header.labels as Frame[];
  const scores = {} as Record<Frame, number>;
  const wanted: { l: number; score: number; over: boolean }[] = [];
  labels.forEach((label, l) => {
    const score = applyPlatt(decision.platt[l] as { a: number; b: number }, m[l] as number);
    scores[label] = score;
    const over = score >= (decision.thresholds[l] as number);
    if (over || allEvidence) wanted.push({ l, score, over });
  });
  // Every reported frame's token contributions in one pass over the recorded occurrences.
  const perToken = model.tokenContributionsOf(doc, wanted.map((w) => w.l), recorded);
  const frames: FrameScore[] = wanted.map(({ l, score, over }, j) => {
    const ev = frameEvidence(doc, perToken[j] as Float64Array, DEFAULT_EVIDENCE);
    return { label: labels[l] as Frame, score, over, evidence: ev.phrases, paragraphs: ev.paragraphs };
  });
  frames.sort((a, b) => b.score - a.score);
  const out: FramesPrediction = { frames: allEvidence ? frames : frames.filter((f) => f.over), scores, lang, modelId: model.header.id };
  if (fallback) out.warning = { code: 'frames-language-fallback', message: `no frames model for language '${doc.lang.code}': the pooled model with ${lang} calibration was used` };
  return out;
}

/**
 * Predicts the frames of a segmented article with the shipped model (loaded once).
 * @example
 * predictFrames(doc).frames.map((f) => [f.label, f.score]);
 */
export function predictFrames(doc: Document, options: { dir?: string; allEvidence?: boolean } = {}): FramesPrediction {
  return scoreFrames(loadArticleModel('frames', doc.lang.code, options.dir), doc, options.allEvidence ?? false);
}
