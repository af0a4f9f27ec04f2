/**
 * How the genre decision chooses its class offsets (stop 43): the setting whose macro-F1,
 * averaged over its neighbours on the offset grid, is highest; with no smoothing, the plain argmax.
 * The checks recompute the surface here, by hand, for three classes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../src/models/prng.js';
import { fitGenreDecision, genreDecide, genreProbabilities, macroF1 } from '../src/models/genre-decision.js';

const K = 3;
const STEPS = Array.from({ length: 25 }, (_, i) => -1 + i * 0.25);
const random = mulberry32(11);
const n = 90;
const gold = Int32Array.from({ length: n }, (_, i) => (i % 9 === 0 ? 2 : i % 4 === 0 ? 1 : 0));
/** Margins that favour the gold class, noisily, so the rare classes need offsets. */
const margins = Float64Array.from({ length: n * K }, (_, j) => (j % K === gold[Math.floor(j / K)] ? 0.8 : 0) + 2.5 * (random() - 0.5) - (j % K === 0 ? 0 : 0.6));

/** Macro-F1 at every grid setting [a][b] under the decision's calibration. */
function surface(platt: ReturnType<typeof fitGenreDecision>['platt']): number[][] {
  const probs = Array.from({ length: n }, (_, i) => genreProbabilities(margins.subarray(i * K, i * K + K), platt));
  return STEPS.map((a) => STEPS.map((b) => macroF1(probs.map((p) => genreDecide(p, [0, a, b])), gold, K)));
}
const at = (offsets: number[]): [number, number] => [STEPS.indexOf(offsets[1] as number), STEPS.indexOf(offsets[2] as number)];

test('genre offsets without smoothing: the setting of the highest macro-F1 on the grid', () => {
  const d = fitGenreDecision(margins, gold, K, 0);
  const f = surface(d.platt);
  const [a, b] = at(d.offsets);
  assert.ok(a >= 0 && b >= 0, 'offsets on the grid');
  assert.equal(f[a]![b], Math.max(...f.flat()));
});

test('genre offsets, smoothed: the setting whose 3 × 3 neighbourhood (edges clamped) has the highest mean macro-F1', () => {
  const d = fitGenreDecision(margins, gold, K);
  const f = surface(d.platt);
  const clamp = (i: number): number => Math.min(24, Math.max(0, i));
  const mean = (a: number, b: number): number => {
    let s = 0;
    for (const da of [-1, 0, 1]) for (const db of [-1, 0, 1]) s += f[clamp(a + da)]![clamp(b + db)]!;
    return s / 9;
  };
  const [a, b] = at(d.offsets);
  const best = Math.max(...STEPS.flatMap((_, i) => STEPS.map((_, j) => mean(i, j))));
  assert.ok(Math.abs(mean(a, b) - best) < 1e-9);
  assert.equal(d.offsets[0], 0);
  const plain = fitGenreDecision(margins, gold, K, 0);
  assert.deepEqual(d.platt, plain.platt, 'the calibration does not depend on the smoothing');
  assert.notDeepEqual(d.offsets, plain.offsets, 'on these margins the highest spike is not the best plateau');
});
