import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogisticColumns } from '../src/models/platt.js';

test('fitLogisticColumns: the slope follows the column that tracks the label, and a larger ridge shrinks it', () => {
  const x = Array.from({ length: 200 }, (_, i) => Math.sin(i * 1.7) * 2);
  const noise = Array.from({ length: 200 }, (_, i) => Math.cos(i * 0.37));
  const y = x.map((v, i) => (v + 0.8 * Math.sin(i * 5.3) > 0 ? 1 : 0));
  const small = fitLogisticColumns([x, noise], y);
  const large = fitLogisticColumns([x, noise], y, 50);
  assert.equal(small.length, 3);
  assert.ok((small[0] as number) > 1, `slope ${small[0]}`);
  assert.ok(Math.abs(small[1] as number) < (small[0] as number) / 4, `noise slope ${small[1]}`);
  assert.ok((large[0] as number) > 0 && (large[0] as number) < (small[0] as number), `ridged slope ${large[0]} against ${small[0]}`);
  assert.deepEqual(fitLogisticColumns([x, noise], y, 50), large);
});
