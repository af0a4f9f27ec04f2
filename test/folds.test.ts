/** Folds grouped by article, and the genre's folds stratified by language and genre. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupedFolds, stackRows, stratifiedGroupedFolds } from '../src/train/folds.js';

/** 60 articles of two rows each: language `en` or `fr`, and a rare class (1 in 10) among common ones. */
const rows = Array.from({ length: 120 }, (_, i) => {
  const article = Math.floor(i / 2);
  const lang = article % 2 === 0 ? 'en' : 'fr';
  return { group: `${lang}:${article}`, stratum: `${lang}:${article % 10 < 2 ? 'rare' : 'common'}` };
});
const groups = rows.map((r) => r.group);
const strata = rows.map((r) => r.stratum);

/** How many articles of each stratum each fold holds. */
function perFold(fold: Int32Array, k: number): Map<string, number[]> {
  const seen = new Set<string>();
  const out = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (seen.has(r.group)) return;
    seen.add(r.group);
    const counts = out.get(r.stratum) ?? out.set(r.stratum, new Array<number>(k).fill(0)).get(r.stratum)!;
    counts[fold[i] as number]!++;
  });
  return out;
}

test('stratified folds: every stratum spread over the folds within one article, each article in one fold', () => {
  for (const seed of [1, 2, 3]) {
    const fold = stratifiedGroupedFolds(groups, strata, 5, seed);
    rows.forEach((r, i) => assert.equal(fold[i], fold[rows.findIndex((s) => s.group === r.group)], 'an article stays in one fold'));
    for (const [stratum, counts] of perFold(fold, 5)) assert.ok(Math.max(...counts) - Math.min(...counts) <= 1, `${stratum}: ${counts.join(' ')}`);
    const sizes = perFold(fold, 5);
    const total = [0, 1, 2, 3, 4].map((f) => [...sizes.values()].reduce((s, c) => s + (c[f] as number), 0));
    assert.ok(Math.max(...total) - Math.min(...total) <= 1, `fold sizes ${total.join(' ')}`);
    assert.deepEqual(stratifiedGroupedFolds(groups, strata, 5, seed), fold, 'the same seed, the same folds');
  }
  assert.notDeepEqual(stratifiedGroupedFolds(groups, strata, 5, 1), stratifiedGroupedFolds(groups, strata, 5, 2));
  // Unstratified folds need not spread the rare articles: at some seed one fold holds none of a language's.
  const uneven = [1, 2, 3, 4, 5, 6, 7, 8].some((seed) => [...perFold(groupedFolds(groups, 5, seed), 5).values()].some((c) => Math.max(...c) - Math.min(...c) > 1));
  assert.ok(uneven, 'the plain folds were even at every seed tried: the fixture does not show the difference');
});

test('stratified folds: too few articles for the folds is refused as for plain folds', () => {
  assert.throws(() => stratifiedGroupedFolds(['fr:1', 'fr:1', 'fr:2'], ['a', 'a', 'b'], 5, 1), /fr: 2 articles, too few for 5-fold cross-validation/);
});

test('stackRows: matrices of the same rows one under another, of their own type; one matrix is itself', () => {
  const a = Float64Array.of(1, 2, 3, 4);
  const b = Float64Array.of(5, 6, 7, 8);
  assert.deepEqual(stackRows([a, b]), Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8));
  assert.equal(stackRows([a]), a);
  const t = stackRows([Uint8Array.of(1, 0), Uint8Array.of(1, 0)]);
  assert.ok(t instanceof Uint8Array);
  assert.deepEqual(t, Uint8Array.of(1, 0, 1, 0));
});
