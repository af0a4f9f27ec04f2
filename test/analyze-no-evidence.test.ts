/** `evidence: false` / `slant analyze --no-evidence`: the same labels and scores, no explanations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/cli/main.js';
import { analyzeArticle } from '../src/pipeline/analyze.js';
import type { Analysis } from '../src/result.js';

const repoRoot = path.resolve(import.meta.dirname, '..');
const EXAMPLE = path.join(repoRoot, 'examples', 'town-bypass-op-ed.txt');
const article = { id: 'x', text: readFileSync(EXAMPLE, 'utf8'), lang: 'en' };

/** The analysis with every evidence and paragraph list emptied. */
function withoutEvidence(a: Analysis): Analysis {
  const out = structuredClone(a);
  for (const p of out.paragraphs) for (const t of p.techniques ?? []) t.evidence = [];
  if (out.genre) Object.assign(out.genre, { evidence: [], paragraphs: [] });
  for (const f of out.frames ?? []) Object.assign(f, { evidence: [], paragraphs: [] });
  return out;
}

test('analysis without evidence: every label and score as with it, every explanation list empty', () => {
  const full = analyzeArticle(article, { allScores: true });
  const bare = analyzeArticle(article, { allScores: true, evidence: false });
  assert.ok(full.paragraphs.some((p) => p.techniques!.some((t) => t.evidence.length > 0)), 'the example has technique evidence');
  assert.ok((full.genre?.evidence.length ?? 0) > 0);
  assert.deepEqual(bare, withoutEvidence(full));
  // With user thresholds every frame is re-decided; still no evidence.
  const low = analyzeArticle(article, { threshold: 0.05, evidence: false });
  assert.ok((low.frames?.length ?? 0) > 2 && low.frames!.every((f) => f.evidence.length === 0 && f.paragraphs.length === 0));
});

test('slant analyze --no-evidence prints the analysis without evidence', async () => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const code = await main(['analyze', EXAMPLE, '--no-evidence', '--lang', 'en', '--format', 'json', '--jobs', '1'], { stdout: out, stderr: new PassThrough(), stdin: Readable.from([]), color: false, interactive: false });
  await new Promise((r) => setImmediate(r));
  assert.equal(code, 0);
  const a = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Analysis;
  assert.ok(a.paragraphs.some((p) => p.techniques!.length > 0));
  assert.ok(a.paragraphs.every((p) => p.techniques!.every((t) => t.evidence.length === 0)));
  assert.deepEqual([a.genre?.evidence, a.genre?.paragraphs], [[], []]);
});
