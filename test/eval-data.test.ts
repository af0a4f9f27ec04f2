/** `slant eval` of each official gold file against itself gives 1.0 (skips without ../shared/data). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DATA, runCli } from './eval-helpers.js';

const skip = !existsSync(DATA) && 'shared data absent: ../shared/data';
const LANGS = ['en', 'fr', 'ge', 'it', 'po', 'ru'];
const FILES: Array<[string, string]> = [
  ['1', 'train-labels-subtask-1.txt'],
  ['2', 'train-labels-subtask-2.txt'],
  ['3', 'train-labels-subtask-3.txt'],
  ['spans', 'train-labels-subtask-3-spans'],
];

for (const lang of LANGS) {
  test(`gold against itself gives 1.0: ${lang}, subtasks 1, 2, 3 and spans`, { skip }, async () => {
    for (const [subtask, name] of FILES) {
      const gold = path.join(DATA, 'semeval2023', lang, name);
      const run = await runCli(['eval', '--subtask', subtask, '--gold', gold, '--pred', gold, '--json']);
      assert.equal(run.code, 0, run.stderr);
      const report = JSON.parse(run.stdout) as { official: { value: number } };
      assert.equal(report.official.value, 1, `${lang} subtask ${subtask}`);
    }
  });
}
