/**
 * The data the report's script reads (from a `<script type="application/json">` block): for each
 * highlight, what the tooltip shows. Built here so the HTML file and the web page share it.
 */
import { TECHNIQUE_INFO, type Category, type Technique } from '../labels.js';
import type { Highlight } from './highlights.js';
import { categoryName, techniqueName } from './label-text.js';

/** What the tooltip shows for one highlight. */
export interface HighlightView {
  label: Technique;
  name: string;
  category: Category;
  categoryName: string;
  /** The highlight's score: the span tagger's for a fragment-level span, else the paragraph finding's. */
  score: number;
  /** For a fragment-level span: its paragraph finding's score, when the paragraph reports the label (`span: {}` when not). */
  span?: { paragraphScore?: number };
  definition: string;
  /** The evidence: text of each span and its share of the label's evidence. */
  why: { text: string; weight: number }[];
}

/** Everything the script needs. */
export interface ReportData {
  version: 1;
  highlights: HighlightView[];
}

/**
 * The script data for `highlights` (indices match the `data-h` attributes of the marks).
 * @example
 * jsonForScript(reportData(collectHighlights(analysis)));
 */
export function reportData(highlights: readonly Highlight[]): ReportData {
  return {
    version: 1,
    highlights: highlights.map((h) => ({
      label: h.label,
      name: techniqueName(h.label),
      category: h.category,
      categoryName: categoryName(h.category),
      score: h.score,
      ...(h.span === undefined ? {} : { span: h.span }),
      definition: TECHNIQUE_INFO[h.label].definition,
      why: h.why.map((e) => ({ text: e.text, weight: e.weight })),
    })),
  };
}
