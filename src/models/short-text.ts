/**
 * What counts as a short text for the article-level models: fewer words than any of their
 * training articles. The shortest had 67 words (Italian; English 107), and in every language half
 * had more than 300 (`scripts/cv-short-articles.ts` measures what the models do on shorter ones).
 */
import type { Document } from '../document/document.js';

/** Fewer words than this and a text is shorter than every training article of the genre and frames models. */
export const SHORT_ARTICLE_WORDS = 60;

/** The article's words (tokens of kind `word`: not numbers, not punctuation). */
export function articleWords(doc: Document): number {
  let words = 0;
  for (const p of doc.paragraphs) for (const t of p.tokens) if (t.kind === 'word') words++;
  return words;
}

/** Whether `doc` is shorter than every training article of the genre and frames models. */
export function isShortText(doc: Document): boolean {
  return articleWords(doc) < SHORT_ARTICLE_WORDS;
}
