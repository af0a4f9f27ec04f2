/**
 * A decision fitted on every repeat's out-of-fold margins at once (what
 * scripts/nested-frames-decisions.ts compares with the first repeat's alone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_THRESHOLDS } from '../src/models/thresholds.js';
import { mulberry32 } from '../src/models/prng.js';
import { fitDecisions, fitDecisionsOnRepeats } from '../src/train/decision.js';

const n = 60;
const L = 3;
const random = mulberry32(7);
const targets = Uint8Array.from({ length: n * L }, (_, k) => ((Math.floor(k / L) + (k % L)) % 4 === 0 ? 1 : 0));
const langs = Array.from({ length: n }, (_, i) => (i < 35 ? 'fr' : 'it'));
/** One repeat's margins: the label, blurred by noise. */
const draw = (): Float64Array => Float64Array.from(targets, (t) => 2 * t - 1 + 3 * (random() - 0.5));
const [a, b] = [draw(), draw()];
const twice = <T>(xs: ArrayLike<T>): T[] => [...Array.from(xs), ...Array.from(xs)];

test('fitDecisionsOnRepeats: one repeat is the one decision; two count every row twice, each with its own margins', () => {
  assert.deepEqual(fitDecisionsOnRepeats([a], targets, langs, L, DEFAULT_THRESHOLDS), fitDecisions(a, targets, langs, L, DEFAULT_THRESHOLDS));
  const both = fitDecisionsOnRepeats([a, b], targets, langs, L, DEFAULT_THRESHOLDS);
  assert.deepEqual(both, fitDecisions(Float64Array.from([...a, ...b]), Uint8Array.from(twice(targets)), twice(langs), L, DEFAULT_THRESHOLDS));
  assert.notDeepEqual(both, fitDecisions(a, targets, langs, L, DEFAULT_THRESHOLDS), 'the second repeat counts');
  assert.deepEqual([...both.keys()], ['fr', 'it']);
});
