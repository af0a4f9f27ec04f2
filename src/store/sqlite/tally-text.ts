/**
 * The `analysis_tallies.tallies` column: an analysis's label tallies as `no:count` pairs joined by
 * commas, `no` being the label's row in `tally_labels`. Text, so that migration 3 can write it from
 * the findings in SQL alone (`group_concat`).
 * @example
 * tallyText([[3, 2], [7, 1]]); // '3:2,7:1'
 */

/** The column's text of (label number, count) pairs. */
export function tallyText(pairs: readonly (readonly [number, number])[]): string {
  return pairs.map(([no, count]) => `${no}:${count}`).join(',');
}

/** Calls `add(no, count)` for each pair of a column's text (digits read in place: ~1.3 million pairs per 100,000 articles). */
export function forEachTally(text: string, add: (no: number, count: number) => void): void {
  let no = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) {
      no = value;
      value = 0;
    } else if (c === 44 /* , */) {
      add(no, value);
      value = 0;
    } else {
      value = value * 10 + (c - 48);
    }
  }
  if (text.length > 0) add(no, value);
}
