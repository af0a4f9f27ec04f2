/**
 * Each frame's share of the training articles, averaged over the languages so that each weighs
 * the same (English's 433 articles would otherwise outweigh the others' 132–227): what the pooled
 * frames file reports for an article in a script no training language uses, whose words it cannot
 * read (`ModelHeader.framePriors`, `UNSEEN_SCRIPT_FRAMES`).
 */

/**
 * The language-balanced share of articles carrying each of `L` labels, rounded to 4 decimals;
 * `targets`: 0/1 per article and label (row-major), `langs`: each article's language.
 * @example
 * framePriors(Uint8Array.from([1, 0, 1, 1, 0, 1]), ['en', 'en', 'fr'], 2); // [0.5, 0.75]: en 1 and 0.5, fr 0 and 1
 */
export function framePriors(targets: Uint8Array, langs: readonly string[], L: number): number[] {
  const byLang = new Map<string, { n: number; counts: Float64Array }>();
  langs.forEach((lang, r) => {
    let e = byLang.get(lang);
    if (e === undefined) byLang.set(lang, (e = { n: 0, counts: new Float64Array(L) }));
    e.n++;
    for (let l = 0; l < L; l++) e.counts[l] = (e.counts[l] as number) + (targets[r * L + l] as number);
  });
  const out = new Array<number>(L).fill(0);
  if (byLang.size === 0) return out;
  for (const { n, counts } of byLang.values()) for (let l = 0; l < L; l++) out[l] = (out[l] as number) + (counts[l] as number) / n / byLang.size;
  return out.map((x) => Math.round(x * 1e4) / 1e4);
}
