/**
 * Runs the benchmarks (`npm run bench`, or `npm run bench -- segment` for some of them). Each
 * module exports `run(): Promise<void>`, prints its figures and writes bench/results/<name>.json.
 */

/** The benchmarks, by name; add a line per benchmark module. */
const BENCHES: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  segment: () => import('./segment.js'),
  batch: () => import('./batch.js'),
  store: () => import('./store.js'),
  analyze: () => import('./analyze.js'),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in BENCHES));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')} (known: ${Object.keys(BENCHES).join(', ')})`);
  process.exit(2);
}
for (const [name, load] of Object.entries(BENCHES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  await (await load()).run();
}
