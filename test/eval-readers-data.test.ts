/**
 * Every official label, span, template and PTC file in ../shared/data must parse strictly.
 * Skips, saying why, when the shared data are absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  readFrameLabels,
  readGenreLabels,
  readPtcSpans,
  readPtcTechniques,
  readSpanLabels,
  readTechniqueLabels,
  readTemplate,
} from '../src/ingest/semeval-labels.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(repoRoot, '../shared/data');
const skip = !existsSync(DATA) && 'shared data absent: ../shared/data';
const SEMEVAL = path.join(DATA, 'semeval2023');
const TRAIN_LANGS = ['en', 'fr', 'ge', 'it', 'po', 'ru'];
const ALL_LANGS = [...TRAIN_LANGS, 'es', 'gr', 'ka'];

test('official subtask 1-3 train label files parse strictly', { skip }, async () => {
  for (const lang of TRAIN_LANGS) {
    const dir = path.join(SEMEVAL, lang);
    const st1 = await readGenreLabels(path.join(dir, 'train-labels-subtask-1.txt'));
    const st2 = await readFrameLabels(path.join(dir, 'train-labels-subtask-2.txt'));
    const st3 = await readTechniqueLabels(path.join(dir, 'train-labels-subtask-3.txt'));
    assert.ok(st1.rows.length > 100 && st2.rows.length > 100 && st3.rows.length > 1000, lang);
    let perArticle = 0;
    const folder = path.join(dir, 'train-labels-subtask-3');
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt'))) {
      perArticle += (await readTechniqueLabels(path.join(folder, name))).rows.length;
    }
    assert.equal(perArticle, st3.rows.length, `${lang}: per-article files add up to the combined file`);
  }
});

test('official span folders parse strictly', { skip }, async () => {
  for (const lang of TRAIN_LANGS) {
    const spans = await readSpanLabels(path.join(SEMEVAL, lang, 'train-labels-subtask-3-spans'));
    assert.ok(spans.rows.length > 2000, lang);
    assert.ok(spans.articles.size > 100, lang);
  }
});

test('official templates parse, glued rows of the combined files repaired', { skip }, async () => {
  for (const lang of TRAIN_LANGS) {
    const dir = path.join(SEMEVAL, lang);
    const combined = await readTemplate(path.join(dir, 'train-labels-subtask-3.template'));
    const labels = await readTechniqueLabels(path.join(dir, 'train-labels-subtask-3.txt'));
    const key = (r: { id: string; paragraph: number }): string => `${r.id}:${r.paragraph}`;
    assert.deepEqual(combined.rows.map(key).sort(), labels.rows.map(key).sort(), `${lang}: template rows = label rows`);
    const folder = path.join(dir, 'train-labels-subtask-3');
    const texts = new Map<string, string>();
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.template'))) {
      for (const row of (await readTemplate(path.join(folder, name))).rows) texts.set(key(row), row.text);
    }
    const differ = combined.rows.filter((r) => texts.get(key(r)) !== r.text).length;
    assert.equal(differ, 0, `${lang}: combined template text = per-article template text`);
  }
  for (const lang of ALL_LANGS) {
    const test = await readTemplate(path.join(SEMEVAL, lang, 'test-labels-subtask-3.template'));
    assert.ok(test.rows.length > 100, lang);
  }
});

test('official PTC files parse strictly, combined and per article', { skip }, async () => {
  const ptc = path.join(DATA, 'ptc2020');
  for (const split of ['train', 'dev']) {
    const si = await readPtcSpans(path.join(ptc, `${split}-task-si.labels`));
    const tc = await readPtcTechniques(path.join(ptc, `${split}-task-flc-tc.labels`));
    assert.equal((await readPtcSpans(path.join(ptc, `${split}-labels-task-si`))).rows.length, si.rows.length);
    assert.equal((await readPtcTechniques(path.join(ptc, `${split}-labels-task-flc-tc`))).rows.length, tc.rows.length);
  }
});
