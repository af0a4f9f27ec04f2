/**
 * Function words ("a", "the", "about", "you") per language, from the `stopword` package's lists.
 * Evidence phrases made only of them are left out when a phrase with a content word is there: a
 * linear model gives such words real weight (they are in every n-gram's neighbourhood), but "a"
 * or "about" tells a reader nothing about why a paragraph is Loaded_Language or an article is
 * about Morality.
 */
import stopwords from 'stopword';
import type { Token } from '../document/document.js';

/** ISO 639-1 → the package's ISO 639-3 keys (the languages slant meets most). */
const ISO3: Record<string, string> = {
  en: 'eng', fr: 'fra', de: 'deu', it: 'ita', pl: 'pol', ru: 'rus', es: 'spa', pt: 'por', nl: 'nld',
  el: 'ell', uk: 'ukr', cs: 'ces', sv: 'swe', da: 'dan', fi: 'fin', ro: 'ron', hu: 'hun', tr: 'tur',
};

const sets = new Map<string, ReadonlySet<string> | null>();

/** The function words of `lang` (ISO 639-1), or null when there is no list for it. */
export function functionWords(lang: string): ReadonlySet<string> | null {
  let hit = sets.get(lang);
  if (hit === undefined) {
    const list = ISO3[lang] ? stopwords[ISO3[lang] as string] : undefined;
    hit = list ? new Set(list.map((w) => w.normalize('NFC').toLowerCase())) : null;
    sets.set(lang, hit);
  }
  return hit;
}

/**
 * True when tokens `from` … `to` (inclusive) hold a word or number that is not a function word
 * of the language (`words` null: any word or number counts).
 */
export function hasContentWord(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string> | null): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if ((t.kind === 'word' || t.kind === 'number') && !(words?.has(t.norm) ?? false)) return true;
  }
  return false;
}
