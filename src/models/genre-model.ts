/**
 * Genre inference (issue 5, item 1): opinion, reporting or satire, with a probability for each,
 * and the phrases and paragraphs that pushed the decided genre's score up most.
 */
import type { Document } from '../document/document.js';
import type { Warning } from '../document/document.js';
import { GENRES, type Genre } from '../labels.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { articleEvidence, DEFAULT_EVIDENCE, type ParagraphEvidence, type PhraseEvidence } from './article-evidence.js';
import { genreDecide, genreProbabilities } from './genre-decision.js';
import type { ArticleLinearModel } from './genre-frames-linear.js';
import { loadArticleModel } from './genre-frames-load.js';
import { articleMargins, type GivenMargins } from './given-margins.js';

/** The genre of one article. */
export interface GenrePrediction {
  /** The decided genre (highest probability after the per-language class offsets). */
  label: Genre;
  /** Calibrated probabilities, summing to 1. */
  scores: Record<Genre, number>;
  /** Phrases that pushed the decided genre's margin up most, in text order. */
  evidence: PhraseEvidence[];
  /** Paragraphs whose words pushed it up most, strongest first. */
  paragraphs: ParagraphEvidence[];
  /** Language whose calibration was used. */
  lang: string;
  /** Present when the article's language has no calibration of its own. */
  warning?: Warning;
  modelId: string;
}

/** The occurrences of the article being scored (reused: its arrays grow once, not per article). */
const scratch = new OccurrenceRecorder(65536);

/**
 * Scores `doc` with a loaded genre `model`, with the decided genre's evidence unless `evidence` is
 * false (then its lists are empty). `given`: the model's margins for `doc` (and the occurrences,
 * for evidence) when the caller has them, to spare the extraction. A language without a
 * calibration of its own gets the fallback's probabilities and the most probable genre: the
 * fallback's class offsets (tuned for macro-F1 on its own articles) do not carry over. Leaving one
 * language out of a pooled SVM with today's article settings (five languages trained, the sixth
 * scored), English offsets labelled 142 of 142 Russian and 144 of 144 Polish articles satire
 * (macro-F1 0.04–0.15 over the six); without offsets 0.18–0.29, mostly opinion.
 */
export function scoreGenre(model: ArticleLinearModel, doc: Document, evidence = true, given?: GivenMargins): GenrePrediction {
  const { lang, fallback, decision } = model.decisionFor(doc.lang.code);
  const { margins, recorded } = articleMargins(model, doc, evidence, scratch, given);
  const probs = genreProbabilities(margins, decision.platt);
  const labels = model.header.labels as Genre[];
  const scores = Object.fromEntries(GENRES.map((g) => [g, 0])) as Record<Genre, number>;
  labels.forEach((g, k) => { scores[g] = probs[k] as number; });
  const offsets = fallback ? decision.thresholds.map(() => 0) : decision.thresholds;
  const k = genreDecide(probs, offsets);
  const ev = recorded ? articleEvidence(doc, model.tokenContributions(doc, k, recorded), DEFAULT_EVIDENCE) : { phrases: [], paragraphs: [] };
  const out: GenrePrediction = { label: labels[k] as Genre, scores, evidence: ev.phrases, paragraphs: ev.paragraphs, lang, modelId: model.header.id };
  if (fallback) out.warning = { code: 'genre-language-fallback', message: `no genre model for language '${doc.lang.code}': the pooled model with ${lang} calibration was used, and the most probable genre is reported` };
  return out;
}

/**
 * Predicts the genre of a segmented article with the shipped model (loaded once).
 * @example
 * predictGenre(segment({ id: 'a', text: 'Title\n\nI think they are wrong.' })).label;
 */
export function predictGenre(doc: Document, options: { dir?: string; evidence?: boolean } = {}): GenrePrediction {
  return scoreGenre(loadArticleModel('genre', doc.lang.code, options.dir), doc, options.evidence ?? true);
}
