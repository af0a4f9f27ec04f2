/**
 * The figures the README and docs/EXPERIMENTS.md print are the ones the shipped model headers
 * store: each table cell equals the serving file's figure for that language, at the precision
 * the cell is written with. A retrain that moves a figure fails here until the docs follow.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUPPORTED_LANGUAGES } from '../src/pipeline/run-models.js';
import { cvFigureFor, cvIntervalFor, shippedModels, type ModelFileInfo } from '../src/models/shipped-models.js';

const root = path.resolve(import.meta.dirname, '..');
const LANGS = ['en', 'fr', 'de', 'it', 'pl', 'ru'];
const shipped = shippedModels(SUPPORTED_LANGUAGES);

type Task = 'techniques' | 'frames' | 'genre' | 'spans';

/** The file serving `task` for `lang` (full set, or the fast set). */
function servingFile(task: Task, lang: string, fast = false): ModelFileInfo | undefined {
  const set = fast ? shipped.fast : shipped;
  const file = (set.serving[lang] as Record<string, string | null>)[task];
  return set.files.find((f: ModelFileInfo) => f.file === file);
}

/** The figure the file serving `task` for `lang` stores (full set, or the fast set). */
function served(task: Task, lang: string, fast = false): number {
  const info = servingFile(task, lang, fast);
  const figure = info ? cvFigureFor(info, lang) : null;
  assert.ok(figure !== null, `no ${fast ? 'fast ' : ''}${task} figure for ${lang}`);
  return figure.value;
}

/** The cells of the Markdown table row that starts with `label` in `text` (after the label cell; a table may be indented in a list). */
function row(text: string, label: string): string[] {
  const line = text.split('\n').map((l) => l.trimStart()).find((l) => l.startsWith(`| ${label} |`));
  assert.ok(line !== undefined, `no table row '${label}'`);
  return line.split('|').slice(2, -1).map((c) => c.trim());
}

/** Asserts that the number `written` (as in the docs) is `value` at the precision it is written with. */
function same(written: string, value: number, where: string): void {
  const decimals = written.split('.')[1]?.length ?? 0;
  assert.equal(written, value.toFixed(decimals), `${where}: the docs say ${written}, the model header ${value.toFixed(4)}`);
}

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const experiments = readFileSync(path.join(root, 'docs/EXPERIMENTS.md'), 'utf8');

test('the README\'s "How good is it" table prints the serving files\' figures', () => {
  const rows: [string, Task][] = [
    ['techniques per paragraph (micro-F1)', 'techniques'],
    ['frames (micro-F1)', 'frames'],
    ['genre (macro-F1)', 'genre'],
    ['spans, span identification F1', 'spans'],
  ];
  for (const [label, task] of rows) row(readme, label).forEach((cell, i) => same(cell, served(task, LANGS[i] as string), `README ${label}, ${LANGS[i]}`));
});

test('the README\'s fast table prints the fast files\' figures, and the full ones in brackets', () => {
  const rows: [string, Task][] = [
    ['techniques, micro-F1', 'techniques'],
    ['frames, micro-F1', 'frames'],
    ['genre, macro-F1', 'genre'],
  ];
  for (const [label, task] of rows) {
    row(readme, label).forEach((cell, i) => {
      const lang = LANGS[i] as string;
      const m = /^(\d\.\d+) \((\d\.\d+)\)$/.exec(cell);
      assert.ok(m, `README fast ${label}, ${lang}: '${cell}' is not 'fast (full)'`);
      same(m[1] as string, served(task, lang, true), `README fast ${label}, ${lang}`);
      same(m[2] as string, served(task, lang), `README fast ${label}, ${lang} (full)`);
    });
  }
});

test('docs/EXPERIMENTS.md "What ships" prints the serving files\' figures', () => {
  const rows: [string, Task][] = [
    ['techniques (micro-F1), bar', 'techniques'],
    ['frames (micro-F1), bar', 'frames'],
    ['genre (macro-F1), bar', 'genre'],
  ];
  for (const [label, task] of rows) {
    row(experiments, label).forEach((cell, i) => same(cell.split(',')[0] as string, served(task, LANGS[i] as string), `EXPERIMENTS ${label}, ${LANGS[i]}`));
  }
  row(experiments, 'spans SI-F1 / TA-F1').forEach((cell, i) => same(cell.split(' / ')[0] as string, served('spans', LANGS[i] as string), `EXPERIMENTS spans, ${LANGS[i]}`));
});

test('the README\'s interval table prints the serving files\' out-of-fold figures and bounds', () => {
  const rows: [string, Task][] = [
    ['techniques, all out of fold', 'techniques'],
    ['frames, all out of fold', 'frames'],
    ['genre, all out of fold', 'genre'],
    ['spans SI-F1, all out of fold', 'spans'],
  ];
  for (const [label, task] of rows) {
    row(readme, label).forEach((cell, i) => {
      const lang = LANGS[i] as string;
      const info = servingFile(task, lang);
      const interval = info ? cvIntervalFor(info, lang) : null;
      assert.ok(interval, `no ${task} interval for ${lang}`);
      const m = /^(\d\.\d+) \((\d\.\d+)–(\d\.\d+)\)$/.exec(cell);
      assert.ok(m, `README ${label}, ${lang}: '${cell}' is not 'figure (low–high)'`);
      same(m[1] as string, interval.value, `README ${label}, ${lang}`);
      same(m[2] as string, interval.low, `README ${label}, ${lang} (low)`);
      same(m[3] as string, interval.high, `README ${label}, ${lang} (high)`);
    });
  }
});

/** The calibration of the labels shown, as the README prints it: "mean score / share right". */
function calibration(task: Exclude<Task, 'spans'>, lang: string): string {
  const cv = servingFile(task, lang)?.cv as { perLanguage?: { lang: string; calibration?: { reported: { meanScore: number; precision: number } } }[] } | null;
  const reported = cv?.perLanguage?.find((p) => p.lang === lang)?.calibration?.reported;
  assert.ok(reported, `no ${task} calibration for ${lang}`);
  return `${reported.meanScore.toFixed(2)} / ${reported.precision.toFixed(2)}`;
}

test('the calibration tables of the README and docs/EXPERIMENTS.md print the serving files\' figures', () => {
  const rows: [string, Exclude<Task, 'spans'>][] = [
    ['techniques', 'techniques'],
    ['frames', 'frames'],
    ['genre (the one decided)', 'genre'],
  ];
  for (const [label, task] of rows) row(readme, label).forEach((cell, i) => assert.equal(cell, calibration(task, LANGS[i] as string), `README calibration, ${label}, ${LANGS[i]}`));
  // EXPERIMENTS.md lists them in one line per task: "techniques 0.42 / 0.41, 0.40 / 0.40, …".
  const line = experiments.split('\n').find((l) => l.startsWith('- Labels shown, mean score / share right')) ?? '';
  for (const [, task] of rows) {
    const listed = new RegExp(`${task} ((?:\\d\\.\\d\\d / \\d\\.\\d\\d(?:, )?){6})`).exec(line)?.[1]?.split(', ');
    assert.ok(listed, `docs/EXPERIMENTS.md: no ${task} calibration list`);
    listed.forEach((cell, i) => assert.equal(cell, calibration(task, LANGS[i] as string), `EXPERIMENTS calibration, ${task}, ${LANGS[i]}`));
  }
});

test('docs/EXPERIMENTS.md lists the fast files\' figures of today', () => {
  const line = experiments.split('\n').find((l) => l.startsWith('- Today: techniques')) ?? '';
  for (const task of ['techniques', 'frames', 'genre'] as const) {
    const listed = new RegExp(`${task} ((?:\\d\\.\\d+(?: / )?){6})`).exec(line)?.[1]?.split(' / ');
    assert.ok(listed, `docs/EXPERIMENTS.md: no fast ${task} list on the '- Today:' line`);
    listed.forEach((cell, i) => same(cell, served(task, LANGS[i] as string, true), `EXPERIMENTS fast ${task}, ${LANGS[i]}`));
  }
});
