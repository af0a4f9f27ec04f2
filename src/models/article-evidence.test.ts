import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleEvidence, Strongest } from './article-evidence.js';
import { segment } from '../segment/index.js';
import { mulberry32 } from './prng.js';

/** The k-th largest positive value of `values` through `Strongest` (fed the positive ones, as articleEvidence does). */
function kthLargestPositive(values: ArrayLike<number>, k: number): number {
  const s = new Strongest(k);
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > 0) s.offer(values[i] as number);
  return s.kth();
}

test('Strongest: the k-th of the values offered sorted from the largest, or the smallest when fewer', () => {
  assert.equal(kthLargestPositive([0.5, -1, 0.2, 0.9, 0, 0.2, 0.7], 3), 0.5);
  assert.equal(kthLargestPositive([0.5, -1, 0.2, 0.9, 0, 0.2, 0.7], 5), 0.2);
  assert.equal(kthLargestPositive([0.5, -1, 0.2, 0.9, 0, 0.2, 0.7], 10), 0.2);
  assert.equal(kthLargestPositive([-3, 0.1, -2], 10), 0.1);
  const random = mulberry32(7);
  for (let trial = 0; trial < 200; trial++) {
    const values = Float64Array.from({ length: 1 + Math.floor(random() * 300) }, () => (random() < 0.3 ? -random() : Math.round(random() * 50) / 50));
    const positive = Array.from(values).filter((c) => c > 0).sort((a, b) => b - a);
    if (positive.length === 0) continue;
    for (const k of [1, 3, 10]) assert.equal(kthLargestPositive(values, k), positive[Math.min(k, positive.length) - 1]);
  }
});

test('articleEvidence: when only function words reach the floor, the strongest content words are shown instead', () => {
  const doc = segment({ id: 'a', text: 'Title here\n\nThey talk about the plan to the town and to the people.' }, { lang: 'en' });
  const tokens = doc.paragraphs.flatMap((p) => p.tokens);
  // Every function word pushes 1, every content word 0.05: no content word reaches the usual floor.
  const perToken = Float64Array.from(tokens, (t) => (['they', 'about', 'the', 'to', 'and'].includes(t.norm) ? 1 : t.kind === 'word' ? 0.05 : 0));
  const { phrases } = articleEvidence(doc, perToken);
  assert.ok(phrases.length > 0);
  assert.ok(phrases.every((p) => /title|here|talk|plan|town|people/i.test(p.text)), phrases.map((p) => p.text).join(' | '));
  // Where a content word reaches the floor, nothing changes: the function words alone never show.
  perToken[tokens.findIndex((t) => t.norm === 'plan')] = 2;
  assert.ok(articleEvidence(doc, perToken).phrases.some((p) => p.text.includes('plan')));
});
