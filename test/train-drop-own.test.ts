import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeModel, encodeModel, type ModelHeader } from '../src/models/model-file.js';
import { servingTechnique, shippedModelDir } from '../src/models/model-registry.js';
import { POOLED_MIN_GAIN } from '../src/models/serving-margins.js';
import { dropLosingOwnModels } from '../src/train/run-train-techniques.js';

const shipped = shippedModelDir();
const skip = !existsSync(path.join(shipped, 'techniques.slm')) && `shipped models absent: ${shipped}`;

test('training keeps a language\'s own technique file only where it beats the pooled one', { skip }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-drop-own-'));
  try {
    copyFileSync(path.join(shipped, 'techniques.slm'), path.join(dir, 'techniques.slm'));
    copyFileSync(path.join(shipped, 'techniques-it.slm'), path.join(dir, 'techniques-it.slm'));
    // A German own model that scored far below the pooled model's German figure.
    const { header, q } = decodeModel(readFileSync(path.join(shipped, 'techniques-it.slm')), 'it');
    const cv = header.cv as { perLanguage: { lang: string; micro: { mean: number } }[] };
    const weak: Omit<ModelHeader, 'body'> = {
      ...header,
      id: 'techniques-de',
      languages: ['de'],
      decisions: { de: header.decisions['it']! },
      unsupported: { de: [] },
      cv: { ...cv, perLanguage: [{ ...cv.perLanguage[0]!, lang: 'de', micro: { ...cv.perLanguage[0]!.micro, mean: 0.1 } }] },
    };
    writeFileSync(path.join(dir, 'techniques-de.slm'), encodeModel(weak, q));
    const lines: string[] = [];
    const removed = dropLosingOwnModels(dir, ['de', 'it', 'fr'], (l) => lines.push(l));
    assert.deepEqual(removed, [path.join(dir, 'techniques-de.slm')]);
    assert.ok(!existsSync(path.join(dir, 'techniques-de.slm')));
    assert.ok(existsSync(path.join(dir, 'techniques-it.slm')), 'the Italian own model wins and stays');
    assert.match(lines.join('\n'), /^de: the pooled model scores at least 0\.005 higher on de/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the pooled technique model serves a language only when it beats the own model by POOLED_MIN_GAIN', () => {
  const header = (mean: number) => ({ cv: { perLanguage: [{ lang: 'en', micro: { mean } }] } }) as unknown as ModelHeader;
  const serving = (own: number, pooled: number) => servingTechnique('en', ['own', 'pooled'], (c) => header(c === 'own' ? own : pooled));
  assert.equal(serving(0.424, 0.425), 'own', 'a gain inside the margin keeps the cheaper own model');
  assert.equal(serving(0.424, 0.424 + POOLED_MIN_GAIN), 'pooled');
  assert.equal(serving(0.4, 0.45), 'pooled');
  assert.equal(servingTechnique('en', ['pooled'], () => header(0.3)), 'pooled', 'without an own model the pooled one serves');
});
