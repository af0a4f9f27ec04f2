/**
 * `slant train spans` as a function: one span tagger per language (spans-train.ts), the languages
 * side by side on worker threads, each written to `<out>/spans/spans-<lang>.slm`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FOLDER_LANG, isoOf } from './semeval-corpus.js';
import type { RunTrainSpansOptions } from './spans-train.js';
import { readSpanCorpus } from './spans-corpus.js';
import { runTrainJobs } from './train-pool.js';

/** Runs the training and returns the written files. */
export async function runTrainSpans(o: RunTrainSpansOptions, log: (line: string) => void): Promise<string[]> {
  const langs = o.langs.length ? o.langs.map(isoOf) : Object.values(FOLDER_LANG);
  // Every corpus is read (and checked) before any work starts: a bad folder stops the run at once,
  // and the first bad language is the one reported, whichever worker would have met it first.
  // The biggest (most articles) start first.
  const articles: number[] = [];
  for (const lang of langs) articles.push((await readSpanCorpus(o.data, lang)).articles.length);
  const dir = path.join(o.out, 'spans');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const settings = { ...o, langs: [] };
  await runTrainJobs(langs.map((lang) => ({ kind: 'spans', settings, lang })), Math.max(1, o.jobs ?? 1), log, (i, r) => {
    if (r.kind !== 'spans') return;
    const file = path.join(dir, `spans-${langs[i] as string}.slm`);
    writeFileSync(file, r.bytes);
    written.push(file);
    log(`wrote ${file} (${(r.bytes.byteLength / 1048576).toFixed(2)} MB) in ${(r.ms / 1000).toFixed(0)} s`);
  }, articles);
  return written;
}
