/**
 * SemEval subtask-3 rows for one analysis (`id<TAB>paragraph<TAB>techniques`), written by the same
 * writer as `slant predict` so the two never drift apart.
 */
import type { Document } from '../document/document.js';
import { NO_WORDS, type Analysis } from '../result.js';
import { formatPredictionRows } from '../predict/write-semeval.js';
import { techniquesAnalysed } from './summary.js';

/** The analysis as the document shape the SemEval writer reads (paragraph numbers only). */
function asDocument(analysis: Analysis): Document {
  return {
    article: { id: analysis.article.id, text: '' },
    lang: { code: analysis.article.lang, confidence: 1, source: 'given' },
    paragraphs: analysis.article.paragraphs.map((p) => ({ ...p, sentences: [], tokens: [] })),
    warnings: [],
  };
}

/**
 * The subtask-3 rows of one article, one per paragraph, each ending in `\n`.
 * @example
 * renderSemeval(analysis); // "123\t1\tLoaded_Language,Doubt\n123\t3\t\n"
 * A text without a word (`no-words`: no model ran) gets empty rows, as `slant predict` writes
 * them, since a prediction file needs a row for every paragraph and no word can carry a technique.
 * @throws Error prefixed `slant:` when the techniques task was not run: an empty row says "no
 * technique here", which the analysis does not know.
 */
export function renderSemeval(analysis: Analysis): string {
  if (!techniquesAnalysed(analysis) && !analysis.warnings.some((w) => w.code === NO_WORDS)) {
    throw new Error(`slant: article ${JSON.stringify(analysis.article.id)} was not analysed for techniques, so it has no SemEval rows (empty ones would say it has none)`);
  }
  const byN = new Map(analysis.paragraphs.map((p) => [p.n, (p.techniques ?? []).map((t) => t.label)]));
  const techniques = analysis.article.paragraphs.map((p) => byN.get(p.n) ?? []);
  const genre = analysis.genre?.label ?? 'reporting';
  return formatPredictionRows('3', { doc: asDocument(analysis), prediction: { genre, frames: [], techniques } });
}
