/** `slant train fast --lang`: a fast model set trained on some languages of one's own data, loadable and used by `--fast`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { article } from './genre-frames-helpers.js';
import { runTrainFast } from '../src/train/run-train-fast.js';
import { loadFastModels } from '../src/models/fast-models.js';

/** An English-only SemEval layout of 24 articles of our own, in all three subtasks' folders. */
function englishLayout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'slant-fast-lang-'));
  const dir = path.join(root, 'en');
  const labels: Record<1 | 2 | 3, string[]> = { 1: [], 2: [], 3: [] };
  for (const s of [1, 2, 3] as const) mkdirSync(path.join(dir, `train-articles-subtask-${s}`), { recursive: true });
  let id = 1;
  for (const theme of ['money', 'health']) {
    for (const voice of ['opinion', 'reporting']) {
      for (let i = 0; i < 6; i++, id++) {
        const text = article(theme, voice, i);
        for (const s of [1, 2, 3] as const) writeFileSync(path.join(dir, `train-articles-subtask-${s}`, `article${id}.txt`), text);
        labels[1].push(`${id}\t${voice}`);
        labels[2].push(`${id}\t${theme === 'money' ? 'Economic' : 'Health_and_safety'}`);
        // Paragraphs are the non-empty lines: 1 (title), 3, 4, 5, 6.
        for (const n of [1, 3, 4, 5, 6]) labels[3].push(`${id}\t${n}\t${voice === 'opinion' && n % 2 === 0 ? 'Loaded_Language' : ''}`);
      }
    }
  }
  for (const s of [1, 2, 3] as const) writeFileSync(path.join(dir, `train-labels-subtask-${s}.txt`), `${labels[s].join('\n')}\n`);
  return root;
}

test('train fast --lang en trains on English alone and writes a fast set that loads', async () => {
  const root = englishLayout();
  const out = path.join(root, 'out');
  try {
    const lines: string[] = [];
    // Without --lang the five other languages' folders are missing: one line naming the file.
    await assert.rejects(runTrainFast({ data: root, out, folds: 2, seed: 1 }, () => {}), (e: Error) => e.name === 'InputError' && /fr/.test(String(e)));
    const written = await runTrainFast({ data: root, langs: ['en'], out, folds: 2, seed: 1 }, (l) => lines.push(l));
    assert.ok(lines.some((l) => l.startsWith('training fast techniques (en)')), lines.join('\n'));
    for (const f of ['techniques.slm', 'genre.slm', 'frames.slm', 'MODEL_CARD.md']) assert.ok(existsSync(path.join(out, 'fast', f)), f);
    assert.ok(written.every((f) => existsSync(f)));
    const models = loadFastModels(path.join(out, 'fast'));
    assert.deepEqual(models.techniques.header.languages, ['en']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
