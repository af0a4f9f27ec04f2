/**
 * The state the segmentation passes share. Each pass reads it and fills in or corrects one part;
 * `segment()` runs them in the order of its PASSES array (STYLE.md §2).
 */
import type { Paragraph, Warning } from '../document/document.js';

/** What the passes work on: the raw text, the language, and the paragraphs built so far. */
export interface SegmentState {
  /** The article's raw text, never changed. */
  readonly text: string;
  /** ISO 639-1 code of the article's language (`und` when unknown); passes pick rules by it. */
  readonly lang: string;
  /** Paragraphs in text order; later passes fill their `sentences` and `tokens`. */
  paragraphs: Paragraph[];
  /** Content problems found on the way. */
  warnings: Warning[];
}

/** One step of segmentation. It mutates the state in place. */
export type SegmentPass = (state: SegmentState) => void;
