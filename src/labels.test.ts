import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { CATEGORIES, FRAMES, TECHNIQUES, TECHNIQUE_INFO, FRAME_INFO, categoryOf } from './labels.js';

const LISTS = resolve(fileURLToPath(new URL('..', import.meta.url)), '../shared/data/semeval2023/scorers-lists');

test('labels: 23 techniques, 14 frames, 6 categories', () => {
  assert.equal(TECHNIQUES.length, 23);
  assert.equal(FRAMES.length, 14);
  assert.equal(CATEGORIES.length, 6);
});

test('labels: every technique has info whose id matches, and a category', () => {
  for (const t of TECHNIQUES) {
    assert.equal(TECHNIQUE_INFO[t].id, t);
    assert.ok(CATEGORIES.includes(categoryOf(t)));
  }
  for (const f of FRAMES) assert.equal(FRAME_INFO[f].id, f);
});

test('labels: ids equal the official lists', { skip: !existsSync(LISTS) && `shared data absent: ${LISTS}` }, () => {
  const read = (name: string) => readFileSync(resolve(LISTS, name), 'utf8').split(/\r?\n/).filter(Boolean);
  assert.deepEqual([...TECHNIQUES].sort(), read('techniques_subtask3.txt').sort());
  assert.deepEqual([...FRAMES].sort(), read('frames_subtask2.txt').sort());
});
