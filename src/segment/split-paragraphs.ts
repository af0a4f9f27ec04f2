/**
 * Pass 1: one paragraph per non-blank line, numbered as the SemEval templates number them.
 *
 * Line breaks are `\n`, `\r\n` and a lone `\r` (SemEval files have no lone `\r`; treating it as a
 * break keeps old Mac files from becoming one paragraph). A line is blank when it holds only
 * Python whitespace (see whitespace.ts). `n` is the 1-based line number; the span starts at the
 * line start (a leading BOM stays inside paragraph 1, as in the templates) and ends before the
 * line break and any trailing whitespace.
 */
import type { Paragraph } from '../document/document.js';
import type { SegmentState } from './segment-state.js';
import { isBlank, trimEndPy } from './whitespace.js';

/** A line of the raw text: `[start, end)` without its break; `breakEnd` is after the break. */
export interface Line {
  /** 1-based line number. */
  n: number;
  start: number;
  end: number;
  /** Offset just after the line break (`end` when the line is the last and has none). */
  breakEnd: number;
}

/** Every line of `text`, blank ones included. */
export function findLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    const breakEnd = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    lines.push({ n: n++, start, end: i, breakEnd });
    start = breakEnd;
    i = breakEnd - 1;
  }
  // A final line without a break; an empty one after a trailing break is not a line.
  if (start < len || len === 0) lines.push({ n, start, end: len, breakEnd: len });
  return lines;
}

/** The paragraphs of `text`: its non-blank lines with SemEval's numbers. */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of findLines(text)) {
    if (isBlank(text, line.start, line.end)) continue;
    const end = trimEndPy(text, line.start, line.end);
    paragraphs.push({ n: line.n, start: line.start, end, sentences: [], tokens: [] });
  }
  return paragraphs;
}

/** Fills `state.paragraphs` from the raw text. */
export function splitParagraphs(state: SegmentState): void {
  state.paragraphs = findParagraphs(state.text);
}
