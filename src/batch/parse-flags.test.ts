import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJobs, parseScore, parseTasks, parseThreshold, parseLang, parseTrainingLangs } from './parse-flags.js';
import { safeFileStem } from '../file-stem.js';
import { StdoutWriter } from './stdout-writer.js';
import { formatDuration } from './progress-bar.js';

test('--threshold takes one number or per-label values', () => {
  assert.deepEqual(parseThreshold('0.4'), { threshold: 0.4 });
  assert.deepEqual(parseThreshold('Loaded_Language=0.3,Doubt=0.6'), { thresholds: { Loaded_Language: 0.3, Doubt: 0.6 } });
  assert.deepEqual(parseThreshold('Economic=0.5'), { thresholds: { Economic: 0.5 } });
});

test('--threshold refuses unknown labels and scores outside [0, 1]', () => {
  assert.throws(() => parseThreshold('Loaded=0.3'), /unknown label "Loaded"/);
  assert.throws(() => parseThreshold('1.5'), /from 0 to 1/);
  assert.throws(() => parseScore(''), /from 0 to 1/);
  assert.throws(() => parseScore('0x1'), /from 0 to 1/);
  assert.equal(parseScore('.5'), 0.5);
  assert.equal(parseScore('1'), 1);
  assert.throws(() => parseThreshold('Doubt=0.3,Doubt=0.9'), /"Doubt" is given twice/);
});

test('--tasks and --jobs', () => {
  assert.deepEqual(parseTasks('genre, techniques,genre'), ['genre', 'techniques']);
  assert.throws(() => parseTasks('framing'), /unknown task "framing"/);
  assert.equal(parseJobs('3'), 3);
  assert.throws(() => parseJobs('0'), /whole number/);
});

test('report file names are safe and never climb out of the folder', () => {
  assert.equal(safeFileStem('../etc/passwd'), 'etc_passwd');
  assert.equal(safeFileStem('...'), 'article');
  assert.equal(safeFileStem('article 12'), 'article_12');
  // Letters of any script stay (they all became "article" before); a stem fits a file system's name limit.
  assert.equal(safeFileStem('Пример статьи'), 'Пример_статьи');
  assert.equal(safeFileStem('città/vecchia'), 'città_vecchia');
  assert.ok(Buffer.byteLength(safeFileStem('報道'.repeat(200))) <= 120);
  // Counted in UTF-8 bytes without Node's Buffer (the web page uses it too): 4-byte letters, 30 of them.
  assert.equal(safeFileStem('𝔸'.repeat(40)), '𝔸'.repeat(30));
  assert.equal(safeFileStem('é'.repeat(70)), 'é'.repeat(60));
});

test('report file names stay unique, case-insensitively, however many ids share a stem', async () => {
  const { OutDirWriter } = await import('./out-dir-writer.js');
  const w = new OutDirWriter('/nonexistent-never-opened', 'html');
  const names = [w.fileFor('index'), w.fileFor('a-2'), ...Array.from({ length: 20_000 }, (_, i) => w.fileFor(i % 2 === 0 ? 'A' : 'a'))];
  assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length);
  assert.deepEqual(names.slice(0, 6), ['index-2.html', 'a-2.html', 'A.html', 'a-3.html', 'A-4.html', 'a-5.html']);
});

test('json: one file is one document, several inputs an array', () => {
  const run = (outputs: string[], array = false): string => {
    let s = '';
    const w = new StdoutWriter('json', (t) => (s += t), { array });
    outputs.forEach((o) => w.write(o));
    w.end();
    return s;
  };
  assert.deepEqual(JSON.parse(run(['{"a": 1}\n'])), { a: 1 });
  assert.deepEqual(JSON.parse(run(['{"a": 1}\n', '{"a": 2}\n', '{"a": 3}\n'])), [{ a: 1 }, { a: 2 }, { a: 3 }]);
  assert.equal(run([]), '[]\n');
  // A run over several inputs (a folder, a corpus) is an array even when one article succeeds.
  assert.deepEqual(JSON.parse(run(['{"a": 1}\n'], true)), [{ a: 1 }]);
  assert.deepEqual(JSON.parse(run(['{"a": 1}\n', '{"a": 2}\n'], true)), [{ a: 1 }, { a: 2 }]);
  assert.equal(run([], true), '[]\n');
});

test('durations for the ETA', () => {
  assert.deepEqual([formatDuration(42), formatDuration(185), formatDuration(7800)], ['42s', '3m05s', '2h10m']);
});

test('--lang: auto, or a language code normalised (ge → de); words and empty values are refused', () => {
  assert.equal(parseLang('auto'), 'auto');
  assert.equal(parseLang('fr'), 'fr');
  assert.equal(parseLang('GE'), 'de');
  assert.equal(parseLang('el'), 'el');
  for (const bad of ['english', '', 'e n', 'fr,de']) assert.throws(() => parseLang(bad), /expected auto or a language code/);
});

test('--lang of the trainers: the six training languages in either spelling', () => {
  assert.equal(parseTrainingLangs('en,ge,po'), 'en,ge,po');
  assert.equal(parseTrainingLangs(''), '');
  assert.throws(() => parseTrainingLangs('en,xx'), /unknown language 'xx'/);
  assert.throws(() => parseTrainingLangs('es'), /unknown language 'es'/);
});
