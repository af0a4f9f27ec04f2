/**
 * Rows of text cells as aligned columns, for the plain-text tables of the command line.
 */

/**
 * `rows` (the first one sets the column count) padded to each column's widest cell and joined by
 * two spaces; columns marked in `numeric` are right-aligned. Trailing spaces are trimmed.
 * @example
 * alignColumns([['lang', 'F1'], ['en', '0.41']], [false, true]); // "lang    F1\nen    0.41"
 */
export function alignColumns(rows: readonly (readonly string[])[], numeric: readonly boolean[] = []): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  return rows.map((r) => r.map((cell, c) => (numeric[c] ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number))).join('  ').trimEnd()).join('\n');
}
