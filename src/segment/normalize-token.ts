/**
 * The normalised form of a token (`Token.norm`): lower-cased, NFC, typographic apostrophes
 * (’ ‘ ʼ ′) unified to `'`. Features and lexicons compare tokens by it.
 */

import { MAY_NEED_NFC, scanText } from './scan-text.js';

const APOSTROPHES = /[\u2019\u2018\u02bc\u2032]/g;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Normalises one token's text.
 * @example
 * normalizeToken('Don’t'); // "don't"
 */
export function normalizeToken(surface: string): string {
  // ASCII needs neither NFC nor apostrophe mapping: skip both on the common path.
  if (ASCII.test(surface)) return surface.toLowerCase();
  return surface.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
}

/**
 * A whole paragraph normalised at once, when that keeps every offset (the text is already NFC
 * and lower-casing keeps its length), so a token's norm is a slice of it; otherwise `null` and
 * each token is normalised on its own. Done per paragraph because it is several times faster.
 */
export function normalizeText(text: string, flags = scanText(text)): string | null {
  if (flags & MAY_NEED_NFC && text.normalize('NFC') !== text) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower.replace(APOSTROPHES, "'") : null;
}
