/**
 * One quick pass over a paragraph that tells the tokenizer which slow paths it can skip: the
 * expensive Unicode checks (NFC, scripts without spaces) run only when a character could need them.
 */

/** The text is pure ASCII. */
export const ASCII_ONLY = 1;
/** Some character might change under NFC (a combining mark, or a block with NFC singletons). */
export const MAY_NEED_NFC = 2;
/** Some character might be in a script written without spaces (Thai … Han). */
export const MAY_LACK_SPACES = 4;

/** True for blocks where NFC changes nothing on its own: Latin-1/Extended, Cyrillic, punctuation. */
function nfcStable(c: number): boolean {
  return c < 0x300 || (c >= 0x400 && c < 0x483) || (c >= 0x2010 && c < 0x2070) || (c >= 0x20a0 && c < 0x20d0);
}

/** Flags (ASCII_ONLY, MAY_NEED_NFC, MAY_LACK_SPACES) for `text`. */
export function scanText(text: string): number {
  let nonAscii = false;
  let nfc = false;
  let noSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii = true;
    if (!nfcStable(c)) nfc = true;
    if (c >= 0x0e00 && (c < 0x2000 || c >= 0x2e80)) noSpace = true;
    if (nfc && noSpace) break;
  }
  return (nonAscii ? 0 : ASCII_ONLY) | (nfc ? MAY_NEED_NFC : 0) | (noSpace ? MAY_LACK_SPACES : 0);
}
