import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { segment } from '../src/segment/index.js';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { FAST_FILES, fastFramesFor, loadFastModels, shippedFastModelDir } from '../src/models/fast-models.js';
import { fastMargins } from '../src/models/fast-margins.js';
import { OccurrenceRecorder } from '../src/features/occurrence-recorder.js';
import { Emitter, emitParagraphTo } from '../src/features/paragraph-features.js';
import { shippedArticleModelDir } from '../src/models/genre-frames-load.js';
import { isModelError } from '../src/errors.js';
import { TECHNIQUES } from '../src/labels.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const example = { id: 'town-bypass-op-ed', text: readFileSync(path.join(repoRoot, 'examples', 'town-bypass-op-ed.txt'), 'utf8') };

test('fast margins: one extraction gives each model the margins of its own extraction', () => {
  const models = loadFastModels();
  for (const lang of ['en', 'de', 'xx']) {
    const doc = segment(example, { lang });
    const m = fastMargins(models, doc);
    assert.equal(m.paragraphs.length, doc.paragraphs.length);
    doc.paragraphs.forEach((_, i) => {
      const alone = models.techniques.margins(doc, i);
      (m.paragraphs[i] as Float64Array).forEach((v, l) => assert.ok(Math.abs(v - (alone[l] as number)) < 1e-9, `${lang} paragraph ${i} label ${l}: ${v} vs ${alone[l]}`));
    });
    for (const task of ['genre', 'frames'] as const) {
      const alone = (task === 'genre' ? models.genre : fastFramesFor(models, lang)).margins(doc);
      m[task].forEach((v, l) => assert.ok(Math.abs(v - (alone[l] as number)) < 1e-9, `${lang} ${task} label ${l}: ${v} vs ${alone[l]}`));
    }
  }
});

test('fast margins: recording gives each paragraph the occurrences the technique model\'s own extraction records', () => {
  const models = loadFastModels();
  const doc = segment(example, { lang: 'en' });
  const m = fastMargins(models, doc, new OccurrenceRecorder());
  assert.ok(m.paragraphOccurrences);
  const config = models.techniques.featuresFor('en');
  doc.paragraphs.forEach((_, i) => {
    const own = new OccurrenceRecorder();
    emitParagraphTo(new Emitter(config, 'en', { recorder: own }), doc, i);
    const got = m.paragraphOccurrences!(i);
    const rows = (r: OccurrenceRecorder): number[][] => Array.from({ length: r.length }, (_, k) => [r.index[k] as number, r.value[k] as number, r.from[k] as number, r.to[k] as number]);
    assert.ok(own.length > 0);
    assert.deepEqual(rows(got), rows(own), `paragraph ${i}`);
  });
  assert.equal(fastMargins(models, doc).paragraphOccurrences, undefined);
});

test('fast analysis: techniques, genre and frames with scores and evidence, no spans', () => {
  const a = analyzeArticle(example, { fast: true, allScores: true });
  assert.equal(a.model.id, 'slant-fast');
  assert.equal(a.spans, undefined);
  assert.ok(a.genre && ['opinion', 'reporting', 'satire'].includes(a.genre.label));
  assert.ok(Math.abs(Object.values(a.genre.scores).reduce((s, x) => s + x, 0) - 1) < 1e-3);
  assert.ok(Array.isArray(a.frames));
  assert.equal(a.paragraphs.length, a.article.paragraphs.length);
  let reported = 0;
  a.paragraphs.forEach((p, i) => {
    const span = a.article.paragraphs[i] as { start: number; end: number };
    assert.deepEqual(Object.keys(p.scores ?? {}).sort(), [...TECHNIQUES].sort());
    for (const t of p.techniques!) {
      reported++;
      assert.ok(t.score >= 0 && t.score <= 1);
      assert.ok(t.evidence.length > 0, `${t.label} in paragraph ${p.n} has no evidence`);
      for (const e of t.evidence) assert.ok(e.start >= span.start && e.end <= span.end && e.text === example.text.slice(e.start, e.end));
    }
  });
  assert.ok(reported > 0, 'the example op-ed reports no technique');
  assert.ok(!a.warnings.some((w) => w.code === 'spans-not-in-fast-analysis'), 'spans were not asked for');
});

test('fast analysis: the same labels and scores without evidence; asking for spans warns', () => {
  const full = analyzeArticle(example, { fast: true });
  const bare = analyzeArticle(example, { fast: true, evidence: false, tasks: ['techniques', 'spans', 'genre', 'frames'] });
  assert.deepEqual(bare.paragraphs.map((p) => p.techniques!.map((t) => [t.label, t.score])), full.paragraphs.map((p) => p.techniques!.map((t) => [t.label, t.score])));
  assert.deepEqual(bare.genre?.scores, full.genre?.scores);
  assert.deepEqual(bare.frames?.map((f) => [f.label, f.score]), full.frames?.map((f) => [f.label, f.score]));
  assert.ok(bare.paragraphs.every((p) => p.techniques!.every((t) => t.evidence.length === 0)));
  assert.equal(bare.spans, undefined);
  assert.ok(bare.warnings.some((w) => w.code === 'spans-not-in-fast-analysis'));
});

test('fast models: a folder whose files do not share their n-grams, or lacks one, is refused with its name', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-fast-'));
  try {
    copyFileSync(path.join(shippedFastModelDir(), FAST_FILES.techniques), path.join(dir, FAST_FILES.techniques));
    copyFileSync(path.join(shippedFastModelDir(), FAST_FILES.frames), path.join(dir, FAST_FILES.frames));
    assert.throws(() => loadFastModels(dir), (e) => isModelError(e) && e.message.includes(path.join(dir, FAST_FILES.genre)) && e.message.includes('cannot read'));
    // The full pooled genre model reads IDF, the title group and cues: one extraction cannot serve it.
    copyFileSync(path.join(shippedArticleModelDir('genre'), 'genre.slm'), path.join(dir, FAST_FILES.genre));
    assert.throws(() => loadFastModels(dir), (e) => isModelError(e) && e.message.includes('not a fast model set') && e.message.includes('slant train fast'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fast models: a language\'s own frames file loads when an article in it first needs it, and a foreign one is refused then, with its name', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'slant-fast-'));
  try {
    for (const f of Object.values(FAST_FILES)) copyFileSync(path.join(shippedFastModelDir(), f), path.join(dir, f));
    // The full French frames model reads character n-grams: one extraction cannot serve it.
    copyFileSync(path.join(shippedArticleModelDir('frames'), 'frames-fr.slm'), path.join(dir, 'frames-fr.slm'));
    copyFileSync(path.join(shippedFastModelDir(), 'frames-de.slm'), path.join(dir, 'frames-de.slm'));
    const models = loadFastModels(dir);
    assert.deepEqual([...models.ownFrames].sort(), ['de', 'fr']);
    assert.equal(fastFramesFor(models, 'en'), models.frames);
    assert.notEqual(fastFramesFor(models, 'de'), models.frames);
    assert.equal(fastFramesFor(models, 'de'), fastFramesFor(models, 'de'));
    const foreign = path.join(dir, 'frames-fr.slm');
    assert.throws(() => fastFramesFor(models, 'fr'), (e) => isModelError(e) && e.message.startsWith(foreign) && e.message.includes('slant train fast'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
