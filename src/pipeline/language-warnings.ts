/**
 * Warnings about the article's language: no training data of its own (the multilingual models are
 * used), and, worse, a script the models never saw in training (all six training languages are
 * written in Latin or Cyrillic script). Word and character n-grams of another script (Greek,
 * Georgian, Arabic, …) match nothing the models learnt, so techniques come out empty and frames
 * and genre follow the models' priors. Measured: a pooled technique model trained as shipped on the
 * five other languages found no technique in any Russian paragraph (micro-F1 0.000, English
 * thresholds × 0.25), where Latin-script languages held out kept 0.19–0.34.
 */
import type { Document, Warning } from '../document/document.js';
import { SUPPORTED_LANGUAGES } from './run-models.js';

/** Below this share of letters in a training script, the article counts as written in an unseen script. */
export const SEEN_SCRIPT_MIN_SHARE = 0.5;

const LETTER = /\p{L}/gu;
const SEEN_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/gu;

/** The warnings for `doc`'s language and script (none for the six training languages). */
export function languageWarnings(doc: Document): Warning[] {
  const { code } = doc.lang;
  if (SUPPORTED_LANGUAGES.includes(code) || doc.paragraphs.length === 0) return [];
  const name = code === 'und' ? 'an unknown language' : `'${code}'`;
  const out: Warning[] = [{ code: 'language-unsupported', message: `slant has no training data for ${name}: the multilingual models were used and results are less reliable` }];
  const share = seenScriptShare(doc.article.text);
  if (share < SEEN_SCRIPT_MIN_SHARE) {
    out.push({ code: 'script-unseen', message: `${Math.round((1 - share) * 100)}% of the letters are in a script slant's models never saw in training (they know Latin and Cyrillic text only): its techniques, frames and genre are little more than guesses (the full models find almost no technique; the fast ones may report the most frequent techniques on any paragraph)` });
  }
  return out;
}

/** The share of `text`'s letters in Latin or Cyrillic script (1 when it has no letters). */
export function seenScriptShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 1;
  return (text.match(SEEN_SCRIPT)?.length ?? 0) / letters;
}
