/**
 * Pass 3: re-joins sentences that `Intl.Segmenter` split after an abbreviation or an initial.
 * Alone it splits after "Mr.", "U.S.", "J. K." and "г." (precision 0.57 in English: STACK.md).
 *
 * Two neighbours in a paragraph are joined when the second starts with a lower-case letter, or the
 * first ends with a known abbreviation of the language (abbreviations.ts), a capital initial
 * ("J."), a capital acronym ("U.S."), or, in German, an ordinal number ("3. Oktober").
 */
import type { Sentence } from '../document/document.js';
import type { SegmentState } from './segment-state.js';
import { SENTENCE_FINAL, YEAR_MARKERS, abbreviationsFor } from './abbreviations.js';
import { isJsSpace } from './whitespace.js';

const OPENERS = /^[\p{Ps}\p{Pi}"'«„‚]+/u;
const INITIAL = /^\p{Lu}$/u;
const ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const ORDINAL = /^\d{1,3}$/;
const NUMBER = /^[\d.,]+$/;
const STARTS_LOWER = /^[\p{Ps}\p{Pi}"'«„‚\s]*\p{Ll}/u;

/** The whitespace-delimited word that ends at `end`, and the one before it. */
function lastWords(text: string, start: number, end: number): [string, string] {
  let i = end;
  while (i > start && !isJsSpace(text.charCodeAt(i - 1))) i--;
  const last = text.slice(i, end);
  let j = i;
  while (j > start && isJsSpace(text.charCodeAt(j - 1))) j--;
  let k = j;
  while (k > start && !isJsSpace(text.charCodeAt(k - 1))) k--;
  return [last, text.slice(k, j)];
}

/** True when the sentence has at most four words. */
function isShort(text: string, s: Sentence): boolean {
  let spaces = 0;
  for (let i = s.start; i < s.end; i++) if (isJsSpace(text.charCodeAt(i)) && ++spaces > 3) return false;
  return true;
}

/** True when the sentence ending at `a.end` does not really end there. */
function endsWithAbbreviation(text: string, a: Sentence, lang: string): boolean {
  if (text.charCodeAt(a.end - 1) !== 0x2e) return false;
  const [last, before] = lastWords(text, a.start, a.end);
  const word = last.slice(0, -1).replace(OPENERS, '');
  if (word === '') return false;
  const lower = word.toLowerCase();
  if (SENTENCE_FINAL.has(lower)) return false;
  // "2019 г." ends a sentence, unless the sentence is only the date ("W maju 1965 r. Arthur…").
  if (YEAR_MARKERS.has(lower) && NUMBER.test(before)) return isShort(text, a);
  if (abbreviationsFor(lang).has(lower)) return true;
  if (INITIAL.test(word) || ACRONYM.test(word)) return true;
  return lang === 'de' && ORDINAL.test(word);
}

/** True when sentences `a` and `b` (neighbours) are one sentence. */
export function shouldMerge(text: string, a: Sentence, b: Sentence, lang: string): boolean {
  if (STARTS_LOWER.test(text.slice(b.start, Math.min(b.end, b.start + 8)))) return true;
  return endsWithAbbreviation(text, a, lang);
}

/** The sentences after joining wrongly split neighbours. */
export function mergeSentences(text: string, sentences: Sentence[], lang: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && shouldMerge(text, prev, s, lang)) prev.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Re-joins wrongly split sentences in every paragraph. */
export function mergeAbbreviations(state: SegmentState): void {
  for (const p of state.paragraphs) p.sentences = mergeSentences(state.text, p.sentences, state.lang);
}
