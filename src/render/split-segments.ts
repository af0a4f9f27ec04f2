/**
 * Splits a range of text into segments at every highlight boundary, so overlapping highlights of
 * different techniques render as a flat run of pieces, each carrying all the labels that cover it.
 */
import type { Span } from '../document/span.js';

/** One piece of the range: its span and the indices of the highlights covering it (maybe none). */
export interface Segment extends Span {
  marks: number[];
}

/**
 * The segments of `[start, end)` given `spans` (indexed by position in the array). Consecutive
 * segments tile the range exactly; `marks` lists covering spans in the order of `order` when given.
 * @example
 * splitSegments(0, 10, [{ start: 2, end: 6 }, { start: 4, end: 8 }]).map((s) => [s.start, s.end, s.marks]);
 * // [[0,2,[]], [2,4,[0]], [4,6,[0,1]], [6,8,[1]], [8,10,[]]]
 */
export function splitSegments(start: number, end: number, spans: readonly Span[], order?: readonly number[]): Segment[] {
  const cuts = new Set<number>([start, end]);
  for (const s of spans) {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const indices = order ?? spans.map((_, i) => i);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const marks = indices.filter((k) => spans[k]!.start <= a && spans[k]!.end >= b);
    out.push({ start: a, end: b, marks });
  }
  return out;
}
