/** `slant eval` on small fixtures we wrote; expected figures worked out in the comments. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { FIXTURES, runCli, tempDir } from './eval-helpers.js';

const f = (name: string): string => path.join(FIXTURES, name);

test('subtask 1: official macro-F1 first, then the per-label table (BOM/CRLF predictions accepted)', async () => {
  // gold o r s o / pred o o s o: opinion tp 2 fp 1 → 4/5; reporting fn 1 → 0; satire 1 → macro (0.8+0+1)/3 = 0.6
  const run = await runCli(['eval', '--subtask', '1', '--gold', f('st1-gold.txt'), '--pred', f('st1-pred.txt')]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout.split('\n')[0]!, /^subtask 1 \(genre\): macro-F1 = 0\.6000$/);
  assert.match(run.stdout, /micro-F1 0\.7500/);
  assert.match(run.stdout, /\nopinion\s+0\.6667\s+1\.0000\s+0\.8000\s+2\n/);
});

test('subtask 2: micro-F1 as JSON', async () => {
  // tp Economic + Morality = 2, fp Political (row 2) = 1, fn Political (row 1) = 1 → 4/(4+1+1) = 2/3
  const run = await runCli(['eval', '--subtask', '2', '--gold', f('st2-gold.txt'), '--pred', f('st2-pred.txt'), '--json']);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { official: { name: string; value: number }; perLabel: unknown[] };
  assert.equal(report.official.name, 'micro-F1');
  assert.ok(Math.abs(report.official.value - 2 / 3) < 1e-12);
  assert.equal(report.perLabel.length, 14);
});

test('spans: technique-aware F1 first', async () => {
  // see metrics.test.ts: P 1/2, R 1/4 → F1 1/3; SI F1 6/7
  const run = await runCli(['eval', '--subtask', 'spans', '--gold', f('spans-gold.txt'), '--pred', f('spans-pred.txt')]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^technique spans: span F1 \(technique-aware\) = 0\.3333\n/);
  assert.match(run.stdout, /SI F1 \(any technique\) 0\.8571/);
});

test('refused: an unknown label, with file and line', async () => {
  const run = await runCli(['eval', '--subtask', '1', '--gold', f('st1-gold.txt'), '--pred', f('st1-pred-unknown.txt')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /st1-pred-unknown\.txt:2: unknown genre "news"\n$/);
});

test('refused: a predicted row the gold lacks, with file and line', async () => {
  const run = await runCli(['eval', '--subtask', '3', '--gold', f('st3-gold.txt'), '--pred', f('st3-pred-extra.txt')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /st3-pred-extra\.txt:5: article 2 paragraph 2 is not in the gold file/);
});

test('refused: a duplicate row', async () => {
  const run = await runCli(['eval', '--subtask', '3', '--gold', f('st3-gold.txt'), '--pred', f('st3-pred-duplicate.txt')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /st3-pred-duplicate\.txt:3: duplicate row for article 1 paragraph 3 \(first on line 2\)/);
});

test('refused: missing gold rows are listed with their count', async () => {
  const run = await runCli(['eval', '--subtask', '3', '--gold', f('st3-gold.txt'), '--pred', f('st3-pred-missing.txt')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /2 of 4 gold rows have no prediction: article 1 paragraph 3 \(gold line 2\), article 2 paragraph 1 \(gold line 4\)/);
});

test('a missing file is one line, exit 1; a bad --subtask is a usage error, exit 2', async () => {
  const missing = await runCli(['eval', '--subtask', '1', '--gold', f('nope.txt'), '--pred', f('st1-pred.txt')]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nope\.txt: no such file\n$/);
  const usage = await runCli(['eval', '--subtask', '4', '--gold', 'a', '--pred', 'b']);
  assert.equal(usage.code, 2);
});

test('an empty gold file is refused, not scored 0', async () => {
  const dir = tempDir('slant-eval-');
  const empty = path.join(dir, 'empty.txt');
  writeFileSync(empty, '\n\n');
  for (const subtask of ['1', '2', '3', 'spans']) {
    const run = await runCli(['eval', '--subtask', subtask, '--gold', empty, '--pred', empty]);
    assert.equal(run.code, 1, subtask);
    assert.match(run.stderr, /empty\.txt: the gold file has no rows: nothing to score against\n$/);
  }
});
