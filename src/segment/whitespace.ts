/**
 * Whitespace as the SemEval templates count it. A line is left out of the templates when Python's
 * `str.strip()` would empty it, so "blank" means Python's whitespace: JavaScript's `\s` without
 * U+FEFF (a BOM-only line is a paragraph in the English templates) plus U+001C–U+001F and U+0085.
 */

/** Python's `str.isspace()` characters (code points below U+10000; there are none above). */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const BLANK = new RegExp(`^[${PY_SPACE}]*$`);
const PY_SPACE_CHAR = new RegExp(`[${PY_SPACE}]`);

/** True when `text.slice(start, end)` holds only Python whitespace (or nothing). */
export function isBlank(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Fast path for the common case: any ASCII letter, digit or punctuation is not blank.
    if (c > 0x20 && c < 0x7f) return false;
    if (!PY_SPACE_CHAR.test(text[i]!)) return false;
  }
  return true;
}

/** True when `s` is Python whitespace only (tests and callers with a string at hand). */
export function isBlankString(s: string): boolean {
  return BLANK.test(s);
}

/** The end of `[start, end)` after dropping trailing Python whitespace. */
export function trimEndPy(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && PY_SPACE_CHAR.test(text[e - 1]!)) e--;
  return e;
}

/** True for a code unit JavaScript's `\s` matches (whitespace, line breaks, BOM). */
export function isJsSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
