import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featuresForLanguage } from './model-file.js';
import { DEFAULT_FEATURES } from '../features/feature-config.js';

test('features for a language: a pooled model drops its language copies only for languages it has no data for', () => {
  const pooled = { features: { ...DEFAULT_FEATURES, langFeatures: true }, languages: ['en', 'de'] };
  assert.equal(featuresForLanguage(pooled, 'de'), pooled.features);
  assert.equal(featuresForLanguage(pooled, 'es').langFeatures, false);
  assert.deepEqual({ ...featuresForLanguage(pooled, 'es'), langFeatures: true }, pooled.features);
  const own = { features: DEFAULT_FEATURES, languages: ['fr'] };
  assert.equal(featuresForLanguage(own, 'es'), own.features);
});
