/**
 * Conversions between UTF-16 code-unit offsets (ours, DESIGN.md §2.1) and Unicode code-point offsets
 * (SemEval's unit: code points over the raw text, `\r` and BOM included).
 */

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when the text has no astral-plane characters, so both units agree. */
function isBmpOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHighSurrogate(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Converts offsets of one text both ways in O(1) after an O(n) setup.
 * A UTF-16 offset that falls between the two halves of a surrogate pair is not a code-point
 * boundary: `toCodePoint` rounds it down to the start of that character.
 *
 * @example
 * const map = new OffsetMap('a😀b');
 * map.toUtf16(2); // 3: the emoji takes two UTF-16 units
 * map.toCodePoint(3); // 2
 */
export class OffsetMap {
  /** UTF-16 offset of each code point index (length = code points + 1), or null when identical. */
  readonly #cpToU16: Uint32Array | null;
  /** Code-point index of each UTF-16 offset (length = text.length + 1), or null when identical. */
  readonly #u16ToCp: Uint32Array | null;
  /** Length of the text in UTF-16 code units. */
  readonly utf16Length: number;
  /** Length of the text in code points. */
  readonly codePointLength: number;

  constructor(text: string) {
    this.utf16Length = text.length;
    if (isBmpOnly(text)) {
      this.#cpToU16 = null;
      this.#u16ToCp = null;
      this.codePointLength = text.length;
      return;
    }
    const u16ToCp = new Uint32Array(text.length + 1);
    const cpToU16: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isLowSurrogate(c) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) {
        u16ToCp[i] = cp - 1;
        continue;
      }
      u16ToCp[i] = cp;
      cpToU16.push(i);
      cp++;
    }
    u16ToCp[text.length] = cp;
    cpToU16.push(text.length);
    this.#u16ToCp = u16ToCp;
    this.#cpToU16 = Uint32Array.from(cpToU16);
    this.codePointLength = cp;
  }

  /** The UTF-16 offset of code-point offset `cp`. Throws a RangeError outside `[0, codePointLength]`. */
  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.codePointLength) {
      throw new RangeError(`slant: code-point offset ${cp} is outside [0, ${this.codePointLength}]`);
    }
    return this.#cpToU16 ? this.#cpToU16[cp]! : cp;
  }

  /** The code-point offset of UTF-16 offset `u`. Throws a RangeError outside `[0, utf16Length]`. */
  toCodePoint(u: number): number {
    if (!Number.isInteger(u) || u < 0 || u > this.utf16Length) {
      throw new RangeError(`slant: UTF-16 offset ${u} is outside [0, ${this.utf16Length}]`);
    }
    return this.#u16ToCp ? this.#u16ToCp[u]! : u;
  }
}

/** The UTF-16 offset of code-point offset `cp` in `text` (one-off; use OffsetMap for many). */
export function codePointToUtf16(text: string, cp: number): number {
  return new OffsetMap(text).toUtf16(cp);
}

/** The code-point offset of UTF-16 offset `u` in `text` (one-off; use OffsetMap for many). */
export function utf16ToCodePoint(text: string, u: number): number {
  return new OffsetMap(text).toCodePoint(u);
}
