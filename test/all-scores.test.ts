/** `allScores` / `slant analyze --all-scores`: every technique's score per paragraph and every frame's score. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { filterAnalysis } from '../src/pipeline/filter-analysis.js';
import { FRAMES } from '../src/labels.js';
import type { Analysis } from '../src/result.js';
import { post, testServer } from './server-helpers.js';

const EXAMPLE = path.join(import.meta.dirname, '..', 'examples', 'town-bypass-op-ed.txt');
const article = { id: 'x', text: readFileSync(EXAMPLE, 'utf8'), lang: 'en' };

/** Every frame has a score in [0, 1], and each reported frame's score is the one in `frameScores`. */
function assertFrameScores(a: Analysis): void {
  assert.deepEqual(Object.keys(a.frameScores ?? {}), [...FRAMES]);
  for (const s of Object.values(a.frameScores ?? {})) assert.ok(s >= 0 && s <= 1);
  assert.ok((a.frames?.length ?? 0) > 0, 'the example reports a frame');
  for (const f of a.frames ?? []) assert.equal(a.frameScores?.[f.label], f.score, f.label);
}

for (const fast of [false, true]) {
  test(`${fast ? 'fast' : 'full'} analysis with allScores: every frame's score beside the frames reported`, () => {
    const all = analyzeArticle(article, { allScores: true, fast });
    assertFrameScores(all);
    // The frames a caller's threshold reports are the frames whose score passes it.
    const low = analyzeArticle(article, { allScores: true, fast, threshold: 0.2 });
    assert.deepEqual(low.frameScores, all.frameScores);
    assert.deepEqual(low.frames?.map((f) => f.label).sort(), FRAMES.filter((f) => (all.frameScores?.[f] ?? 0) >= 0.2).sort());
    assert.equal(analyzeArticle(article, { fast }).frameScores, undefined, 'only with allScores');
  });
}

test('allScores: frameScores goes with the frames task', () => {
  assert.equal(analyzeArticle(article, { allScores: true, tasks: ['genre'] }).frameScores, undefined);
  const all = analyzeArticle(article, { allScores: true, tasks: ['frames'] });
  assertFrameScores(all);
  assert.equal(filterAnalysis(all, { tasks: ['genre'] }).frameScores, undefined);
  // minScore drops findings, not scores (as the paragraphs' `scores`).
  assert.deepEqual(filterAnalysis(all, { minScore: 0.99 }).frameScores, all.frameScores);
});

test('POST /api/v1/analyze with allScores answers frameScores (and the paragraphs\' scores)', async () => {
  const server = await testServer({ workers: 0 });
  try {
    const res = await post(server, '/api/v1/analyze', { text: article.text, lang: 'en', allScores: true });
    assert.equal(res.status, 200);
    const body = (await res.json()) as Analysis;
    assertFrameScores(body);
    assert.ok(body.paragraphs.every((p) => p.scores !== undefined));
  } finally {
    await server.close();
  }
});
