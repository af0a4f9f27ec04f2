/**
 * Which language an article is analysed as: the one the caller gives, else the one the source
 * gives (`Article.lang`), else the detected one.
 */
import type { Article } from '../document/article.js';
import type { LanguageGuess } from '../document/document.js';
import { detectLanguage, normalizeLangCode } from './detect.js';

/**
 * The language of `article`; `given` (e.g. `--lang`) wins over `article.lang`, and both win over
 * detection, with confidence 1 and source `given`.
 */
export function resolveLanguage(article: Article, given?: string): LanguageGuess {
  const code = given ?? article.lang;
  if (code !== undefined && code.trim() !== '') {
    return { code: normalizeLangCode(code), confidence: 1, source: 'given' };
  }
  return detectLanguage(article.text);
}
