/**
 * Whether a text is written in a script the models saw in training: all six training languages
 * are written in Latin or Cyrillic script, and n-grams of any other script (Greek, Georgian,
 * Arabic, …) match nothing they learnt.
 */

/** Below this share of letters in a training script, the text counts as written in an unseen script. */
export const SEEN_SCRIPT_MIN_SHARE = 0.5;

const LETTER = /\p{L}/gu;
const SEEN_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/gu;

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** The share of `text`'s letters that `letters` matches (1 when it has no letters). */
function letterShare(text: string, letters: RegExp): number {
  const all = text.match(LETTER)?.length ?? 0;
  return all === 0 ? 1 : (text.match(letters)?.length ?? 0) / all;
}

/** The share of `text`'s letters in Latin or Cyrillic script (1 when it has no letters). */
export function seenScriptShare(text: string): number {
  return letterShare(text, SEEN_SCRIPT);
}

/** The share of `text`'s letters in Cyrillic (`cyrillic`) or Latin script (1 when it has no letters). */
export function scriptShare(text: string, script: 'latin' | 'cyrillic'): number {
  return letterShare(text, script === 'cyrillic' ? CYRILLIC : LATIN);
}

/** True when most of `text`'s letters are in a script no training language uses. */
export function inUnseenScript(text: string): boolean {
  return seenScriptShare(text) < SEEN_SCRIPT_MIN_SHARE;
}
