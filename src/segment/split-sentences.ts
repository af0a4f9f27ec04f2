/**
 * Pass 2: sentences of each paragraph with `Intl.Segmenter` (sentence granularity), run on one
 * paragraph at a time and, for very long paragraphs, on pieces of it (chunk-range.ts). The spans
 * are trimmed of surrounding whitespace; whitespace-only segments are dropped.
 */
import type { Sentence } from '../document/document.js';
import type { SegmentState } from './segment-state.js';
import { chunkRange } from './chunk-range.js';
import { isJsSpace } from './whitespace.js';

const segmenters = new Map<string, Intl.Segmenter>();

/** One sentence segmenter per language, made on first use. */
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    let locale = 'und';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([lang])[0] ?? 'und';
    } catch {
      // An invalid language tag falls back to the root locale.
    }
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** The sentences of `[start, end)` of `text`, trimmed, in order. */
export function findSentences(text: string, start: number, end: number, lang = 'und'): Sentence[] {
  const segmenter = sentenceSegmenter(lang);
  const out: Sentence[] = [];
  for (const piece of chunkRange(text, start, end)) {
    const slice = text.slice(piece.start, piece.end);
    for (const seg of segmenter.segment(slice)) {
      let s = piece.start + seg.index;
      let e = s + seg.segment.length;
      while (s < e && isJsSpace(text.charCodeAt(s))) s++;
      while (e > s && isJsSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e });
    }
  }
  return out;
}

/** Fills each paragraph's `sentences`. */
export function splitSentences(state: SegmentState): void {
  for (const p of state.paragraphs) p.sentences = findSentences(state.text, p.start, p.end, state.lang);
}
