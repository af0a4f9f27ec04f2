/**
 * Pairs prediction rows with gold rows, refusing what the official scorers refuse: a predicted row the
 * gold lacks (named with file and line) and gold rows without a prediction (listed, up to ten, with
 * their count). Unknown labels and duplicate rows are already refused by the readers.
 */
import { InputError } from '../errors.js';
import type { LabelFile } from '../ingest/semeval-rows.js';

/** How many missing gold rows the message lists before saying "and N more". */
const LIST_AT_MOST = 10;

/** A gold row paired with its prediction. */
export interface AlignedRow<G, P> {
  gold: G;
  pred: P;
}

/**
 * Aligns rows by `key`; `describe` names a row for messages (`article 12 paragraph 3`).
 * Returns the pairs in gold order.
 */
export function alignRows<G extends { line: number }, P extends { line: number }>(
  gold: LabelFile<G>,
  pred: LabelFile<P>,
  key: (row: G | P) => string,
  describe: (row: G | P) => string,
): AlignedRow<G, P>[] {
  const goldByKey = new Map(gold.rows.map((r) => [key(r), r]));
  const predByKey = new Map<string, P>();
  for (const row of pred.rows) {
    if (!goldByKey.has(key(row))) {
      throw new InputError({ input: pred.input, line: row.line }, `${describe(row)} is not in the gold file ${gold.input}`);
    }
    predByKey.set(key(row), row);
  }
  const missing = gold.rows.filter((r) => !predByKey.has(key(r)));
  if (missing.length > 0) throw missingRowsError(gold, pred.input, missing, describe);
  return gold.rows.map((g) => ({ gold: g, pred: predByKey.get(key(g))! }));
}

/** `pred.txt: 12 of 40 gold rows have no prediction: article 1 (gold line 1), ... and 2 more`. */
function missingRowsError<G extends { line: number }>(
  gold: LabelFile<G>,
  predInput: string,
  missing: G[],
  describe: (row: G) => string,
): InputError {
  const listed = missing.slice(0, LIST_AT_MOST).map((r) => `${describe(r)} (gold line ${r.line})`).join(', ');
  const more = missing.length > LIST_AT_MOST ? ` and ${missing.length - LIST_AT_MOST} more` : '';
  return new InputError(
    { input: predInput },
    `${missing.length} of ${gold.rows.length} gold rows have no prediction: ${listed}${more}`,
  );
}
