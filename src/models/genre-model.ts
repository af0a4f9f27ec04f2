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
import { ARTICLE_CUE_DENSITY_NAMES, articleCueDensities, articleCueTokens, scriptFreeDensities } from '../features/article-cues.js';
import { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import { articleEvidence, DEFAULT_EVIDENCE, type ParagraphEvidence, type PhraseEvidence } from './article-evidence.js';
import { cueContributions, cueLogits, type CueDecisionData } from './genre-cues.js';
import { genreDecide, genreProbabilities } from './genre-decision.js';
import type { ArticleLinearModel } from './genre-frames-linear.js';
import { loadArticleModel } from './genre-frames-load.js';
import { articleMargins, type GivenMargins } from './given-margins.js';
import type { LanguageDecisionData } from './model-file.js';
import { AVERAGED_CALIBRATION } from './technique-model.js';
import { isShortText } from './short-text.js';

/** The genre of one article. */
export interface GenrePrediction {
  /** The decided genre (highest probability after the per-language class offsets; for a short text, the most probable). */
  label: Genre;
  /** Calibrated probabilities, summing to 1. */
  scores: Record<Genre, number>;
  /** Phrases that pushed the decided genre's margin up most, in text order. */
  evidence: PhraseEvidence[];
  /** Paragraphs whose words pushed it up most, strongest first. */
  paragraphs: ParagraphEvidence[];
  /** When the language decides by the article's style: the measures that pushed the decided genre up most. */
  cues?: GenreCue[];
  /** Language whose calibration was used (`mul`, for a language without one: every language's averaged, or the style decision fitted on all of them). */
  lang: string;
  /** Present when the article's language has no calibration of its own. */
  warning?: Warning;
  modelId: string;
}

/** Which calibration decides the genre of an article in a language without one of its own. */
export type UnseenGenreCalibration = 'averaged' | 'english';

/**
 * The full analysis averages every language's calibration for a language without one of its own,
 * and decides the most probable genre. Leaving one language out of the pooled genre model
 * (`node --import tsx scripts/cv-unseen-genre.ts`), macro-F1 on the held-out language, the average
 * of the five others' calibrations against English's (French's for English), which it replaced:
 * en .307 vs .289, fr .322 vs .264, de .368 vs .263, it .398 vs .290, pl .436 vs .280, ru .339 vs
 * .264; the English one gave all but opinion up. The fast genre model keeps English's
 * (`FAST_GENRE_UNSEEN_CALIBRATION`): averaged, it swung between .076 and .397 (`FAST=1`).
 * Since stop 35 a pooled file with `unseenCues` decides such a language by its style instead (the
 * same script: en .308, fr .474, de .626, it .428, pl .375, ru .430), which holds in a script no
 * training language uses too, where the margins carry nothing.
 */
export const GENRE_UNSEEN_CALIBRATION: UnseenGenreCalibration = 'averaged';

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
 * `unseen`: which calibration such a language gets (`GENRE_UNSEEN_CALIBRATION`).
 *
 * A text shorter than every training article (`isShortText`) gets the most probable genre too:
 * the offsets, tuned on whole articles, turn a few uncertain sentences into satire or reporting.
 * Out of fold on articles cut to their first 15 / 40 / 100 words, macro-F1 with the offsets
 * against the most probable genre (`node --max-old-space-size=6000 --import tsx
 * scripts/cv-short-articles.ts genre-decision`, 3 × 5 folds): en 0.100 / 0.278 / 0.338 vs 0.323 /
 * 0.323 / 0.323; fr 0.109 / 0.116 / 0.211 vs 0.244 / 0.252 / 0.399; de 0.217 / 0.310 / 0.419 vs
 * 0.362 / 0.429 / 0.541; it 0.200 / 0.277 / 0.347 vs 0.319 / 0.349 / 0.394; pl 0.200 / 0.289 /
 * 0.368 vs 0.301 / 0.380 / 0.500; ru 0.147 / 0.225 / 0.317 vs 0.333 / 0.397 / 0.431. Whole
 * articles keep the offsets (en 0.461 vs 0.323, de 0.686 vs 0.632, ru 0.503 vs 0.409).
 */
export function scoreGenre(model: ArticleLinearModel, doc: Document, evidence = true, given?: GivenMargins, unseen: UnseenGenreCalibration = GENRE_UNSEEN_CALIBRATION): GenrePrediction {
  const choice = model.decisionFor(doc.lang.code);
  const { fallback, decision } = choice;
  // A language without training data is decided by its style where the file has that decision
  // (`unseenCues`, with its offsets: they were fitted on every language's articles at once), else
  // by the margins under the calibration `unseen` names.
  const unseenCues = fallback ? model.header.unseenCues : undefined;
  const averaged = fallback && !unseenCues && unseen === 'averaged';
  const lang = averaged || unseenCues ? AVERAGED_CALIBRATION : choice.lang;
  const platts = averaged ? model.header.languages.map((l) => (model.header.decisions[l] as LanguageDecisionData).platt) : [decision.platt];
  // The offsets trade opinion's recall for the rarer genres' on whole articles; a short text
  // (`isShortText`) gets the most probable genre, as the doc comment says.
  const plain = (fallback && !unseenCues) || isShortText(doc);
  const offsets = (thresholds: readonly number[]): readonly number[] => (plain ? thresholds.map(() => 0) : thresholds);
  const decided = unseenCues
    ? byCues(unseenCues, doc, evidence, offsets(unseenCues.thresholds), scriptFreeDensities)
    : !fallback && decision.cues ? byCues(decision.cues, doc, evidence, offsets(decision.cues.thresholds)) : byMargins(model, doc, evidence, given, offsets(decision.thresholds), platts);
  const { probs, k, ev, cues } = decided;
  const labels = model.header.labels as Genre[];
  const scores = Object.fromEntries(GENRES.map((g) => [g, 0])) as Record<Genre, number>;
  labels.forEach((g, j) => { scores[g] = probs[j] as number; });
  const out: GenrePrediction = { label: labels[k] as Genre, scores, evidence: ev.phrases, paragraphs: ev.paragraphs, ...(cues ? { cues } : {}), lang, modelId: model.header.id };
  if (unseenCues) {
    out.warning = { code: 'genre-language-fallback', message: `no genre model for language '${doc.lang.code}': the genre was decided by the article's style alone (quotation marks, questions, exclamations, numbers, its length), with one decision fitted on the articles of ${model.header.languages.length === 1 ? `its one training language (${model.header.languages[0] as string})` : `all ${model.header.languages.length} training languages`}` };
  } else if (fallback) {
    const calibration = averaged ? `its ${model.header.languages.join(', ')} calibrations averaged` : `its ${lang} calibration`;
    out.warning = { code: 'genre-language-fallback', message: `no genre model for language '${doc.lang.code}': the pooled model was used with ${calibration}, and the most probable genre is reported` };
  }
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

/**
 * The decision over the model's margins, with the probabilities of `platts` (one calibration, or
 * several averaged); evidence from the n-grams that pushed the decided class.
 */
function byMargins(model: ArticleLinearModel, doc: Document, evidence: boolean, given: GivenMargins | undefined, offsets: readonly number[], platts: readonly LanguageDecisionData['platt'][]): Decided {
  const { margins, recorded } = articleMargins(model, doc, evidence, scratch, given);
  const probs = new Float64Array(margins.length);
  for (const platt of platts) genreProbabilities(margins, platt).forEach((p, j) => { probs[j] = (probs[j] as number) + p / platts.length; });
  const k = genreDecide(probs, offsets);
  return { probs, k, ev: recorded ? articleEvidence(doc, model.tokenContributions(doc, k, recorded), DEFAULT_EVIDENCE) : NO_EVIDENCE() };
}

/**
 * The decision over the article's cue densities; evidence from the cue words (quotes, "said",
 * "I", …) of the densities that pushed the decided class up by being above their mean, each
 * density's push shared among its tokens. A push that comes from a cue's scarcity (few quotes
 * pushing opinion) has no words to show, nor do the size values. `read` picks the densities the
 * decision was fitted on (`scriptFreeDensities` for a language without training data).
 */
function byCues(c: CueDecisionData, doc: Document, evidence: boolean, offsets: readonly number[], read: (x: Float64Array) => Float64Array = (x) => x): Decided {
  const x = read(articleCueDensities(doc));
  const probs = genreProbabilities(cueLogits(c, x), c.platt);
  const k = genreDecide(probs, offsets);
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
