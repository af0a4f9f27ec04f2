/**
 * The invariants every segmented document keeps (DESIGN.md §2, STYLE.md §8), as a checker that
 * tests and fixtures run: spans are sorted, nested and non-empty, sentences and tokens lie inside
 * their paragraph, paragraph numbers rise, and every slice round-trips.
 */
import type { Document } from '../document/document.js';
import type { Span } from '../document/span.js';

/** Problems with `spans` inside `outer`: out of order, overlapping, empty, or outside. */
function checkSpans(spans: Span[], outer: Span, what: string): string[] {
  const problems: string[] = [];
  let prevEnd = outer.start;
  for (const [i, s] of spans.entries()) {
    if (!(s.start < s.end)) problems.push(`${what} ${i} is empty or reversed [${s.start}, ${s.end})`);
    if (s.start < prevEnd) problems.push(`${what} ${i} starts at ${s.start}, before ${prevEnd}`);
    if (s.start < outer.start || s.end > outer.end) problems.push(`${what} ${i} lies outside [${outer.start}, ${outer.end})`);
    prevEnd = s.end;
  }
  return problems;
}

/**
 * Every invariant `doc` breaks, as readable lines; an empty array when it keeps them all.
 * @example
 * assert.deepEqual(checkDocument(segment(article)), []);
 */
export function checkDocument(doc: Document): string[] {
  const text = doc.article.text;
  const whole = { start: 0, end: text.length };
  const problems = checkSpans(doc.paragraphs, whole, 'paragraph');
  let prevN = 0;
  for (const p of doc.paragraphs) {
    if (!(p.n > prevN)) problems.push(`paragraph numbers do not rise at n=${p.n}`);
    prevN = p.n;
    problems.push(...checkSpans(p.sentences, p, `paragraph ${p.n}: sentence`));
    problems.push(...checkSpans(p.tokens, p, `paragraph ${p.n}: token`));
    for (const t of p.tokens) {
      if (text.slice(t.start, t.end).trim() !== text.slice(t.start, t.end)) {
        problems.push(`paragraph ${p.n}: token at ${t.start} has surrounding whitespace`);
      }
    }
  }
  return problems;
}
