import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MODELS_ENV, shippedModelsPath } from './models-root.js';

test('SLANT_MODELS names the models folder; a lexicon it lacks is the shipped one', () => {
  const shipped = shippedModelsPath('genre');
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-models-'));
  const before = process.env[MODELS_ENV];
  try {
    process.env[MODELS_ENV] = dir;
    assert.equal(shippedModelsPath('genre'), path.join(dir, 'genre'));
    assert.equal(shippedModelsPath('lexicon'), path.join(path.dirname(shipped), 'lexicon'));
    mkdirSync(path.join(dir, 'lexicon'));
    assert.equal(shippedModelsPath('lexicon'), path.join(dir, 'lexicon'));
  } finally {
    if (before === undefined) delete process.env[MODELS_ENV];
    else process.env[MODELS_ENV] = before;
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(shippedModelsPath('genre'), shipped);
});
