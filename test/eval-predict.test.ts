/** `slant predict` on two small articles we wrote, and its output scored by `slant eval`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA, FIXTURES, runCli, tempDir } from './eval-helpers.js';

const ARTICLES = path.join(FIXTURES, 'articles');
const NOTICE = 'slant predict: using the trivial prior predictor (a floor to compare with, not a model)\n';

test('subtask 3: one row per non-empty line, numbered by line, articles in template order', async () => {
  const run = await runCli(['predict', '--prior', '--subtask', '3', '--lang', 'en', ARTICLES]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, NOTICE);
  // ids as strings: "1001" < "902"; article902 has non-empty lines 1, 3, 4 and 8 (line 7 is spaces)
  assert.equal(
    run.stdout,
    ['1001\t1', '1001\t3', '902\t1', '902\t3', '902\t4', '902\t8'].map((k) => `${k}\tLoaded_Language\n`).join(''),
  );
});

test('subtasks 1 and 2: one row per article, written to -o', async () => {
  const dir = tempDir('slant-predict-');
  const out = path.join(dir, 'st1.txt');
  const run = await runCli(['predict', '--prior', '--subtask', '1', ARTICLES, '-o', out]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.equal(readFileSync(out, 'utf8'), '1001\topinion\n902\topinion\n');
  const frames = await runCli(['predict', '--prior', '--subtask', '2', '--lang', 'ru', ARTICLES]);
  assert.match(frames.stdout, /^1001\tSecurity_and_defense,Economic,/);
});

test('--prior has no spans to predict: a usage error, not the span tagger under its name', async () => {
  const run = await runCli(['predict', '--prior', '--subtask', 'spans', ARTICLES]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--prior predicts labels, not spans/);
  assert.equal(run.stdout, '');
});

test('the predictions are accepted by slant eval', async () => {
  const dir = tempDir('slant-predict-');
  const out = path.join(dir, 'st3.txt');
  await runCli(['predict', '--prior', '--subtask', '3', '--lang', 'en', ARTICLES, '-o', out]);
  // gold: Loaded_Language once, Doubt once; predicted Loaded_Language on 6 rows → tp 1, fp 5, fn 1 → 2/(2+5+1) = 0.25
  const run = await runCli(['eval', '--subtask', '3', '--gold', path.join(FIXTURES, 'articles-st3-gold.txt'), '--pred', out, '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal((JSON.parse(run.stdout) as { official: { value: number } }).official.value, 0.25);
});

test('without --prior the shipped models predict, one row per paragraph; stderr names what English cannot find and that the articles are short', async () => {
  const run = await runCli(['predict', '--subtask', '3', '--lang', 'en', ARTICLES]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /^slant predict: 2 of 2 articles warned techniques-not-covered, e\.g\. article \d+: the technique model had no en training example of appeal to values, consequential oversimplification, appeal to time or questioning the reputation: [^\n]*\n$/);
  const keys = run.stdout.trimEnd().split('\n').map((row) => row.split('\t').slice(0, 2).join('\t'));
  assert.deepEqual(keys, ['1001\t1', '1001\t3', '902\t1', '902\t3', '902\t4', '902\t8']);
  // Our two articles are a few sentences long, shorter than any training article.
  const genre = await runCli(['predict', '--subtask', '1', '--lang', 'en', ARTICLES]);
  assert.match(genre.stderr, /^slant predict: 2 of 2 articles warned short-article, e\.g\. article \d+: this text has \d+ words; the genre model learnt from whole articles [^\n]*\n$/);
  assert.match(genre.stdout, /^1001\t(opinion|reporting|satire)\n902\t(opinion|reporting|satire)\n$/);
});

test('--fast predicts with the fast models, the same rows; it refuses spans', async () => {
  const run = await runCli(['predict', '--fast', '--subtask', '3', '--lang', 'en', ARTICLES]);
  assert.equal(run.code, 0, run.stderr);
  const keys = run.stdout.trimEnd().split('\n').map((row) => row.split('\t').slice(0, 2).join('\t'));
  assert.deepEqual(keys, ['1001\t1', '1001\t3', '902\t1', '902\t3', '902\t4', '902\t8']);
  const frames = await runCli(['predict', '--fast', '--subtask', '2', '--lang', 'en', ARTICLES]);
  assert.match(frames.stdout, /^1001\t[A-Za-z_,]*\n902\t[A-Za-z_,]*\n$/);
  const spans = await runCli(['predict', '--fast', '--subtask', 'spans', ARTICLES]);
  assert.equal(spans.code, 2);
  assert.match(spans.stderr, /--fast finds no spans/);
});

test('a folder without articles fails with exit code 1', async () => {
  const run = await runCli(['predict', '--prior', '--subtask', '1', path.join(FIXTURES, 'nope')]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /nope/);
});

test('a bad article is reported by name and left out; the others are predicted (exit 1); a file is not a folder', async () => {
  const dir = tempDir('slant-predict-');
  const folder = path.join(dir, 'articles');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'article1.txt'), 'Title\n\nThey are traitors and liars.\n');
  writeFileSync(path.join(folder, 'article2.txt'), '');
  writeFileSync(path.join(folder, 'article3.txt'), Buffer.from([0, 1, 2, 0, 255, 0, 7]));
  writeFileSync(path.join(folder, 'article5.txt'), 'Title\n\nThe council met on Tuesday.\n');
  for (const subtask of ['1', '3', 'spans']) {
    const out = path.join(dir, `pred-${subtask}.txt`);
    const run = await runCli(['predict', '--subtask', subtask, '--lang', 'en', folder, '-o', out]);
    assert.equal(run.code, 1, subtask);
    assert.match(run.stderr, /article2\.txt: is empty/);
    assert.match(run.stderr, /article3\.txt: /);
    assert.match(run.stderr, /2 articles named above could not be read and are left out of the predictions/);
    if (subtask === 'spans') continue;
    const ids = new Set(readFileSync(out, 'utf8').trim().split('\n').map((l) => l.split('\t')[0]));
    assert.deepEqual([...ids], ['1', '5'], subtask);
  }
  const file = await runCli(['predict', '--prior', '--subtask', '1', path.join(folder, 'article1.txt')]);
  assert.equal(file.code, 1);
  assert.match(file.stderr, /article1\.txt: is a file, not a folder of articles/);
});

test('on the official train folders, predicted rows are exactly the gold rows (all six languages)', { skip: !existsSync(DATA) && 'shared data absent: ../shared/data' }, async () => {
  const dir = tempDir('slant-predict-');
  for (const lang of ['en', 'fr', 'ge', 'it', 'po', 'ru']) {
    const out = path.join(dir, `${lang}.txt`);
    const base = path.join(DATA, 'semeval2023', lang);
    assert.equal((await runCli(['predict', '--prior', '--subtask', '3', path.join(base, 'train-articles-subtask-3'), '-o', out])).code, 0);
    const run = await runCli(['eval', '--subtask', '3', '--gold', path.join(base, 'train-labels-subtask-3.txt'), '--pred', out]);
    assert.equal(run.code, 0, `${lang}: ${run.stderr}`);
  }
});

test('articles in a language without training data: predictions, and one warning line per kind on stderr', async () => {
  // Our own Greek text: no training language, and a script the models never saw.
  const dir = tempDir('slant-predict-el-');
  writeFileSync(path.join(dir, 'article5.txt'), 'Το δημοτικό συμβούλιο ψήφισε χθες\n\nΟ νέος δρόμος θα περάσει έξω από την πόλη, είπε ο δήμαρχος.\n');
  const run = await runCli(['predict', '--subtask', '1', dir]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^5\t(opinion|reporting|satire)\n$/);
  assert.match(run.stderr, /^slant predict: 1 of 1 articles warned language-unsupported, e\.g\. article 5: slant has no training data for 'el'/m);
  assert.match(run.stderr, /^slant predict: 1 of 1 articles warned script-unseen, e\.g\. article 5: /m);
});
