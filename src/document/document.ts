/**
 * The segmented document: the article plus the structure every later stage reads.
 * Built by `segment()` (src/segment/); stages add findings, they never re-split the text.
 *
 * Shape, field by field:
 * - `article`: the Article as read (raw text untouched).
 * - `lang`: the language used for the article, with where it came from and a confidence.
 * - `paragraphs`: one per non-empty line, numbered like the SemEval templates (`n` = 1-based line
 *   number of the line in the raw text); `start`/`end` cover the line without its line break and
 *   without trailing whitespace; each holds its sentences and word tokens, all as UTF-16 spans.
 * - `warnings`: problems in the content (not errors), e.g. a language without its own model.
 */
import type { Article } from './article.js';
import type { Span } from './span.js';

/** What kind of token: letters (with inner apostrophes/hyphens), digits, punctuation, other symbols. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** One token: its span and its normalised form (lower-cased, NFC, typographic apostrophes unified). */
export interface Token extends Span {
  kind: TokenKind;
  norm: string;
}

/** One sentence of a paragraph. */
export type Sentence = Span;

/** One paragraph (a non-empty line of the raw text). */
export interface Paragraph extends Span {
  /** SemEval's paragraph number: the 1-based line number of this line in the raw text. */
  n: number;
  sentences: Sentence[];
  tokens: Token[];
}

/** The language the pipeline uses for an article. */
export interface LanguageGuess {
  /** ISO 639-1 code, e.g. `en`, or `und` when nothing could be told. */
  code: string;
  /** 1 when given by the user or the source, the detector's confidence in [0, 1] otherwise. */
  confidence: number;
  source: 'given' | 'detected' | 'default';
}

/** A problem in the content that does not stop the analysis. */
export interface Warning {
  code: string;
  message: string;
  at?: Span;
}

/** An article with its paragraphs, sentences and tokens. */
export interface Document {
  article: Article;
  lang: LanguageGuess;
  paragraphs: Paragraph[];
  warnings: Warning[];
}
