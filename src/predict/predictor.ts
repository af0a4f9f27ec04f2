/**
 * What `slant predict` needs from a model: for one segmented article, its genre, its frames and the
 * techniques of each paragraph. The trivial prior predictor implements it now; trained models plug in
 * by implementing the same interface.
 */
import type { Document, Warning } from '../document/document.js';
import type { Frame, Genre, Technique } from '../labels.js';

/** A model's answer for one article. */
export interface ArticlePrediction {
  genre: Genre;
  frames: Frame[];
  /** One list per entry of `doc.paragraphs`, in the same order (may be empty). */
  techniques: Technique[][];
  /** What the analysis warned about this article (an unsupported language, …), for the user; absent: none. */
  warnings?: readonly Warning[];
}

/** A source of SemEval predictions. */
export interface Predictor {
  /** Short id, e.g. `prior`. */
  readonly id: string;
  /** One line for the user, e.g. `the shipped slant models`. */
  readonly description: string;
  /** True for baselines that do not read the text; `slant predict` says so on stderr. */
  readonly trivial: boolean;
  /** Predicts for one segmented article. */
  predict(doc: Document): ArticlePrediction | Promise<ArticlePrediction>;
}
