import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SPAN_SIGNAL_CLIP, paragraphSpanSignal, signalFromEmissions } from '../src/models/span-signal.js';
import { emptyParams } from '../src/spans/tagger-params.js';
import { segment } from '../src/segment/index.js';
import { fitSpanPlatt, applySpanPlatt } from '../src/models/platt.js';

test('the signal is the highest B and I emission per label, clipped, in the order asked; labels without a tagger get the floor', () => {
  // Three tokens, tagger labels [Doubt, Slogans], [B, I] per label.
  const em = Float32Array.from([
    0.5, -1, 2, 3,
    1.5, -2, -4, 40,
    -0.5, 0.25, 1, -3,
  ]);
  const out = new Float64Array(3 * 2);
  signalFromEmissions(em, ['Doubt', 'Slogans'], ['Slogans', 'Repetition', 'Doubt'], out);
  const peaks = new Int32Array(3 * 2);
  signalFromEmissions(em, ['Doubt', 'Slogans'], ['Slogans', 'Repetition', 'Doubt'], out, 0, peaks);
  assert.deepEqual(Array.from(out), [2, SPAN_SIGNAL_CLIP, -SPAN_SIGNAL_CLIP, -SPAN_SIGNAL_CLIP, 1.5, 0.25]);
  assert.deepEqual(Array.from(peaks), [0, 1, -1, -1, 1, 2], 'the token each value comes from');
});

test('a paragraph without tokens, or a tagger with no labels, gives the floor everywhere', () => {
  const doc = segment({ id: 'x', text: 'Words here.\n' }, { lang: 'en' });
  const none = paragraphSpanSignal(emptyParams([], 8), doc, 0, ['Doubt']);
  assert.deepEqual(Array.from(none.values), [-SPAN_SIGNAL_CLIP, -SPAN_SIGNAL_CLIP]);
  assert.deepEqual(Array.from(none.peaks), [-1, -1]);
  const zero = paragraphSpanSignal(emptyParams(['Doubt'], 8), doc, 0, ['Doubt']);
  assert.deepEqual(Array.from(zero.values), [0, 0], 'an untrained tagger emits 0');
});

test('the span calibration learns a signal that tracks the label and ignores a constant one', () => {
  const n = 200;
  const m = Array.from({ length: n }, (_, k) => ((k * 37) % 11) / 5 - 1); // margins unrelated to y
  const y = Array.from({ length: n }, (_, k) => (k % 4 === 0 ? 1 : 0));
  const b = y.map((v, k) => (v ? 2 : -2) + ((k * 13) % 7) / 7);
  const flat = y.map(() => -SPAN_SIGNAL_CLIP);
  const c = fitSpanPlatt(m, b, flat, y);
  assert.ok(c.sb > 0.5, `sb ${c.sb}`);
  assert.ok(Math.abs(c.si) < 0.2, `si ${c.si}`);
  for (const v of [c.a, c.b, c.sb, c.si]) assert.ok(Number.isFinite(v));
  const pos = applySpanPlatt(c, 0, 2, -SPAN_SIGNAL_CLIP), neg = applySpanPlatt(c, 0, -2, -SPAN_SIGNAL_CLIP);
  assert.ok(pos > 0.5 && neg < 0.5, `${pos} ${neg}`);
});
