/**
 * Language codes as slant uses them: ISO 639-1, lower case. SemEval's folder codes `ge` and `po`
 * are aliases of `de` and `pl`, as are the three-letter codes of the six training languages
 * (`eng` → `en`); a region or script tag is dropped (`en-GB` → `en`).
 */

/**
 * SemEval's folder codes, and the ISO 639-2 codes (bibliographic and terminological) of the six
 * training languages, which newsroom metadata often carries (`eng`, `fre`/`fra`, `ger`/`deu`).
 */
const ALIASES: Record<string, string> = {
  ge: 'de', po: 'pl',
  eng: 'en', fra: 'fr', fre: 'fr', deu: 'de', ger: 'de', ita: 'it', pol: 'pl', rus: 'ru',
};

/**
 * Normalises a language code.
 * @example
 * normalizeLangCode('GE'); // 'de'
 * normalizeLangCode('pt-BR'); // 'pt'
 * normalizeLangCode('eng'); // 'en'
 */
export function normalizeLangCode(code: string): string {
  const base = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[base] ?? base;
}

/** True when `code` (after normalising) looks like a language code: 2 or 3 letters, or `und`. */
export function isLangCode(code: string): boolean {
  return /^[a-z]{2,3}$/.test(normalizeLangCode(code));
}

/** Whether `code` is `auto` (detect the language), in any case and with spaces around it or not. */
export function isAutoLang(code: string): boolean {
  return code.trim().toLowerCase() === 'auto';
}
