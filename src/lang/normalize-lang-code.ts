/**
 * Language codes as slant uses them: ISO 639-1, lower case. SemEval's folder codes `ge` and `po`
 * are aliases of `de` and `pl`; a region or script tag is dropped (`en-GB` → `en`).
 */

const ALIASES: Record<string, string> = { ge: 'de', po: 'pl' };

/**
 * Normalises a language code.
 * @example
 * normalizeLangCode('GE'); // 'de'
 * normalizeLangCode('pt-BR'); // 'pt'
 */
export function normalizeLangCode(code: string): string {
  const base = code.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[base] ?? base;
}

/** True when `code` (after normalising) looks like a language code: 2 or 3 letters, or `und`. */
export function isLangCode(code: string): boolean {
  return /^[a-z]{2,3}$/.test(normalizeLangCode(code));
}
