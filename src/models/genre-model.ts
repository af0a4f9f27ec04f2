/**
 * Genre inference (issue 5, item 1): opinion, reporting or satire, with a probability for each,
 * and the phrases and paragraphs that pushed the decided genre's score up most. A language whose
 * decision reads the article's style (`cues` in the header, models/genre-cues.ts) is decided by
 * its cue densities instead of the model's margins, and names the measures that decided.
 */
import type { Document } from '../document/document.js';
import type { Warning } from '../document/document.js';
import { GENRES, type Genre } from '../labels.js';
import type { GenreCue } from '../result.js';
import { ARTICLE_CUE_DENSITY_NAMES, articleCueDensities, articleCueTokens } from '../features/article-cues.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { articleEvidence, DEFAULT_EVIDENCE, type ParagraphEvidence, type PhraseEvidence } from './article-evidence.js';
import { cueContributions, cueLogits, type CueDecisionData } from './genre-cues.js';
import { genreDecide, genreProbabilities } from './genre-decision.js';
import type { ArticleLinearModel } from './genre-frames-linear.js';
import { loadArticleModel } from './genre-frames-load.js';
import { articleMargins, type GivenMargins } from './given-margins.js';
import type { LanguageDecisionData } from './model-file.js';

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
  /** When the language decides by the article's style: the measures that pushed the decided genre up most. */
  cues?: GenreCue[];
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
  const decided = !fallback && decision.cues ? byCues(decision.cues, doc, evidence) : byMargins(model, doc, evidence, given, fallback ? decision.thresholds.map(() => 0) : decision.thresholds, decision.platt);
  const { probs, k, ev, cues } = decided;
  const labels = model.header.labels as Genre[];
  const scores = Object.fromEntries(GENRES.map((g) => [g, 0])) as Record<Genre, number>;
  labels.forEach((g, j) => { scores[g] = probs[j] as number; });
  const out: GenrePrediction = { label: labels[k] as Genre, scores, evidence: ev.phrases, paragraphs: ev.paragraphs, ...(cues ? { cues } : {}), lang, modelId: model.header.id };
  if (fallback) out.warning = { code: 'genre-language-fallback', message: `no genre model for language '${doc.lang.code}': the pooled model with ${lang} calibration was used, and the most probable genre is reported` };
  return out;
}

/** A decided genre: the probabilities, the class, its evidence and (decided by style) the measures that pushed it. */
interface Decided {
  probs: Float64Array;
  k: number;
  ev: { phrases: PhraseEvidence[]; paragraphs: ParagraphEvidence[] };
  cues?: GenreCue[];
}

/** How many style measures a cue decision reports. */
const REPORTED_CUES = 3;

const NO_EVIDENCE = (): Decided['ev'] => ({ phrases: [], paragraphs: [] });

/** The decision over the model's margins; evidence from the n-grams that pushed the decided class. */
function byMargins(model: ArticleLinearModel, doc: Document, evidence: boolean, given: GivenMargins | undefined, offsets: readonly number[], platt: LanguageDecisionData['platt']): Decided {
  const { margins, recorded } = articleMargins(model, doc, evidence, scratch, given);
  const probs = genreProbabilities(margins, platt);
  const k = genreDecide(probs, offsets);
  return { probs, k, ev: recorded ? articleEvidence(doc, model.tokenContributions(doc, k, recorded), DEFAULT_EVIDENCE) : NO_EVIDENCE() };
}

/**
 * The decision over the article's cue densities; evidence from the cue words (quotes, "said",
 * "I", …) of the densities that pushed the decided class up by being above their mean, each
 * density's push shared among its tokens. A push that comes from a cue's scarcity (few quotes
 * pushing opinion) has no words to show, nor do the size values.
 */
function byCues(c: CueDecisionData, doc: Document, evidence: boolean): Decided {
  const x = articleCueDensities(doc);
  const probs = genreProbabilities(cueLogits(c, x), c.platt);
  const k = genreDecide(probs, c.thresholds);
  const push = cueContributions(c, x, k);
  const cues = ARTICLE_CUE_DENSITY_NAMES.map((cue, j): GenreCue => ({ cue, value: Math.expm1(x[j] as number), usual: Math.expm1(c.mean[j] as number), push: push[j] as number }))
    .filter((q) => q.push > 0)
    .sort((a, b) => b.push - a.push)
    .slice(0, REPORTED_CUES);
  if (!evidence) return { probs, k, ev: NO_EVIDENCE(), cues };
  const perToken = new Float64Array(doc.paragraphs.reduce((n, p) => n + p.tokens.length, 0));
  articleCueTokens(doc).forEach((tokens, j) => {
    const v = push[j] as number;
    if (v > 0 && (x[j] as number) > (c.mean[j] as number)) for (const t of tokens) perToken[t] = (perToken[t] as number) + v / tokens.length;
  });
  return { probs, k, ev: articleEvidence(doc, perToken, DEFAULT_EVIDENCE), cues };
}

/**
 * Predicts the genre of a segmented article with the shipped model (loaded once).
 * @example
 * predictGenre(segment({ id: 'a', text: 'Title\n\nI think they are wrong.' })).label;
 */
export function predictGenre(doc: Document, options: { dir?: string; evidence?: boolean } = {}): GenrePrediction {
  return scoreGenre(loadArticleModel('genre', doc.lang.code, options.dir), doc, options.evidence ?? true);
}
