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
import { SEEN_SCRIPT_MIN_SHARE, scriptShare, seenScriptShare } from '../lang/script.js';
import { detectLanguage } from '../lang/detect.js';
import { quickDetect, quickDetectWords } from '../lang/quick-detect.js';
import { articleWords } from '../models/short-text.js';

/**
 * Below this confidence a detected training language is a doubtful guess. eld's confidence (its
 * score, halved when it deems the guess unreliable) on the first 3 / 5 / 8 / 15 words of the 1,251
 * SemEval training articles (stop 46, scratch script): under 0.3 for 74 / 56 / 28 / 2 of them, of
 * which 39 / 21 / 8 / 0 were wrong; above it 204 / 55 / 7 / 0 were wrong, and from 30 words on
 * none was under 0.3 or wrong. So this flags about half the wrong guesses on a few words and
 * almost never a whole article.
 */
export const LOW_DETECTION_CONFIDENCE = 0.3;

/** How to choose another language, on every surface. */
const CHOOSE = '--lang, `lang` in the API, or the page\'s language menu';

/**
 * The warnings for `doc`'s language and script. `fast` (the fast analysis) leaves out the check
 * of each paragraph's language (`language-mixed`), which would cost it about 5 % of its time.
 */
export function languageWarnings(doc: Document, fast = false): Warning[] {
  const { code } = doc.lang;
  if (doc.paragraphs.length === 0) return [];
  if (SUPPORTED_LANGUAGES.includes(code)) {
    const found = trainingLanguageWarnings(doc);
    // A text that reads as another language as a whole is one problem, said once.
    const whole = found.some((w) => w.code === 'language-mismatch' || w.code === 'language-script-mismatch');
    return fast || whole ? found : [...found, ...mixedLanguageWarnings(doc)];
  }
  const name = code === 'und' ? 'an unknown language' : `'${code}'`;
  // A guess from a few words can be wrong (eld reads a short English sentence as Spanish now and then).
  const guessed = doc.lang.source === 'detected' ? ` (detected from the text with confidence ${doc.lang.confidence}: if it is another language, choose it: ${CHOOSE})` : '';
  const out: Warning[] = [{ code: 'language-unsupported', message: `slant has no training data for ${name}${guessed}: the multilingual models were used and results are less reliable` }, ...givenLanguageDoubt(doc)];
  const share = seenScriptShare(doc.article.text);
  if (share < SEEN_SCRIPT_MIN_SHARE) {
    out.push({ code: 'script-unseen', message: `${Math.round((1 - share) * 100)}% of the letters are in a script slant's models never saw in training (they know Latin and Cyrillic text only): its techniques, frames and genre are little more than guesses (techniques and genre are scored from punctuation, quotation marks, numbers, position and length alone, and frames follow the training articles' most common ones)` });
  }
  return out;
}

/**
 * The warnings of a training language that may not be the text's: detected with low confidence
 * (`language-uncertain`), or given while most letters are in the other training script
 * (`language-script-mismatch`: Russian is the only Cyrillic one).
 */
function trainingLanguageWarnings(doc: Document): Warning[] {
  const { code, source, confidence } = doc.lang;
  if (source === 'detected' && confidence < LOW_DETECTION_CONFIDENCE) {
    return [{ code: 'language-uncertain', message: `the language was detected as '${code}' with low confidence (${confidence}; a few words are often read as the wrong language): if the text is in another language, choose it: ${CHOOSE}` }];
  }
  if (source !== 'given') return [];
  const script = code === 'ru' ? 'cyrillic' : 'latin';
  const share = scriptShare(doc.article.text, script);
  if (share >= SEEN_SCRIPT_MIN_SHARE) return givenLanguageDoubt(doc);
  return [{ code: 'language-script-mismatch', message: `the language was given as '${code}', but only ${Math.round(share * 100)}% of the letters are ${script === 'cyrillic' ? 'Cyrillic' : 'Latin'}, the script ${code} is written in: the ${code} models read little of this text; check the language (${CHOOSE})` }];
}

/** Detection needs this many words before it may contradict a language the user gave. */
const MISMATCH_MIN_WORDS = 15;

/** It must be at least this sure (eld's confidence; from 15 words on a wrong guess was never under 0.3). */
const MISMATCH_MIN_CONFIDENCE = 0.5;

/**
 * `language-mismatch` for a language the user gave (`--lang`, the API's `lang`, the page's menu)
 * where the text of 15 words or more plainly reads as another language (the function-word vote
 * is clear, or else eld's confidence is 0.5 or more): German analysed as English gives frames
 * built on "der" and "auf die". None otherwise.
 */
export function givenLanguageDoubt(doc: Document): Warning[] {
  const { code, source } = doc.lang;
  if (source !== 'given' || articleWords(doc) < MISMATCH_MIN_WORDS) return [];
  // The function-word vote first (cheap, and it answers only when clear), else eld and its confidence.
  const quick = quickDetect(doc.article.text);
  const seen = quick ?? detectLanguage(doc.article.text);
  if (seen.source !== 'detected' || seen.code === code || (quick === null && seen.confidence < MISMATCH_MIN_CONFIDENCE)) return [];
  return [{ code: 'language-mismatch', message: `the language was given as '${code}', but the text reads as '${seen.code}' (detected with confidence ${seen.confidence}): it was analysed as '${code}'; if that is wrong, choose the language again (${CHOOSE})` }];
}

/** Paragraphs shorter than this (in words) are not asked their language: too few function words. */
const MIXED_MIN_WORDS = 20;
/** The vote reads at most this many of a paragraph's words (about the 1,000 characters it reads of an article). */
const MIXED_MAX_WORDS = 150;

/**
 * `language-mixed` for paragraphs that plainly read as another training language than the
 * article's (a German quotation in an English report): the function-word vote, which answers only
 * when clear, is asked of each paragraph of 20 words or more (its word tokens, so it costs no
 * second pass over the text). Each article is analysed in one language, so those paragraphs were
 * read by models of the other; the warning names them. On the
 * 1,251 SemEval training articles, each given its folder's language, it named none (stop 47,
 * scratch script; on their lines as plain text the vote answered for 8,868 of 20,199, never with
 * another language); it costs about 0.09 ms on a 5 KB article (the full analysis takes
 * 10–20 ms).
 */
export function mixedLanguageWarnings(doc: Document): Warning[] {
  const { code } = doc.lang;
  const others: { n: number; code: string; words: number }[] = [];
  let total = 0;
  for (const p of doc.paragraphs) {
    const words: string[] = [];
    for (const t of p.tokens) if (t.kind === 'word') words.push(t.norm);
    total += words.length;
    if (words.length < MIXED_MIN_WORDS) continue;
    const seen = quickDetectWords(words.length > MIXED_MAX_WORDS ? words.slice(0, MIXED_MAX_WORDS) : words);
    if (seen !== null && seen.code !== code) others.push({ n: p.n, code: seen.code, words: words.length });
  }
  if (others.length === 0) return [];
  const langs = [...new Set(others.map((o) => o.code))];
  const which = langs.map((l) => `${others.filter((o) => o.code === l).map((o) => `¶${o.n}`).join(', ')} as '${l}'`).join('; ');
  const share = Math.round((others.reduce((s, o) => s + o.words, 0) / total) * 100);
  const one = others.length === 1;
  return [{
    code: 'language-mixed',
    message: `${one ? 'a paragraph reads' : 'some paragraphs read'} as another language than '${code}' (${which}; ${share}% of the words): the article was analysed as '${code}', so the findings in ${one ? 'that paragraph are' : 'those paragraphs are'} unreliable; to analyse ${one ? 'it' : 'them'} in ${one ? 'its' : 'their'} own language, analyse ${one ? 'it' : 'them'} alone and choose the language (${CHOOSE})`,
  }];
}
