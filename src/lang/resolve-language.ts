/**
 * Which language an article is analysed as: the one the caller gives, else the one the source
 * gives (`Article.lang`), else the detected one.
 */
import type { Article } from '../document/article.js';
import type { LanguageGuess } from '../document/document.js';
import { detectLanguage, normalizeLangCode } from './detect.js';
import { isAutoLang } from './normalize-lang-code.js';
import { quickDetect } from './quick-detect.js';

/**
 * The language of `article`; `given` (e.g. `--lang`) wins over `article.lang`, and both win over
 * detection, with confidence 1 and source `given`. With `quick`, detection first asks the
 * function-word vote (quick-detect.ts), and eld only when that does not answer. A blank code or
 * `auto` is no code.
 */
export function resolveLanguage(article: Article, given?: string, quick = false): LanguageGuess {
  const code = given ?? article.lang;
  // `auto` (as `--lang` and the API spell it) or a blank asks for detection.
  if (code !== undefined && code.trim() !== '' && !isAutoLang(code)) {
    return { code: normalizeLangCode(code), confidence: 1, source: 'given' };
  }
  return (quick ? quickDetect(article.text) : null) ?? detectLanguage(article.text);
}
