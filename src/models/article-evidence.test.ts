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

test('articleEvidence: a phrase the article repeats is shown once, at its strongest occurrence, and the next distinct phrases fill the list', () => {
  const doc = segment({ id: 'a', text: 'Outbreak feared\n\nThe outbreak spread. Doctors fear the Outbreak.\n\nA new outbreak and a quarantine, a vaccine shortage and closed schools.' }, { lang: 'en' });
  const tokens = doc.paragraphs.flatMap((p) => p.tokens);
  const strength: Record<string, number> = { outbreak: 1, quarantine: 0.5, vaccine: 0.4, schools: 0.3, doctors: 0.2 };
  const perToken = Float64Array.from(tokens, (t, i) => (strength[t.norm] ?? 0) + (t.norm === 'outbreak' ? i / 1000 : 0));
  const { phrases } = articleEvidence(doc, perToken, { paragraphs: 3, phrases: 4 });
  const texts = phrases.map((p) => p.text.toLowerCase());
  assert.equal(texts.filter((t) => t === 'outbreak').length, 1, texts.join(' | '));
  assert.equal(phrases.length, 4);
  for (const w of ['quarantine', 'vaccine']) assert.ok(texts.includes(w), texts.join(' | '));
  // The occurrence kept is the strongest one (the last, by the ramp above).
  const kept = phrases.find((p) => p.text.toLowerCase() === 'outbreak');
  const last = tokens.filter((t) => t.norm === 'outbreak').at(-1);
  assert.equal(kept?.start, last?.start);
});
