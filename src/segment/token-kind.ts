/**
 * What kind of token a matched string is (`Token.kind`), with ASCII answered from a table.
 */
import type { TokenKind } from '../document/document.js';

const LETTER = /[\p{L}\p{M}]/u;
const DIGITS = /^\p{Nd}+(?:[.,:]\p{Nd}+)*$/u;
const PUNCT = /^\p{P}$/u;

/** True for ASCII punctuation (as Unicode's `\p{P}` has it: `$+<=>^`|~` are symbols). */
function isAsciiPunct(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f && c !== 0x24 && c !== 0x2b) ||
    c === 0x3a || c === 0x3b || c === 0x3f || c === 0x40 ||
    c === 0x5b || c === 0x5c || c === 0x5d || c === 0x5f || c === 0x7b || c === 0x7d
  );
}

/** The kind of a token whose text is `s` (non-empty, no whitespace). */
export function tokenKind(s: string): TokenKind {
  const c = s.charCodeAt(0);
  if (s.length === 1 && c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'word';
    if (c >= 0x30 && c <= 0x39) return 'number';
    return isAsciiPunct(c) ? 'punct' : 'symbol';
  }
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'word';
  if (DIGITS.test(s)) return 'number';
  if (LETTER.test(s)) return 'word';
  if (/^\p{N}/u.test(s)) return 'number';
  return PUNCT.test(s) ? 'punct' : 'symbol';
}
