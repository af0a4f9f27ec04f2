/**
 * Whether a text is written in a script the models saw in training: all six training languages
 * are written in Latin or Cyrillic script, and n-grams of any other script (Greek, Georgian,
 * Arabic, …) match nothing they learnt.
 */

/** Below this share of letters in a training script, the text counts as written in an unseen script. */
export const SEEN_SCRIPT_MIN_SHARE = 0.5;

const LETTER = /\p{L}/gu;
const SEEN_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}]/gu;

/** The share of `text`'s letters in Latin or Cyrillic script (1 when it has no letters). */
export function seenScriptShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 1;
  return (text.match(SEEN_SCRIPT)?.length ?? 0) / letters;
}

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** The share of `text`'s letters in Cyrillic (`cyrillic`) or Latin script (1 when it has no letters). */
export function scriptShare(text: string, script: 'latin' | 'cyrillic'): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 1;
  return (text.match(script === 'cyrillic' ? CYRILLIC : LATIN)?.length ?? 0) / letters;
}

/** True when most of `text`'s letters are in a script no training language uses. */
export function inUnseenScript(text: string): boolean {
  return seenScriptShare(text) < SEEN_SCRIPT_MIN_SHARE;
}
