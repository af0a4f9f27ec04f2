/**
 * Cuts a long range of text into pieces that `Intl.Segmenter` can take. Its cost grows with the
 * square of the input length (a 200 KB string took 4 s, a 1 MB one exhausted the heap: STACK.md),
 * so no piece is longer than `maxLength`.
 */
import type { Span } from '../document/span.js';
import { isJsSpace } from './whitespace.js';

/** Default piece length: long enough that real paragraphs are never cut. */
export const MAX_CHUNK = 5000;

/**
 * Splits `[start, end)` of `text` into consecutive pieces of at most `maxLength` code units.
 * A piece ends after the last sentence end (`.!?…。` then whitespace) in its second half, else
 * after the last whitespace, else at the limit (never inside a surrogate pair).
 */
export function chunkRange(text: string, start: number, end: number, maxLength = MAX_CHUNK): Span[] {
  const pieces: Span[] = [];
  let from = start;
  while (end - from > maxLength) {
    const cut = findCut(text, from, from + maxLength);
    pieces.push({ start: from, end: cut });
    from = cut;
  }
  if (end > from || pieces.length === 0) pieces.push({ start: from, end });
  return pieces;
}

/** Where to end a piece that starts at `from` and may not pass `limit`. */
function findCut(text: string, from: number, limit: number): number {
  const half = from + ((limit - from) >> 1);
  let space = -1;
  for (let i = limit - 1; i > from; i--) {
    if (!isJsSpace(text.charCodeAt(i))) continue;
    if (isSentenceEnd(text.charCodeAt(i - 1)) && i >= half) return i + 1;
    if (space < 0) space = i + 1;
    if (i < half && space > 0) break;
  }
  if (space > from) return space;
  const c = text.charCodeAt(limit - 1);
  // Do not split a surrogate pair.
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x3002;
}
