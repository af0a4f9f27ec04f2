/**
 * The tasks and options of an analysis, apart from the pipeline itself so that command-line
 * parsing can use them without loading the models and the language detector.
 */

/** The tasks an analysis can run. */
export const TASKS = Object.freeze(['techniques', 'spans', 'frames', 'genre'] as const);
export type Task = (typeof TASKS)[number];

/** The tasks a fast analysis runs by default (it finds no spans). */
export const FAST_TASKS: readonly Task[] = ['techniques', 'frames', 'genre'];

/** Options of an analysis. */
export interface AnalyzeOptions {
  /** Language to analyse as (`auto` or absent: the source's, else detected). */
  lang?: string;
  /** Tasks to run; all by default. */
  tasks?: readonly Task[];
  /** Report every label's score per paragraph. */
  allScores?: boolean;
  /** One decision threshold for every label, instead of the model's per-label thresholds. */
  threshold?: number;
  /** Decision thresholds by label id (technique or frame), over `threshold` and the model's. */
  thresholds?: Readonly<Record<string, number>>;
  /** Leave out findings (techniques, spans, frames) scoring below this, whatever their threshold. */
  minScore?: number;
  /**
   * Explain the labels (true by default). False leaves every `evidence` and `paragraphs` list
   * empty and changes no label or score: about 15% less time per article, for corpus runs that
   * only count.
   */
  evidence?: boolean;
  /**
   * Use the fast models (`models/fast/`, models/fast/MODEL_CARD.md): one pooled model per task over
   * words and bigrams, all from one feature extraction, no span tagger or sentence model. About
   * ten times the articles per second at lower accuracy, for triage of large corpora; no spans.
   */
  fast?: boolean;
}
