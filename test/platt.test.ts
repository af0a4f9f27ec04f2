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

test('fitLogisticColumns: a column with one far outlier does not throw the Newton steps out (they are halved until the loss falls)', () => {
  // 60 standardised values from a heavy-tailed draw (one at −7.5) and four positives: plain
  // Newton steps went back and forth into a slope of −5374 and an intercept of −4e10.
  let seed = 53;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const raw = Array.from({ length: 60 }, () => { const u = rnd() - 0.5; return Math.sign(u) / (Math.abs(u) * 2); });
  const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
  const sd = Math.sqrt(raw.reduce((a, b) => a + (b - mean) ** 2, 0) / raw.length);
  const x = raw.map((v) => (v - mean) / sd);
  const y = x.map((): number => (rnd() < 0.1 ? 1 : 0));
  assert.equal(y.filter((v) => v === 1).length, 4);
  const [slope, intercept] = fitLogisticColumns([x], y) as [number, number];
  assert.ok(Math.abs(slope) < 5 && Math.abs(intercept) < 5, `slope ${slope}, intercept ${intercept}`);
  // It fits better than the intercept alone.
  const loss = (a: number, b: number): number => y.reduce((s, v, i) => s + Math.log1p(Math.exp(-(v ? 1 : -1) * (a * (x[i] as number) + b))), 0);
  assert.ok(loss(slope, intercept) < loss(0, Math.log(4 / 56)), `${loss(slope, intercept)} against ${loss(0, Math.log(4 / 56))}`);
});
