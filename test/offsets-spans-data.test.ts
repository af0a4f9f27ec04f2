/**
 * Offsets on the real span files (when ../shared/data is present): for every span of every
 * SemEval-2023 span folder (six languages) and of the PTC SI and TC files, converting the
 * code-point offsets to UTF-16 with OffsetMap and slicing the raw text gives the same characters
 * as slicing by code points. Raw texts keep their BOMs and CRLFs, as SemEval counts them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OffsetMap } from '../src/document/offsets.js';
import { readSpanLabels } from '../src/ingest/semeval-spans.js';
import { readPtcSpans, readPtcTechniques } from '../src/ingest/ptc-labels.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(repoRoot, '../shared/data');
const skip = !existsSync(DATA) && 'shared data absent: ../shared/data';

/** Checks every span of `rows` against the articles in `articleDir`; returns how many were checked. */
function checkSpans(rows: { id: string; start: number; end: number }[], articleDir: string): number {
  const texts = new Map<string, { text: string; cps: string[]; map: OffsetMap }>();
  for (const row of rows) {
    let t = texts.get(row.id);
    if (!t) {
      const text = readFileSync(path.join(articleDir, `article${row.id}.txt`), 'utf8');
      t = { text, cps: Array.from(text), map: new OffsetMap(text) };
      texts.set(row.id, t);
    }
    const byCodePoints = t.cps.slice(row.start, row.end).join('');
    const byUtf16 = t.text.slice(t.map.toUtf16(row.start), t.map.toUtf16(row.end));
    assert.equal(byUtf16, byCodePoints, `article${row.id} [${row.start}, ${row.end})`);
  }
  return rows.length;
}

test('SemEval-2023 span files: UTF-16 slices equal code-point slices (six languages)', { skip }, async () => {
  const counts: string[] = [];
  for (const lang of ['en', 'fr', 'ge', 'it', 'po', 'ru']) {
    const base = path.join(DATA, 'semeval2023', lang);
    const spans = await readSpanLabels(path.join(base, 'train-labels-subtask-3-spans'));
    counts.push(`${lang} ${checkSpans(spans.rows, path.join(base, 'train-articles-subtask-3'))}`);
  }
  console.log(`offsets checked: ${counts.join(', ')}`);
});

test('PTC span and technique files: UTF-16 slices equal code-point slices', { skip }, async () => {
  const ptc = path.join(DATA, 'ptc2020');
  let n = 0;
  for (const split of ['train', 'dev']) {
    const articles = path.join(ptc, `${split}-articles`);
    n += checkSpans((await readPtcSpans(path.join(ptc, `${split}-task-si.labels`))).rows, articles);
    n += checkSpans((await readPtcTechniques(path.join(ptc, `${split}-task-flc-tc.labels`))).rows, articles);
  }
  console.log(`offsets checked: PTC ${n}`);
});
