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

/** A frames gold file of `n` articles and a prediction that gets every third article's frames wrong. */
function framesFiles(n: number): { gold: string; pred: string; perfect: string } {
  const dir = tempDir('slant-eval-boot-');
  const gold = Array.from({ length: n }, (_, i) => `${100 + i}\t${i % 2 ? 'Economic,Political' : 'Morality'}`);
  const pred = gold.map((row, i) => (i % 3 === 0 ? `${100 + i}\tCrime_and_punishment` : row));
  const file = (name: string, rows: string[]): string => {
    writeFileSync(path.join(dir, name), rows.join('\n') + '\n');
    return path.join(dir, name);
  };
  return { gold: file('gold.txt', gold), pred: file('pred.txt', pred), perfect: file('perfect.txt', gold) };
}

test('--bootstrap: a 95% interval over the articles, the same for the same seed', async () => {
  const files = framesFiles(30);
  const argv = ['eval', '--subtask', '2', '--gold', files.gold, '--pred', files.pred, '--bootstrap', '300', '--seed', '3'];
  const run = await runCli(argv);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout.split('\n')[1]!, /^ {2}95% interval 0\.\d{4} to 0\.\d{4} \(bootstrap: 300 resamples of the 30 articles, seed 3\)$/);
  assert.equal((await runCli(argv)).stdout, run.stdout);
  const json = JSON.parse((await runCli([...argv, '--json'])).stdout) as { official: { value: number }; bootstrap: { low: number; high: number; resamples: number; articles: number } };
  assert.ok(json.bootstrap.low < json.official.value && json.official.value < json.bootstrap.high, JSON.stringify(json.bootstrap));
  assert.deepEqual([json.bootstrap.resamples, json.bootstrap.articles], [300, 30]);
});

test('--compare: the second file scored on the same resampled articles, with the difference', async () => {
  const files = framesFiles(30);
  const run = await runCli(['eval', '--subtask', '2', '--gold', files.gold, '--pred', files.pred, '--compare', files.perfect, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { official: { value: number }; bootstrap: { resamples: number }; comparison: { official: { value: number }; paired: { difference: number; high: number; higher: number } } };
  assert.equal(report.bootstrap.resamples, 1000);
  assert.equal(report.comparison.official.value, 1);
  assert.ok(Math.abs(report.comparison.paired.difference - (report.official.value - 1)) < 1e-12);
  assert.ok(report.comparison.paired.high < 0);
  assert.equal(report.comparison.paired.higher, 0);
  const text = await runCli(['eval', '--subtask', '2', '--gold', files.gold, '--pred', files.pred, '--compare', files.perfect]);
  assert.match(text.stdout, /\n {2}compared with .*perfect\.txt: micro-F1 1\.0000; difference −0\.\d{4}, 95% interval −0\.\d{4} to −0\.\d{4}; higher in 0, lower in 1000, equal in 0 of the 1000 resamples\n/);
});

test('--bootstrap on few articles says the interval means little; bad resampling flags are usage errors', async () => {
  const few = await runCli(['eval', '--subtask', '1', '--gold', f('st1-gold.txt'), '--pred', f('st1-pred.txt'), '--bootstrap']);
  assert.equal(few.code, 0, few.stderr);
  assert.match(few.stdout, /note: the interval resamples only 4 articles and says little/);
  for (const flags of [['--bootstrap', '5'], ['--bootstrap', '1e3'], ['--seed', '2'], ['--bootstrap', '--seed', '-1']]) {
    const run = await runCli(['eval', '--subtask', '1', '--gold', f('st1-gold.txt'), '--pred', f('st1-pred.txt'), ...flags]);
    assert.equal(run.code, 2, flags.join(' '));
  }
  const seedAlone = await runCli(['eval', '--subtask', '1', '--gold', f('st1-gold.txt'), '--pred', f('st1-pred.txt'), '--seed', '2']);
  assert.match(seedAlone.stderr, /--seed seeds the resampling: add --bootstrap or --compare/);
});

test('--compare keeps the second file\'s notes, named', async () => {
  // Satire is in neither file, so each report notes which genres macro-F1 averages over.
  const dir = tempDir('slant-eval-notes-');
  const gold = path.join(dir, 'gold.txt');
  const other = path.join(dir, 'other.txt');
  writeFileSync(gold, '1\topinion\n2\treporting\n');
  writeFileSync(other, '1\topinion\n2\topinion\n');
  const run = await runCli(['eval', '--subtask', '1', '--gold', gold, '--pred', gold, '--compare', other]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /note: .*other\.txt: macro-F1 averages over opinion, reporting \(the genres present\)/);
});

test('--compare with a refused file names it and its line', async () => {
  const run = await runCli(['eval', '--subtask', '1', '--gold', f('st1-gold.txt'), '--pred', f('st1-pred.txt'), '--compare', f('st1-pred-unknown.txt')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /st1-pred-unknown\.txt:2: unknown genre "news"\n$/);
});
