import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priorBaseline } from './prior-baseline.js';

test('priorBaseline: folds by article, official measure per subtask, constants fitted on all rows', () => {
  const ids = ['1', '2', '3', '4', '5', '6'];
  const results = priorBaseline(
    {
      genres: ids.map((id, line) => ({ id, line, genre: 'opinion' as const })),
      frames: ids.map((id, line) => ({ id, line, frames: ['Political' as const] })),
      // two paragraphs per article, Doubt on the first only
      techniques: ids.flatMap((id, i) => [
        { id, line: 2 * i, paragraph: 1, techniques: ['Doubt' as const] },
        { id, line: 2 * i + 1, paragraph: 3, techniques: [] },
      ]),
    },
    { k: 3, seed: 1 },
  );
  assert.deepEqual(results.map((r) => [r.subtask, r.measure, r.fitted]), [
    ['1', 'macro-F1', ['opinion']],
    ['2', 'micro-F1', ['Political']],
    ['3', 'micro-F1', ['Doubt']],
  ]);
  // genre and frames are always right: 1 in every fold, no spread
  assert.deepEqual([results[0]!.cv.value.mean, results[1]!.cv.value.std], [1, 0]);
  // techniques: Doubt on every row, tp 1 and fp 1 per article → 2/(2+1) = 2/3 in every fold
  assert.ok(Math.abs(results[2]!.cv.value.mean - 2 / 3) < 1e-12);
  // every paragraph row of an article is in the same fold: 4 rows (2 articles) per test fold
  assert.deepEqual(results[2]!.cv.folds.map((f) => f.testItems), [4, 4, 4]);
});
