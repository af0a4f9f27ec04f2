/**
 * SemEval span prediction files (`id<TAB>technique<TAB>start<TAB>end`, offsets in code points over
 * the raw text, end exclusive), for `slant predict --subtask spans`: articles in id order (as
 * strings, like the official templates), spans by position.
 */
import type { Document } from '../document/document.js';
import { OffsetMap } from '../document/offsets.js';
import type { SpanFinding } from '../result.js';

/** A document with its span findings (UTF-16). */
export interface SpanPrediction {
  doc: Document;
  spans: readonly SpanFinding[];
}

/** The rows of one article, each ending in `\n`. */
export function formatSpanRows({ doc, spans }: SpanPrediction): string {
  const map = new OffsetMap(doc.article.text);
  const id = doc.article.id;
  return spans.map((s) => `${id}\t${s.label}\t${map.toCodePoint(s.start)}\t${map.toCodePoint(s.end)}\n`).join('');
}

/**
 * The whole span file.
 * @example
 * formatSpanFile([{ doc, spans: [{ label: 'Doubt', start: 0, end: 4, score: 0.6 }] }]); // "123\tDoubt\t0\t4\n"
 */
export function formatSpanFile(items: readonly SpanPrediction[]): string {
  const sorted = [...items].sort((a, b) => (a.doc.article.id < b.doc.article.id ? -1 : a.doc.article.id > b.doc.article.id ? 1 : 0));
  return sorted.map(formatSpanRows).join('');
}
