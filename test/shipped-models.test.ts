import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shippedModels, SHIPPED_TASKS } from '../src/models/shipped-models.js';
import { techniqueModelFor } from '../src/models/model-registry.js';
import { loadArticleModel } from '../src/models/genre-frames-load.js';
import { SUPPORTED_LANGUAGES } from '../src/pipeline/run-models.js';
import { modelsTable } from '../src/cli/models.js';

const repoRoot = path.resolve(import.meta.dirname, '..');

test('shipped models: every task has files, and each language is served by files that name it', () => {
  const { files, serving } = shippedModels([...SUPPORTED_LANGUAGES, 'und']);
  for (const task of SHIPPED_TASKS) assert.ok(files.some((f) => f.task === task), `no ${task} file listed`);
  for (const lang of SUPPORTED_LANGUAGES) {
    for (const task of SHIPPED_TASKS) {
      const file = files.find((f) => f.file === serving[lang]?.[task]);
      assert.ok(file, `${lang} ${task}: ${String(serving[lang]?.[task])} is not among the listed files`);
      assert.ok(file.languages.includes(lang), `${lang} ${task}: ${file.file} was not trained on ${lang}`);
      assert.ok(file.bytes > 0 && file.labels > 0);
    }
  }
  // A language without training data: the pooled files, and no tagger or sentence model.
  assert.deepEqual(serving['und'], { techniques: 'techniques/techniques.slm', sentences: null, spans: null, frames: 'frames/frames.slm', genre: 'genre/genre.slm' });
});

test('shipped models: the listing names the files the analysis loads', () => {
  const { files, serving } = shippedModels(SUPPORTED_LANGUAGES);
  const idOf = (file: string | null | undefined): string | undefined => files.find((f) => f.file === file)?.id;
  for (const lang of SUPPORTED_LANGUAGES) {
    assert.equal(idOf(serving[lang]?.techniques), techniqueModelFor(lang).header.id, lang);
    assert.equal(idOf(serving[lang]?.frames), loadArticleModel('frames', lang).header.id, lang);
    assert.equal(idOf(serving[lang]?.genre), loadArticleModel('genre', lang).header.id, lang);
    // A frames file that decides with a companion names the file the analysis loads beside it.
    const frames = files.find((f) => f.file === serving[lang]?.frames);
    const companion = loadArticleModel('frames', lang).companion;
    assert.equal(frames?.companion === undefined ? null : idOf(frames.companion), companion?.header.id ?? null, lang);
  }
});

test('shipped models: an unreadable technique file that the choice for a language reads is what serves it', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'slant-shipped-'));
  try {
    mkdirSync(path.join(root, 'techniques'));
    writeFileSync(path.join(root, 'techniques/techniques.slm'), 'not a model');
    const own = readFileSync(path.join(repoRoot, 'models/techniques/techniques-it.slm'));
    writeFileSync(path.join(root, 'techniques/techniques-it.slm'), own.subarray(0, 12 + own.readUInt32LE(8)));
    const shipped = shippedModels(['it', 'fr'], root);
    assert.equal(shipped.serving['it']?.techniques, 'techniques/techniques.slm');
    assert.equal(shipped.serving['fr']?.techniques, 'techniques/techniques.slm');
    assert.match(modelsTable(shipped), /^it +unreadable techniques\.slm/m);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('shipped models: headers alone are read, and an unreadable file is listed with its error', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'slant-shipped-'));
  try {
    for (const dir of ['techniques', 'spans']) mkdirSync(path.join(root, dir));
    const pooled = readFileSync(path.join(repoRoot, 'models/techniques/techniques.slm'));
    // Cut right after the header: a listing must not need the weights.
    const headerEnd = 12 + pooled.readUInt32LE(8);
    writeFileSync(path.join(root, 'techniques/techniques.slm'), pooled.subarray(0, headerEnd));
    writeFileSync(path.join(root, 'spans/spans-fr.slm'), 'not a model');
    const { files, serving, fast } = shippedModels(['fr'], root);
    assert.deepEqual(files.map((f) => [f.task, f.file, f.bytes]), [['techniques', 'techniques/techniques.slm', headerEnd], ['spans', 'spans/spans-fr.slm', 11]]);
    assert.equal(files[0]?.error, undefined);
    assert.match(files[1]?.error ?? '', /spans-fr\.slm: not a slant model file/);
    assert.deepEqual(files[1]?.languages, []);
    assert.deepEqual(fast, { files: [], serving: { fr: { techniques: null, frames: null, genre: null } } });
    assert.match(modelsTable({ files, serving, fast }), /unreadable spans-fr\.slm[\s\S]*unreadable model files[\s\S]*spans-fr\.slm: not a slant model file/);
    assert.deepEqual(serving['fr'], { techniques: 'techniques/techniques.slm', sentences: null, spans: 'spans/spans-fr.slm', frames: null, genre: null });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
