/**
 * Segmentation: an article becomes a Document with paragraphs (numbered like the SemEval
 * templates), sentences and word tokens, all as UTF-16 spans of the untouched raw text.
 * The algorithm is the PASSES array, run in order (STYLE.md §2).
 */
import type { Article } from '../document/article.js';
import type { Document, LanguageGuess, Warning } from '../document/document.js';
import { resolveLanguage } from '../lang/resolve-language.js';
import type { SegmentPass, SegmentState } from './segment-state.js';
import { splitParagraphs } from './split-paragraphs.js';
import { splitSentences } from './split-sentences.js';
import { mergeAbbreviations } from './merge-abbreviations.js';
import { tokenize } from './tokenize.js';
import { splitElisions } from './split-elisions.js';

export { findParagraphs, findLines } from './split-paragraphs.js';
export { formatTemplate, formatTemplates } from './format-template.js';
export { formatDocumentJson } from './format-json.js';
export { checkDocument } from './check-document.js';
export type { SegmentPass, SegmentState } from './segment-state.js';

/** The segmentation passes, in order. */
export const PASSES: readonly SegmentPass[] = [
  splitParagraphs,
  splitSentences,
  mergeAbbreviations,
  tokenize,
  splitElisions,
];

/**
 * The passes without sentence splitting: each paragraph is one sentence. Tokens do not depend on
 * sentences, so they are the same; for callers that read no sentence (the fast analysis), where
 * `Intl.Segmenter` took about a tenth of the time.
 */
const WITHOUT_SENTENCES: readonly SegmentPass[] = PASSES.filter((p) => p !== mergeAbbreviations).map((p) => (p === splitSentences ? wholeParagraphSentences : p));

/** Each paragraph's one sentence: the whole paragraph. */
function wholeParagraphSentences(state: SegmentState): void {
  for (const p of state.paragraphs) p.sentences = [{ start: p.start, end: p.end }];
}

/** Options of `segment()`. */
export interface SegmentOptions {
  /** Language code to use instead of `article.lang` or detection (`ge`/`po` accepted). */
  lang?: string;
  /** False: no sentence splitting, each paragraph is one sentence (the tokens are the same). */
  sentences?: boolean;
  /** Detect the language with the quick function-word vote first (lang/quick-detect.ts), eld only where it does not answer. */
  quickLanguage?: boolean;
}

/** Content warnings that depend on the whole document. */
function documentWarnings(state: SegmentState, lang: LanguageGuess): Warning[] {
  const warnings = [...state.warnings];
  if (state.paragraphs.length === 0) {
    warnings.push({ code: 'empty-text', message: 'the article has no text' });
  } else if (lang.code === 'und') {
    warnings.push({ code: 'language-unknown', message: 'the language could not be told' });
  }
  return warnings;
}

/**
 * Segments an article. The raw text is not changed; every span indexes it.
 *
 * @example
 * const doc = segment({ id: '1', text: 'Title\n\nMr. Smith spoke. He left.\n' });
 * doc.paragraphs.map((p) => p.n); // [1, 3]
 * doc.paragraphs[1].sentences.length; // 2
 */
export function segment(article: Article, options: SegmentOptions = {}): Document {
  // A library caller's misuse, named at once (STYLE.md §5), not a TypeError from a pass.
  if (article === null || typeof article !== 'object' || typeof article.text !== 'string') {
    const given = article === null ? 'null' : typeof article !== 'object' ? typeof article : `text of type ${article.text === null ? 'null' : typeof article.text}`;
    throw new Error(`slant: segment: the article must be an object with a string text, not ${given}`);
  }
  const lang = resolveLanguage(article, options.lang, options.quickLanguage === true);
  const state: SegmentState = { text: article.text, lang: lang.code, paragraphs: [], warnings: [] };
  for (const pass of options.sentences === false ? WITHOUT_SENTENCES : PASSES) pass(state);
  return { article, lang, paragraphs: state.paragraphs, warnings: documentWarnings(state, lang) };
}
