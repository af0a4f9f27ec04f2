/**
 * The parts of a task that was not run are absent from the result (src/result.ts), each paragraph's
 * `techniques` too: absent says "not analysed", `[]` says "analysed, none found".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import { renderArticle } from '../src/render/index.js';

const ARTICLE = { id: 'a', text: 'Bypass\n\nThe reckless planners are liars and traitors!\n\nWhy should anyone believe them?', lang: 'en' };

/** The paragraphs of the JSON output, as written. */
function jsonParagraphs(options: Parameters<typeof analyzeArticle>[1]): Record<string, unknown>[] {
  const analysis = analyzeArticle(ARTICLE, options);
  return (JSON.parse(renderArticle('json', analysis, ARTICLE.text, { color: false })) as { paragraphs: Record<string, unknown>[] }).paragraphs;
}

for (const fast of [false, true]) {
  test(`${fast ? 'fast' : 'full'} analysis: paragraphs have no techniques key when the task was not run, a list when it was`, () => {
    for (const tasks of [['genre'], ['frames'], ['genre', 'frames']] as const) {
      const paragraphs = jsonParagraphs({ fast, tasks });
      assert.ok(paragraphs.length > 0 && paragraphs.every((p) => !('techniques' in p)), tasks.join(','));
    }
    assert.ok(jsonParagraphs({ fast, tasks: ['techniques'] }).every((p) => Array.isArray(p['techniques'])));
    assert.ok(jsonParagraphs({ fast }).every((p) => Array.isArray(p['techniques'])), 'a full run keeps every list');
  });
}

test('spans without techniques: no paragraph techniques, the spans kept', () => {
  const a = analyzeArticle(ARTICLE, { tasks: ['spans'], minScore: 0 });
  assert.ok(a.paragraphs.every((p) => p.techniques === undefined));
  assert.ok(a.spans !== undefined);
});
