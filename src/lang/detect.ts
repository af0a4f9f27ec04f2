/**
 * Language detection for one article with `eld`, its extra-small database. On the SemEval training
 * articles (subtask 3, six languages; `scripts/check-eld-databases.ts`) it names every article's
 * language from its first DETECT_CHARS characters, as the small database does (1,251 of 1,251);
 * of the paragraphs that open the articles (the first three of each) it names 3,696 of 3,744
 * against 3,698, and of the short ones (40–120 characters) 1,148 of 1,160 against 1,153. It loads
 * in about 160 ms instead of 265 and holds about 87 MB of RSS instead of 152, in each process and
 * batch worker. The tables load once, so this module is imported only where a language must be
 * found (the CLI imports segmentation lazily).
 */
import { eld } from 'eld/extrasmall';
import type { LanguageGuess } from '../document/document.js';
import { normalizeLangCode } from './normalize-lang-code.js';

export { normalizeLangCode } from './normalize-lang-code.js';

/** Detection looks at no more than this many characters: enough for a stable answer, and fast. */
export const DETECT_CHARS = 2000;

/** The text eld sees: the first DETECT_CHARS characters, cut at a space when possible. */
function sample(text: string): string {
  if (text.length <= DETECT_CHARS) return text;
  const cut = text.lastIndexOf(' ', DETECT_CHARS);
  return text.slice(0, cut > DETECT_CHARS / 2 ? cut : DETECT_CHARS);
}

/**
 * Guesses the language of `text`. The confidence is eld's score for the winner (in [0, 1]),
 * halved when eld itself calls the result unreliable (too little text, close runner-up).
 * Text with no letters gives `{ code: 'und', confidence: 0, source: 'default' }`.
 *
 * @example
 * detectLanguage('Der Stadtrat hat am Dienstag beschlossen, das Busnetz auszubauen.');
 * // { code: 'de', confidence: 0.79, source: 'detected' }
 */
export function detectLanguage(text: string): LanguageGuess {
  if (typeof text !== 'string') throw new Error(`slant: detectLanguage: the text must be a string, not ${text === null ? 'null' : typeof text}`);
  const result = eld.detect(sample(text));
  if (!result.language) return { code: 'und', confidence: 0, source: 'default' };
  const score = result.getScores()[result.language] ?? 0;
  const confidence = Math.min(1, Math.max(0, score)) * (result.isReliable() ? 1 : 0.5);
  return {
    code: normalizeLangCode(result.language),
    confidence: Math.round(confidence * 1000) / 1000,
    source: 'detected',
  };
}
