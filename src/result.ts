/**
 * The result every surface returns (DESIGN.md §3): the library's `analyze()`, `slant analyze
 * --format json`, the HTTP API and the corpus store all speak this shape.
 */
import type { Category, Frame, Genre, Technique } from './labels.js';
import type { Span } from './document/span.js';
import type { Warning } from './document/document.js';

/**
 * A piece of evidence: a span of the raw text (UTF-16), its text, and how much it contributed.
 * Phrases made only of function words ("a", "about") are shown only when no phrase with a content
 * word pushed the label (src/explain/function-words.ts).
 */
export interface Evidence extends Span {
  text: string;
  /** Share of the label's positive evidence carried by this span, in (0, 1]. */
  weight: number;
}

/** A paragraph's share of an article-level label's positive evidence. */
export interface ParagraphShare {
  /** SemEval paragraph number. */
  n: number;
  /** In (0, 1]. */
  weight: number;
}

/** What pushed an article-level label (the genre, a frame) up most. */
export interface ArticleEvidence {
  evidence: Evidence[];
  /** The paragraphs that carried most of its evidence, strongest first. */
  paragraphs: ParagraphShare[];
}

/** The decided genre, every genre's probability, and what pushed the decided one up most. */
export interface GenreResult extends ArticleEvidence {
  label: Genre;
  scores: Record<Genre, number>;
  /**
   * Where the language's genre model decides by the article's style (cue densities, not words):
   * the measures that pushed the decided genre up most, strongest first. `evidence` then holds
   * the cue words of those above their usual value.
   */
  cues?: GenreCue[];
}

/** A style measure of the article against its usual value in the training articles. */
export interface GenreCue {
  /** `quote`, `?`, `!`, `%`, `$`, `€`, `number`, `year`, `i` (first person), `said` (reported speech), `you`, `we`, `intens`, `hedge`, `absolute` (per 1,000 tokens), or `tokens`, `paragraphs`, `tokens-per-paragraph`. */
  cue: string;
  /** The article's value. */
  value: number;
  /** The training articles' mean (of the log-scaled values, shown back in the same unit). */
  usual: number;
  /** Its push on the decided genre's logit. */
  push: number;
}

/** A frame the article leans on, with its evidence. */
export interface FrameResult extends ArticleEvidence {
  label: Frame;
  score: number;
}

/** One technique found in a paragraph. */
export interface TechniqueFinding {
  label: Technique;
  category: Category;
  /** Calibrated probability in [0, 1]. */
  score: number;
  evidence: Evidence[];
}

/** The article as analysed: metadata and paragraph spans. */
export interface AnalysedArticle {
  id: string;
  title?: string;
  lang: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  /** Length of the raw text in UTF-16 code units. */
  chars: number;
  paragraphs: { n: number; start: number; end: number }[];
}

/**
 * One paragraph's findings; `scores` (every label) only with `allScores`. `techniques` is absent
 * when the techniques task was not run, and empty when it ran and found none.
 */
export interface ParagraphResult {
  n: number;
  techniques?: TechniqueFinding[];
  scores?: Partial<Record<Technique, number>>;
}

/** A fragment-level span of a technique. */
export interface SpanFinding extends Span {
  label: Technique;
  score: number;
}

/** The analysis of one article. Optional parts are absent when their task was not run. */
export interface Analysis {
  article: AnalysedArticle;
  genre?: GenreResult;
  frames?: FrameResult[];
  /** Every frame's score (over its threshold or not), only with `allScores`. */
  frameScores?: Partial<Record<Frame, number>>;
  paragraphs: ParagraphResult[];
  /** Absent also where no span tagger reads the language (warning `spans-unavailable`). */
  spans?: SpanFinding[];
  warnings: Warning[];
  model: { id: string; version: string };
}

/**
 * The warning code of a text without a word (only punctuation, numbers or symbols): no task ran,
 * so every optional part is absent, and each paragraph's `techniques` too.
 */
export const NO_WORDS = 'no-words';
