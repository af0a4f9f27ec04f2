import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FRAMES } from '../src/labels.js';
import { segment } from '../src/segment/index.js';
import { trainArticleModel } from '../src/train/genre-frames-train.js';
import { writeArticleModelCard } from '../src/train/genre-frames-card.js';
import { ArticleLinearModel } from '../src/models/genre-frames-linear.js';
import { predictFrames, scoreFrames, UNSEEN_LANGUAGE_FRAMES } from '../src/models/frames-model.js';
import { shippedArticleModelDir } from '../src/models/genre-frames-load.js';
import { ModelError } from '../src/errors.js';
import { article, tinyRows, TINY } from './genre-frames-helpers.js';

const trained = trainArticleModel(tinyRows('frames'), { ...TINY, task: 'frames', id: 'frames-tiny', labels: FRAMES });

test('frames: a model trained on a tiny corpus separates its two frames', () => {
  const model = new ArticleLinearModel(trained.bytes, 'tiny', 'frames');
  const money = scoreFrames(model, segment({ id: 'm', text: article('money', 'reporting', 7) }, { lang: 'en' }));
  const health = scoreFrames(model, segment({ id: 'h', text: article('health', 'opinion', 8) }, { lang: 'en' }));
  assert.ok(money.scores.Economic > money.scores.Health_and_safety);
  assert.ok(health.scores.Health_and_safety > health.scores.Economic);
});

test('frames: the file carries the calibration of its cross-validated scores, and the card shows it', () => {
  const c = (trained.header.cv as { perLanguage: { calibration: { ece: number; bins: { n: number }[] } }[] }).perLanguage[0]!.calibration;
  assert.equal(c.bins.reduce((a, b) => a + b.n, 0), tinyRows('frames').length * TINY.repeats * FRAMES.length);
  assert.ok(c.ece >= 0 && c.ece <= 1);
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-frames-card-'));
  try {
    writeFileSync(path.join(dir, 'frames.slm'), trained.bytes);
    const card = readFileSync(writeArticleModelCard('frames', dir), 'utf8');
    assert.match(card, /\*\*Calibration\*\*/);
    assert.match(card, /\| `frames\.slm` \| en \| \d\.\d\d \/ \d\.\d\d \(\d+\) \| \d\.\d{3} \|/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('frames: model file round trip keeps the header and refuses another task', () => {
  const model = new ArticleLinearModel(trained.bytes, 'tiny', 'frames');
  assert.equal(model.header.task, 'frames');
  assert.deepEqual(model.header.labels, [...FRAMES]);
  assert.deepEqual(model.header.articleFeatures, TINY.article);
  assert.throws(() => new ArticleLinearModel(trained.bytes, 'tiny', 'genre'), ModelError);
  const corrupt = Uint8Array.from(trained.bytes);
  corrupt[corrupt.length - 5] ^= 0xff;
  assert.throws(() => new ArticleLinearModel(corrupt, 'tiny', 'frames'), ModelError);
});

test('frames: evidence phrases lie inside their article and paragraphs', () => {
  const model = new ArticleLinearModel(trained.bytes, 'tiny', 'frames');
  const doc = segment({ id: 'e', text: article('health', 'reporting', 3) }, { lang: 'en' });
  const out = scoreFrames(model, doc, true);
  const ev = out.frames.find((f) => f.label === 'Health_and_safety')?.evidence ?? [];
  assert.ok(ev.length > 0);
  for (const e of ev) {
    assert.equal(doc.article.text.slice(e.start, e.end), e.text);
    assert.ok(doc.paragraphs.some((p) => p.start <= e.start && e.end <= p.end));
    assert.ok(e.weight > 0 && e.weight <= 1);
  }
  const paragraphs = out.frames.find((f) => f.label === 'Health_and_safety')?.paragraphs ?? [];
  assert.ok(paragraphs.length > 0 && paragraphs.every((p) => doc.paragraphs.some((q) => q.n === p.n) && p.weight > 0 && p.weight <= 1));
});

const shipped = path.join(shippedArticleModelDir('frames'), 'frames.slm');
test('frames: the shipped model loads and gives scores in [0, 1]', { skip: !existsSync(shipped) && 'shipped frames model absent' }, () => {
  for (const lang of ['en', 'ru', 'es']) {
    const doc = segment({ id: 'x', text: article('money', 'opinion', 1) }, { lang });
    const out = predictFrames(doc);
    for (const f of Object.values(out.scores)) assert.ok(f >= 0 && f <= 1);
    assert.equal(Object.keys(out.scores).length, 14);
    if (lang === 'es') assert.equal(out.warning?.code, 'frames-language-fallback');
  }
});

test('frames: a language without data of its own gets its UNSEEN_LANGUAGE_FRAMES (5) highest-scoring frames, in score order', { skip: !existsSync(shipped) && 'shipped frames model absent' }, () => {
  const text = 'El ayuntamiento sube los impuestos\n\nLa subida de impuestos castiga a las familias y a los comercios del centro, dice la oposición.';
  const out = predictFrames(segment({ id: 'es', text }, { lang: 'es' }));
  assert.equal(out.frames.length, UNSEEN_LANGUAGE_FRAMES);
  const reported = out.frames.map((f) => f.score);
  assert.deepEqual(reported, [...reported].sort((a, b) => b - a));
  const lowest = Math.min(...reported);
  for (const [label, score] of Object.entries(out.scores)) if (!out.frames.some((f) => f.label === label)) assert.ok(score <= lowest);
  assert.match(out.warning?.message ?? '', new RegExp(`its ${UNSEEN_LANGUAGE_FRAMES} highest-scoring frames are reported`));
});
