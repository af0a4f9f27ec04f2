/**
 * A quick language vote for the six training languages, tried before `eld` by the fast analysis:
 * the words of the text's first 1,000 characters (as many as eld reads) are counted against the
 * function-word lists of the `stopword` package for every language in Latin or Cyrillic script it
 * has (about forty), and one of the six wins only by a clear margin; anything else is left to eld.
 * eld's n-gram tables are large, and in a batch its lookups cost the other stages their caches:
 * with the language given, two workers ran the fast analysis about a fifth faster. On every
 * SemEval article (train and test, nine languages) the vote, where it answered, agreed with eld
 * (`scripts/check-quick-detect.ts`). The full analysis keeps eld alone.
 */
import stopwords from 'stopword';
import type { LanguageGuess } from '../document/document.js';

/** The package's keys of the six training languages, with their ISO 639-1 codes. */
const TRAINED: Record<string, string> = { eng: 'en', fra: 'fr', deu: 'de', ita: 'it', pol: 'pl', rus: 'ru' };

/** Characters read, as eld reads. */
const SAMPLE_CHARS = 1000;
/**
 * The winner needs this many votes of its own, twice the runner-up's, and a tenth of the sample's
 * words (on the SemEval articles the vote then answered for 1,712 of 1,917, and no Spanish, Greek
 * or Georgian one; a margin of 1.5 answered 1,760, also without a difference, but Ukrainian and
 * Russian share too many function words for a thinner margin).
 */
const MIN_HITS = 8;
const MARGIN = 2;
const MIN_SHARE = 0.1;

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu;
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}'’]+$/u;

interface Table {
  /** Package keys, by index. */
  langs: string[];
  /** Word → the indices of the languages whose list holds it. */
  words: Map<string, number[]>;
}

let table: Table | undefined;

/** The word table, built on first use from every list whose words are mostly Latin or Cyrillic. */
function wordTable(): Table {
  if (table) return table;
  const langs: string[] = [];
  const words = new Map<string, number[]>();
  for (const [key, list] of Object.entries(stopwords as unknown as Record<string, unknown>)) {
    if (!Array.isArray(list) || list.length === 0) continue;
    const entries = (list as string[]).map((w) => w.normalize('NFC').toLowerCase());
    if (entries.filter((w) => LATIN_OR_CYRILLIC.test(w)).length < entries.length * 0.9) continue;
    const index = langs.push(key) - 1;
    for (const w of new Set(entries)) {
      const at = words.get(w);
      if (at) at.push(index);
      else words.set(w, [index]);
    }
  }
  return (table = { langs, words });
}

/**
 * One of en, fr, de, it, pl, ru when the text's function words say so clearly, else null (ask
 * eld). The confidence is the winner's share of the function-word votes.
 * @example
 * quickDetect('The council said that it would not be able to pay for the road and the bridge ...');
 * // { code: 'en', confidence: 0.8, source: 'detected' } (or null for too little text)
 */
export function quickDetect(text: string): LanguageGuess | null {
  const words: string[] = [];
  for (const m of text.slice(0, SAMPLE_CHARS).matchAll(WORD)) words.push(m[0].toLowerCase());
  return quickDetectWords(words);
}

/**
 * The same vote over words already split and lower-cased (a paragraph's word tokens, say), each
 * counted as in `quickDetect`.
 */
export function quickDetectWords(lowerCaseWords: Iterable<string>): LanguageGuess | null {
  const { langs, words } = wordTable();
  // A word on several lists gives each of them a share of one vote: "de" says little, "und" much.
  const hits = new Float64Array(langs.length);
  let count = 0;
  for (const w of lowerCaseWords) {
    count++;
    const at = words.get(w);
    if (at) for (const l of at) hits[l] = (hits[l] as number) + 1 / at.length;
  }
  let best = -1;
  let second = 0;
  let votes = 0;
  for (let l = 0; l < hits.length; l++) {
    const h = hits[l] as number;
    votes += h;
    if (best < 0 || h > (hits[best] as number)) {
      if (best >= 0) second = Math.max(second, hits[best] as number);
      best = l;
    } else second = Math.max(second, h);
  }
  if (best < 0) return null;
  const top = hits[best] as number;
  const code = TRAINED[langs[best] as string];
  if (code === undefined || top < MIN_HITS || top < MARGIN * second || top < MIN_SHARE * count) return null;
  return { code, confidence: Math.round((top / votes) * 1000) / 1000, source: 'detected' };
}
