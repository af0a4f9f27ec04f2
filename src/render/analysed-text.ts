/** The check the text views make before they place highlights by offset. */
import type { Analysis } from '../result.js';

/**
 * Throws when `text` is not the text `analysis` was made from (by its length, which the analysis
 * stores): every highlight would land on the wrong words without a sign.
 * @throws Error prefixed `slant:` (a programmer's misuse, STYLE.md §5).
 */
export function checkAnalysedText(analysis: Analysis, text: string, renderer: string): void {
  if (typeof text !== 'string' || text.length !== analysis.article.chars) {
    const given = typeof text === 'string' ? `${text.length} characters` : typeof text;
    throw new Error(`slant: ${renderer}: the text given is not the one analysed (${given}; article ${JSON.stringify(analysis.article.id)} had ${analysis.article.chars})`);
  }
}
