/**
 * Abbreviations after which `Intl.Segmenter` wrongly ends a sentence. Entries are lower-case,
 * without the final period ("z.b" for "z.B."). `COMMON` applies to every language; the others to
 * theirs. `SENTENCE_FINAL` lists abbreviations that usually end a sentence, so no merge follows.
 */

/** Titles and abbreviations used across the languages slant reads. */
const COMMON = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'hon',
  'no', 'nr', 'vol', 'art', 'ca', 'vs', 'e.g', 'i.e', 'cf', 'fig', 'p', 'pp',
];

const BY_LANG: Record<string, readonly string[]> = {
  en: [
    'fr', 'sen', 'rep', 'gov', 'pres', 'maj', 'adm', 'cmdr', 'supt', 'insp', 'messrs', 'approx', 'dept',
    'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ],
  ru: [
    'т.е', 'т.к', 'т.н', 'т.ч', 'г', 'гг', 'ул', 'им', 'проф', 'акад', 'св', 'стр', 'ст', 'с', 'см',
    'тыс', 'пр', 'обл', 'р-н', 'пос', 'д', 'кв', 'рис', 'тел', 'ген', 'гл', 'зам', 'напр', 'прим',
  ],
  de: [
    'z.b', 'bzw', 'd.h', 'vgl', 'evtl', 'ggf', 'inkl', 'sog', 'hr', 'fr', 'str', 'jh', 'abs', 'u.a',
    'o.ä', 'z.t', 'bspw', 'ehem', 'gegr', 'max', 'min', 'mind', 'dt', 'nr', 'tel',
  ],
  fr: ['m', 'mm', 'mme', 'mlle', 'me', 'pr', 'p.ex', 'av', 'bd', 'env', 'ste', 'cf', 'chap'],
  it: [
    'sig', 'sig.ra', 'sigg', 'dott', 'dott.ssa', 'avv', 'ing', 'on', 'sen', 'pag', 'n', 'cit',
    'geom', 'rag', 'mons', 'arch', 'vd',
  ],
  pl: [
    'np', 'tzw', 'm.in', 'tj', 'ok', 'godz', 'ul', 'al', 'dr', 'mgr', 'inż', 'ks', 'św', 'r', 'ww',
    'wg', 'tys', 'proc', 'płk', 'pkt', 'gen', 'im', 'pl', 'ust', 'poz', 'woj', 'pow', 'prof', 'ds',
  ],
};

/** Abbreviations that usually close a sentence ("etc.", "usw.", "т.д."): never merged after. */
export const SENTENCE_FINAL: ReadonlySet<string> = new Set([
  'etc', 'usw', 'ecc', 'itd', 'itp', 'т.д', 'т.п', 'др', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp',
  'jr', 'sr', 'млн', 'млрд', 'mln', 'mld', 'mio', 'mrd',
]);

/** Abbreviations written with a number before them that mark a year ("2019 г.", "2019 r."). */
export const YEAR_MARKERS: ReadonlySet<string> = new Set(['г', 'гг', 'r']);

const cache = new Map<string, ReadonlySet<string>>();

/** The abbreviations that apply to `lang` (its own plus the common ones). */
export function abbreviationsFor(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    set = new Set([...COMMON, ...(BY_LANG[lang] ?? [])]);
    cache.set(lang, set);
  }
  return set;
}
