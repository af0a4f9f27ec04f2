import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FRAMES, GENRES } from '../src/labels.js';
import { MultiLabelTally, SingleLabelTally, CV_BOOTSTRAP, type CvInterval } from '../src/train/cv-interval.js';
import { scoreTechniques } from '../src/train/technique-metrics.js';
import { scoreSingleLabel } from '../src/eval/single-label.js';
import { trainArticleModel } from '../src/train/genre-frames-train.js';
import { buildArticleDataset } from '../src/train/genre-frames-dataset.js';
import { crossValidateFrames, crossValidateGenre } from '../src/train/genre-frames-cv.js';
import { writeArticleModelCard } from '../src/train/genre-frames-card.js';
import { mulberry32 } from '../src/models/prng.js';
import { tinyRows, TINY } from './genre-frames-helpers.js';

/** Random 0/1 matrices of `rows` × `L` whose rows belong to `articles` articles (several rows each). */
function randomRows(rows: number, L: number, articles: number, seed: number): { pred: Uint8Array; targets: Uint8Array; groups: string[] } {
  const random = mulberry32(seed);
  const bit = (p: number): number => (random() < p ? 1 : 0);
  return {
    targets: Uint8Array.from({ length: rows * L }, () => bit(0.2)),
    pred: Uint8Array.from({ length: rows * L }, () => bit(0.25)),
    groups: Array.from({ length: rows }, (_, r) => `a${r % articles}`),
  };
}

function checkShape(i: CvInterval, articles: number): void {
  assert.equal(i.articles, articles);
  assert.equal(i.resamples, CV_BOOTSTRAP.resamples);
  assert.equal(i.level, 0.95);
  assert.ok(i.low <= i.value && i.value <= i.high, JSON.stringify(i));
}

test('a technique interval is around the micro-F1 of all the rows taken, resampling their articles', () => {
  const labels = ['A', 'B', 'C'];
  const { pred, targets, groups } = randomRows(300, labels.length, 40, 7);
  const take = (r: number): boolean => r % 3 !== 0;
  const tally = new MultiLabelTally(labels);
  tally.add(pred, targets, groups, take);
  const i = tally.interval();
  const mask = Uint8Array.from(groups, (_, r) => (take(r) ? 1 : 0));
  assert.equal(i.value, Math.round(scoreTechniques(pred, targets, labels, mask).micro * 1e4) / 1e4);
  checkShape(i, 40);
  assert.ok(i.high - i.low > 0.02, 'forty articles leave room');
  assert.deepEqual(tally.interval(), i, 'the same seed every time');
});

test('repeats add to their articles: the same predictions twice keep the figure and the articles', () => {
  const labels = ['A', 'B'];
  const { pred, targets, groups } = randomRows(120, labels.length, 30, 3);
  const once = new MultiLabelTally(labels);
  once.add(pred, targets, groups, () => true);
  const twice = new MultiLabelTally(labels);
  twice.add(pred, targets, groups, () => true);
  twice.add(pred, targets, groups, () => true);
  assert.deepEqual(twice.interval(), once.interval(), 'doubling every count changes no ratio');
});

test('a genre interval is around the macro-F1 over the genres present', () => {
  const random = mulberry32(11);
  const pick = (): string => GENRES[Math.floor(random() * GENRES.length)] as string;
  const pairs = Array.from({ length: 90 }, (_, r) => ({ id: `a${r}`, gold: pick(), pred: pick() }));
  const tally = new SingleLabelTally(GENRES);
  for (const p of pairs) tally.add(p.id, p.gold, p.pred);
  const i = tally.interval();
  assert.equal(i.value, Math.round(scoreSingleLabel(pairs, GENRES).macro.f1 * 1e4) / 1e4);
  checkShape(i, 90);
});

for (const task of ['genre', 'frames'] as const) {
  test(`${task}: the file stores the out-of-fold figure of every repeat with its interval, and the card shows it`, () => {
    const rows = tinyRows(task);
    const trained = trainArticleModel(rows, { ...TINY, task, id: `${task}-tiny`, labels: task === 'genre' ? GENRES : FRAMES });
    const i = (trained.header.cv as { perLanguage: { interval: CvInterval }[] }).perLanguage[0]!.interval;
    checkShape(i, rows.length);
    const dir = mkdtempSync(path.join(tmpdir(), `slant-${task}-interval-`));
    try {
      writeFileSync(path.join(dir, `${task}.slm`), trained.bytes);
      const card = readFileSync(writeArticleModelCard(task, dir), 'utf8');
      assert.ok(card.includes(`| ${i.value.toFixed(3)} (${i.low.toFixed(3)}–${i.high.toFixed(3)}), ${rows.length} articles |`), card);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('genre and frames cross-validation return each repeat\'s decisions, which score as the figure counts them', () => {
  for (const task of ['genre', 'frames'] as const) {
    const labels = task === 'genre' ? GENRES : FRAMES;
    const ds = buildArticleDataset(tinyRows(task), labels, TINY.base, TINY.article);
    const o = { folds: 2, seed: 1, bits: TINY.base.bits, learner: TINY.learner, thresholds: TINY.thresholds };
    const cv = (repeats: number) => (task === 'genre' ? crossValidateGenre(ds, { ...o, repeats }) : crossValidateFrames(ds, { ...o, repeats }));
    const one = cv(1);
    const two = cv(2);
    assert.equal(two.decisions.length, 2, task);
    assert.deepEqual(two.decisions[0], one.decisions[0], `${task}: repeat 1 draws the same folds`);
    const L = labels.length;
    const decided = one.decisions[0]!;
    assert.equal(decided.length, ds.rows.length * L);
    let value: number;
    if (task === 'genre') {
      const pairs = ds.groups.map((id, r) => {
        const row = Array.from(decided.subarray(r * L, r * L + L));
        assert.equal(row.reduce((a, b) => a + b, 0), 1, `${task}: one genre per article`);
        return { id, gold: labels[ds.targets.subarray(r * L, r * L + L).indexOf(1)]!, pred: labels[row.indexOf(1)]! };
      });
      value = scoreSingleLabel(pairs, labels).macro.f1;
    } else {
      value = scoreTechniques(decided, ds.targets, labels).micro;
    }
    assert.equal(one.perLang[0]!.interval!.value, Math.round(value * 1e4) / 1e4, task);
  }
});
