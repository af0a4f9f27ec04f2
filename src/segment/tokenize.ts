/**
 * Pass 4: word tokens of each paragraph, with their kind and normalised form.
 *
 * A regular expression does the work (≈3× faster than `Intl.Segmenter`'s word granularity, see
 * bench/segment.ts): words are letters/marks/digits joined by inner apostrophes or hyphens,
 * numbers keep their separators ("3,5", "1.000"), dotted abbreviations ("U.S.", "z.B.") and emoji
 * sequences are one token, each other non-space character is a token, and invisible format
 * characters (zero-width space) are skipped. Paragraphs with scripts written without spaces (Han,
 * kana, Thai, Lao, Khmer, Myanmar) use a slower expression that sends those runs to
 * `Intl.Segmenter`, which knows their word boundaries.
 */
import type { Token } from '../document/document.js';
import type { SegmentState } from './segment-state.js';
import { chunkRange } from './chunk-range.js';
import { normalizeToken, normalizeText } from './normalize-token.js';
import { tokenKind } from './token-kind.js';
import { MAY_LACK_SPACES, scanText } from './scan-text.js';

const NO_SPACE = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}\\u30fc';
const HAS_NO_SPACE = new RegExp(`[${NO_SPACE}]`, 'v');
const W = '[\\p{L}\\p{M}\\p{N}]';
const W_SPACED = `[[\\p{L}\\p{M}\\p{N}]--[${NO_SPACE}]]`;

/** Numbers with separators, words, any other non-space character. Group 1: a no-space run. */
const body = (w: string): string => `\\p{Nd}+(?:[.,:]\\p{Nd}+)+(?!${w})|${w}+(?:[\\-'’]${w}+)*|\\S`;
const FAST = new RegExp(body(W), 'gv');
const WITH_NO_SPACE = new RegExp(`([${NO_SPACE}]+)|${body(W_SPACED)}`, 'gv');
const ABBR = /(?:\p{L}\.){2,}(?!\p{L})/uy;
const EMOJI = /\p{Extended_Pictographic}(?:[\u200d\ufe0f\u{1f3fb}-\u{1f3ff}\p{M}]|\p{Extended_Pictographic})*/uy;
const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u;

let wordSegmenter: Intl.Segmenter | undefined;

/** Adds the words of a run of a script without spaces, found by `Intl.Segmenter`. */
function pushNoSpaceRun(para: string, start: number, end: number, base: number, out: Token[]): void {
  wordSegmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  for (const piece of chunkRange(para, start, end, 1000)) {
    for (const seg of wordSegmenter.segment(para.slice(piece.start, piece.end))) {
      const s = base + piece.start + seg.index;
      out.push({ start: s, end: s + seg.segment.length, kind: 'word', norm: normalizeToken(seg.segment) });
    }
  }
}

/** The end of the token matched at `at`, widened to a dotted abbreviation or emoji sequence. */
function widen(para: string, at: number, match: string): number {
  const c = match.charCodeAt(0);
  const sticky = match.length === 1 && para.charCodeAt(at + 1) === 0x2e ? ABBR : c >= 0x2000 ? EMOJI : null;
  if (sticky === null) return at + match.length;
  sticky.lastIndex = at;
  return sticky.test(para) ? sticky.lastIndex : at + match.length;
}

/** The tokens of `[start, end)` of `text`, in order. */
export function findTokens(text: string, start: number, end: number): Token[] {
  const para = text.slice(start, end);
  const flags = scanText(para);
  const norms = normalizeText(para, flags);
  const re = flags & MAY_LACK_SPACES && HAS_NO_SPACE.test(para) ? WITH_NO_SPACE : FAST;
  const out: Token[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(para); m !== null; m = re.exec(para)) {
    if (m[1] !== undefined) {
      pushNoSpaceRun(para, m.index, m.index + m[0].length, start, out);
      continue;
    }
    const e = widen(para, m.index, m[0]);
    re.lastIndex = e;
    const surface = e === m.index + m[0].length ? m[0] : para.slice(m.index, e);
    if (surface.length === 1 && INVISIBLE.test(surface)) continue;
    const norm = norms === null ? normalizeToken(surface) : norms.slice(m.index, e);
    out.push({ start: start + m.index, end: start + e, kind: tokenKind(surface), norm });
  }
  return out;
}

/** Fills each paragraph's `tokens`. */
export function tokenize(state: SegmentState): void {
  for (const p of state.paragraphs) p.tokens = findTokens(state.text, p.start, p.end);
}
