/**
 * What `slant predict` tells the user about the articles' warnings: a prediction file has no room
 * for them, so each kind (warning code) becomes one line on stderr with how many articles had it
 * and the first such article's message, e.g. for a folder of Greek articles:
 *
 *   slant predict: 64 of 64 articles warned language-unsupported, e.g. article 17: slant has no
 *   training data for 'el': the multilingual models were used and results are less reliable
 */
import type { Warning } from '../document/document.js';

/** One article's id and the warnings its analysis gave. */
export interface WarnedArticle {
  id: string;
  warnings: readonly Warning[];
}

/**
 * One line per warning code, in the order the codes first appear; none when no article was warned.
 * An article counts once per code, however often the code appears in it.
 * @example
 * warningSummary([{ id: '1', warnings: [{ code: 'language-unsupported', message: '…' }] }]);
 * // ['1 of 1 articles warned language-unsupported, e.g. article 1: …']
 */
export function warningSummary(articles: readonly WarnedArticle[]): string[] {
  const byCode = new Map<string, { count: number; id: string; message: string }>();
  for (const { id, warnings } of articles) {
    const seen = new Set<string>();
    for (const w of warnings) {
      if (seen.has(w.code)) continue;
      seen.add(w.code);
      const entry = byCode.get(w.code);
      if (entry) entry.count++;
      else byCode.set(w.code, { count: 1, id, message: w.message });
    }
  }
  return [...byCode].map(([code, e]) => `${e.count} of ${articles.length} articles warned ${code}, e.g. article ${e.id}: ${e.message}`);
}
