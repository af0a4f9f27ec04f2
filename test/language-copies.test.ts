import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../src/segment/index.js';
import { Emitter, emitParagraphTo } from '../src/features/paragraph-features.js';
import { RowBuilder, type FeatureSink } from '../src/features/feature-sink.js';
import { OccurrenceRecorder } from '../src/features/occurrence-recorder.js';
import { DEFAULT_FEATURES, checkFeatureConfig, type FeatureConfig } from '../src/features/feature-config.js';

const TEXT = 'Nobody asked the village before the road was drawn across its fields.';
const doc = segment({ id: 'x', text: `A road nobody wanted\n\n${TEXT}` }, { lang: 'en' });
const POOLED: FeatureConfig = { ...DEFAULT_FEATURES, bits: 16, langFeatures: true };

/** Every occurrence the emitter sends one by one, as [bucket, value, from, to]. */
function occurrences(config: FeatureConfig): number[][] {
  const out: number[][] = [];
  const sink: FeatureSink = { add: (index, value, from, to) => { out.push([index, value, from, to]); } };
  emitParagraphTo(new Emitter(config, 'en', { sink }), doc, 1);
  return out;
}

test('each feature of a pooled model comes with a language copy weighted langWeight times the shared one', () => {
  const one = occurrences(POOLED);
  const scaled = occurrences({ ...POOLED, langWeight: 0.6 });
  assert.equal(scaled.length, one.length);
  assert.ok(one.length > 40);
  for (let k = 0; k < one.length; k += 2) {
    const [shared, copy] = [scaled[k] as number[], scaled[k + 1] as number[]];
    assert.deepEqual(shared, one[k], 'the shared feature is unchanged');
    assert.equal(copy[0], (one[k + 1] as number[])[0], 'the copy keeps its bucket');
    assert.ok(Math.abs(Math.abs(copy[1] as number) - 0.6 * Math.abs(shared[1] as number)) < 1e-12);
  }
});

test('a weighted language copy gives the same row and occurrences through the bulk paths as one by one', () => {
  const config: FeatureConfig = { ...POOLED, langWeight: 0.6 };
  const bulk = new RowBuilder(config.bits);
  const bulkRecorder = new OccurrenceRecorder();
  emitParagraphTo(new Emitter(config, 'en', { builder: bulk, recorder: bulkRecorder }), doc, 1);
  const single = new RowBuilder(config.bits);
  const singleRecorder = new OccurrenceRecorder();
  emitParagraphTo(new Emitter(config, 'en', { sink: { add(i, v, f, t, raw) { single.add(i, v, f, t, raw); singleRecorder.add(i, v, f, t); } } }), doc, 1);
  assert.deepEqual(bulk.take(), single.take());
  assert.equal(bulkRecorder.length, singleRecorder.length);
  assert.deepEqual(bulkRecorder.value.slice(0, bulkRecorder.length), singleRecorder.value.slice(0, singleRecorder.length));
  assert.deepEqual(bulkRecorder.index.slice(0, bulkRecorder.length), singleRecorder.index.slice(0, singleRecorder.length));
});

test('a model file with a language copy weight that is not a positive number is refused', () => {
  assert.equal(checkFeatureConfig({ ...POOLED, langWeight: 0.6 }), null);
  assert.equal(checkFeatureConfig(POOLED), null);
  assert.match(checkFeatureConfig({ ...POOLED, langWeight: 0 }) ?? '', /language copy weight/);
  assert.match(checkFeatureConfig({ ...POOLED, langWeight: '1' }) ?? '', /language copy weight/);
});
