/**
 * An article model's margins for a document, taken from the caller when it has them (the fast
 * analysis computes every model's margins in one extraction, fast-margins.ts) or computed here.
 */
import type { Document } from '../document/document.js';
import type { OccurrenceRecorder } from '../features/occurrence-recorder.js';
import type { ArticleLinearModel } from './genre-frames-linear.js';

/** Margins a caller already has for the model and document, with the occurrences behind them when it recorded them. */
export interface GivenMargins {
  margins: Float64Array;
  /** The model's feature occurrences for the document, as `margins(doc, recorder)` records them. */
  recorded?: OccurrenceRecorder;
}

/**
 * The margins of `model` for `doc` and, when `evidence` is asked for, the recorded occurrences:
 * the given ones when they suffice, else from an extraction into `scratch` (emptied first).
 */
export function articleMargins(model: ArticleLinearModel, doc: Document, evidence: boolean, scratch: OccurrenceRecorder, given?: GivenMargins): { margins: Float64Array; recorded?: OccurrenceRecorder } {
  if (given && !evidence) return { margins: given.margins };
  if (given?.recorded) return { margins: given.margins, recorded: given.recorded };
  if (!evidence) return { margins: model.margins(doc) };
  scratch.length = 0;
  return { margins: model.margins(doc, scratch), recorded: scratch };
}
