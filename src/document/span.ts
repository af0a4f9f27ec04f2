/**
 * A half-open range `[start, end)` in UTF-16 code units of an article's untouched raw text, so that
 * `text.slice(start, end)` is its text (DESIGN.md §2.1).
 */
export interface Span {
  start: number;
  end: number;
}

/** The text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when `inner` lies within `outer`. */
export function spanWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
