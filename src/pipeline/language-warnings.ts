/**
 * Warnings about the article's language: no training data of its own (the multilingual models are
 * used), and, worse, a script the models never saw in training (all six training languages are
 * written in Latin or Cyrillic script). Word and character n-grams of another script (Greek,
 * Georgian, Arabic, …) match nothing the models learnt, so frames and genre follow the models'
 * priors, and the pooled technique model finds nothing (trained as shipped on the five other
 * languages, it found no technique in any Russian paragraph: micro-F1 0.000, where Latin-script
 * languages held out kept 0.19–0.34); the full analysis scores such an article's techniques with
 * the script-free model instead (src/train/script-free.ts).
 */
import type { Document, Warning } from '../document/document.js';
import { SUPPORTED_LANGUAGES } from './run-models.js';
import { SEEN_SCRIPT_MIN_SHARE, seenScriptShare } from '../lang/script.js';

/** The warnings for `doc`'s language and script (none for the six training languages). */
export function languageWarnings(doc: Document): Warning[] {
  const { code } = doc.lang;
  if (SUPPORTED_LANGUAGES.includes(code) || doc.paragraphs.length === 0) return [];
  const name = code === 'und' ? 'an unknown language' : `'${code}'`;
  // A guess from a few words can be wrong (eld reads a short English sentence as Spanish now and then).
  const guessed = doc.lang.source === 'detected' ? ` (detected from the text with confidence ${doc.lang.confidence}: if it is another language, choose it: --lang, \`lang\` in the API, or the page's language menu)` : '';
  const out: Warning[] = [{ code: 'language-unsupported', message: `slant has no training data for ${name}${guessed}: the multilingual models were used and results are less reliable` }];
  const share = seenScriptShare(doc.article.text);
  if (share < SEEN_SCRIPT_MIN_SHARE) {
    out.push({ code: 'script-unseen', message: `${Math.round((1 - share) * 100)}% of the letters are in a script slant's models never saw in training (they know Latin and Cyrillic text only): its techniques, frames and genre are little more than guesses (techniques and genre are scored from punctuation, quotation marks, numbers, position and length alone, and frames follow the training articles' most common ones)` });
  }
  return out;
}
