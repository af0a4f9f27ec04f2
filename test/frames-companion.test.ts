import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FRAMES } from '../src/labels.js';
import { segment } from '../src/segment/index.js';
import { ModelError } from '../src/errors.js';
import { applyPairPlatt, fitPairPlatt } from '../src/models/platt.js';
import { decodeModel, encodeModel, readModelHeader } from '../src/models/model-file.js';
import { ArticleLinearModel } from '../src/models/genre-frames-linear.js';
import { loadArticleModel } from '../src/models/genre-frames-load.js';
import { companionPair, scoreFrames } from '../src/models/frames-model.js';
import { trainArticleModel } from '../src/train/genre-frames-train.js';
import { companionDataset, companionRepeat, pairFigures, pairWins, perLanguageFolds } from '../src/train/frames-companion.js';
import { groupedFolds } from '../src/train/folds.js';
import { staleCompanions } from '../src/train/genre-frames-run.js';
import { shippedModels } from '../src/models/shipped-models.js';
import { modelsTable } from '../src/cli/models.js';
import { article, tinyRows, TINY } from './genre-frames-helpers.js';

test('fitPairPlatt: the margin that tracks the label gets the weight', () => {
  const own: number[] = [], other: number[] = [], y: number[] = [];
  for (let i = 0; i < 200; i++) {
    const label = i % 3 === 0 ? 1 : 0;
    own.push(Math.sin(i * 7.1)); // noise
    other.push((label ? 1 : -1) + 0.8 * Math.sin(i * 3.3));
    y.push(label);
  }
  const p = fitPairPlatt(own, other, y);
  assert.ok(p.c > 1 && Math.abs(p.a) < p.c / 4, JSON.stringify(p));
  assert.ok(applyPairPlatt(p, 0, 1.5) > 0.5 && applyPairPlatt(p, 0, -1.5) < 0.5);
});

test('perLanguageFolds: each language is split as a model of that language alone splits it', () => {
  const langs = ['en', 'de', 'en', 'de', 'en', 'de', 'en', 'en'];
  const groups = langs.map((l, i) => `${l}:${i}`);
  const folds = perLanguageFolds(langs, groups, 2, 7);
  for (const lang of ['en', 'de']) {
    const rows = langs.flatMap((l, i) => (l === lang ? [i] : []));
    assert.deepEqual(rows.map((r) => folds[r]), Array.from(groupedFolds(rows.map((r) => groups[r] as string), 2, 7)));
  }
});

test('pairFigures: the pair wins where the companion adds what the own margin lacks', () => {
  // Label 0 is seen by the own margin only, label 1 by the companion's only.
  const n = 60, L = 2;
  const targets = new Uint8Array(n * L), own = new Float64Array(n * L), other = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    targets[i * L] = i % 2; targets[i * L + 1] = i % 3 === 0 ? 1 : 0;
    own[i * L] = (i % 2 ? 1 : -1) + 0.3 * Math.sin(i); own[i * L + 1] = Math.sin(i * 5.7);
    other[i * L] = Math.cos(i * 4.1); other[i * L + 1] = (i % 3 === 0 ? 1 : -1) + 0.3 * Math.cos(i);
  }
  const ds = { rows: [], targets, langs: Array(n).fill('en'), groups: Array.from({ length: n }, (_, i) => `en:${i}`), labels: ['A', 'B'] };
  const f = pairFigures(ds, [own], [other], 3, 1, TINY.thresholds);
  assert.equal(f.both.values.length, 3);
  assert.ok(f.both.mean > f.own.mean + 0.05 && f.both.mean > f.pooled.mean + 0.05, JSON.stringify(f));
  assert.ok(pairWins(f));
  assert.ok(!pairWins({ ...f, both: f.own }));
});

/** A folder with a tiny pooled frames model and, trained beside it, an own English one. */
function tinyFolder(minGain: number): { dir: string; own: ReturnType<typeof trainArticleModel> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-companion-'));
  const rows = tinyRows('frames');
  const pooled = trainArticleModel(rows, { ...TINY, task: 'frames', id: 'frames', labels: FRAMES });
  writeFileSync(path.join(dir, 'frames.slm'), pooled.bytes);
  const settings = { file: path.join(dir, 'frames.slm'), labels: FRAMES, learner: TINY.learner, folds: TINY.folds, repeats: 1, seed: TINY.seed };
  const { ref, ds, bits } = companionDataset(rows, settings);
  const margins = companionRepeat(ds, bits, settings, 0).get('en');
  assert.ok(margins);
  const own = trainArticleModel(rows, { ...TINY, task: 'frames', id: 'frames-en', labels: FRAMES, companion: { ref, margins: [margins], minGain } });
  writeFileSync(path.join(dir, 'frames-en.slm'), own.bytes);
  return { dir, own };
}

test('frames with a companion: the file names it, and the score is σ(a·own + c·companion + b)', () => {
  const { dir, own } = tinyFolder(-1);
  try {
    assert.equal(own.header.companion?.file, 'frames.slm');
    assert.ok(own.header.decisions.en?.companion, 'pair decision stored');
    assert.equal((own.header.cv as { decisions: { kept: string } }).decisions.kept, 'both');
    const model = loadArticleModel('frames', 'en', dir);
    assert.equal(model.header.id, 'frames-en');
    assert.equal(model.companion?.header.id, 'frames');
    assert.equal(loadArticleModel('frames', 'es', dir), model.companion, 'the pooled model is loaded once');
    const doc = segment({ id: 'h', text: article('health', 'opinion', 4) }, { lang: 'en' });
    const out = scoreFrames(model, doc);
    const m = model.margins(doc), c = model.companion.margins(doc);
    const l = FRAMES.indexOf('Health_and_safety');
    const p = own.header.decisions.en.companion.platt[l]!;
    assert.ok(Math.abs(out.scores.Health_and_safety - applyPairPlatt(p, m[l]!, c[l]!)) < 1e-12);
    assert.ok(out.frames.some((f) => f.label === 'Health_and_safety' && f.evidence.length > 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('frames with a companion: a different companion file is refused with a message', () => {
  const { dir } = tinyFolder(-1);
  try {
    const other = mkdtempSync(path.join(tmpdir(), 'slant-companion-'));
    copyFileSync(path.join(dir, 'frames-en.slm'), path.join(other, 'frames-en.slm'));
    const changed = trainArticleModel(tinyRows('frames'), { ...TINY, seed: 2, task: 'frames', id: 'frames', labels: FRAMES });
    writeFileSync(path.join(other, 'frames.slm'), changed.bytes);
    assert.throws(() => loadArticleModel('frames', 'en', other), (e: unknown) => e instanceof ModelError && /calibrated with a different frames\.slm/.test(e.message) && /slant train frames/.test(e.message));
    assert.deepEqual(staleCompanions(other, 'frames'), [path.join(other, 'frames-en.slm')]);
    assert.deepEqual(staleCompanions(dir, 'frames'), []);
    rmSync(path.join(other, 'frames.slm'));
    assert.throws(() => loadArticleModel('frames', 'en', other), (e: unknown) => e instanceof ModelError && /frames\.slm: cannot read/.test(e.message));
    rmSync(other, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('frames with a companion: where the pair does not win by enough, the model decides alone', () => {
  const { dir, own } = tinyFolder(1);
  try {
    assert.equal(own.header.companion, undefined);
    assert.equal(own.header.decisions.en?.companion, undefined);
    assert.equal(readModelHeader(own.bytes, 'own', 'frames').companion, undefined);
    assert.equal(loadArticleModel('frames', 'en', dir).companion, null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('slant models: a pair is listed with its companion and shown as "own + pooled"', () => {
  const { dir } = tinyFolder(-1);
  const root = mkdtempSync(path.join(tmpdir(), 'slant-companion-root-'));
  try {
    mkdirSync(path.join(root, 'frames'));
    for (const f of ['frames.slm', 'frames-en.slm']) copyFileSync(path.join(dir, f), path.join(root, 'frames', f));
    const shipped = shippedModels(['en', 'und'], root);
    assert.equal(shipped.files.find((f) => f.file === 'frames/frames-en.slm')?.companion, 'frames/frames.slm');
    assert.equal(shipped.files.find((f) => f.file === 'frames/frames.slm')?.companion, undefined);
    assert.equal(shipped.files.find((f) => f.file === 'frames/frames-en.slm')?.companionMissing, undefined);
    const table = modelsTable(shipped);
    assert.match(table, /frames-en\.slm \+ frames\.slm/);
    assert.match(table, /a \+ b: model a decides together with model b/);
    rmSync(path.join(root, 'frames', 'frames.slm'));
    const orphaned = shippedModels(['en'], root);
    assert.equal(orphaned.files.find((f) => f.file === 'frames/frames-en.slm')?.companionMissing, true);
    assert.match(modelsTable(orphaned), /frames-en\.slm \+ missing frames\.slm/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
});

test('frames with a companion: a malformed companion entry or a pair decision without one is refused', () => {
  const { dir, own } = tinyFolder(-1);
  try {
    const { header, q, idf } = decodeModel(own.bytes, 'own', 'frames');
    const { body: _body, ...rest } = header;
    const outside = encodeModel({ ...rest, companion: { ...header.companion!, file: '../frames.slm' } }, q, idf);
    assert.throws(() => new ArticleLinearModel(outside, 'own', 'frames'), /companion model reference malformed/);
    const { companion: _c, ...alone } = rest;
    const orphan = encodeModel(alone, q, idf);
    assert.throws(() => new ArticleLinearModel(orphan, 'own', 'frames'), /companion decision without a companion model/);
    assert.throws(() => new ArticleLinearModel(own.bytes, 'own', 'frames'), /decides together with frames\.slm, which was not given/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('frames with a companion: both sides\' token contributions are in their margins\' units, so the evidence weighs them as the score does', () => {
  // Words and bigrams only, in a wide space, and a text without a repeated word: each feature occurs once, so the sums are exact.
  const base = { ...TINY.base, bits: 16, langFeatures: false, weights: { ...TINY.base.weights, bigram: 1 } };
  const settings = { ...TINY, base, article: { title: 0, cues: 0 } };
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-companion-'));
  try {
    const rows = tinyRows('frames');
    writeFileSync(path.join(dir, 'frames.slm'), trainArticleModel(rows, { ...settings, task: 'frames', id: 'frames', labels: FRAMES }).bytes);
    const pairSettings = { file: path.join(dir, 'frames.slm'), labels: FRAMES, learner: TINY.learner, folds: TINY.folds, repeats: 1, seed: TINY.seed };
    const { ref, ds, bits } = companionDataset(rows, pairSettings);
    const margins = companionRepeat(ds, bits, pairSettings, 0).get('en')!;
    const ownBase = { ...base, bigrams: false };
    writeFileSync(path.join(dir, 'frames-en.slm'), trainArticleModel(rows, { ...settings, base: ownBase, task: 'frames', id: 'frames-en', labels: FRAMES, companion: { ref, margins: [margins], minGain: -1 } }).bytes);
    const model = loadArticleModel('frames', 'en', dir);
    const doc = segment({ id: 'u', text: 'Budget deficit grew\n\nHospitals reported more patients while wages, inflation and trade shaped this quarter.' }, { lang: 'en' });
    const m = model.margins(doc);
    const pair = companionPair(model, model.decisionFor('en').decision, doc, true, true)!;
    const l = FRAMES.indexOf('Economic');
    const own = model.tokenContributions(doc, l).reduce((a, x) => a + x, 0) * pair.ownScale;
    const theirs = pair.contributionsOf([l])[0]!.reduce((a, x) => a + x, 0);
    assert.ok(Math.abs(own - (m[l]! - model.header.bias[l]!)) < 1e-4, `own ${own}`);
    assert.ok(Math.abs(theirs - (pair.values[l]! - model.companion!.header.bias[l]!)) < 1e-4, `companion ${theirs}`);
    assert.notEqual(pair.ownScale, model.companion!.contributionScale, 'the two rows are normalised apart');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
