/**
 * CPU ms per article of the genre and frames stages alone, over the first 25 SemEval training
 * articles of each language (../shared/data; the list of files can be given instead, one per line,
 * in $FILES). Run: `node --import tsx bench/genre-frames-cpu.ts` (the least of REPS=5 passes after a warm-up).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/segment/index.js';
import { detectLanguage } from '../src/lang/detect.js';
import { predictFrames } from '../src/models/frames-model.js';
import { predictGenre } from '../src/models/genre-model.js';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/semeval2023');

function files(): string[] {
  if (process.env.FILES) return readFileSync(process.env.FILES, 'utf8').trim().split('\n');
  if (!existsSync(DATA)) throw new Error(`shared data absent: ${DATA}`);
  return ['en', 'fr', 'ge', 'it', 'po', 'ru'].flatMap((l) => {
    const dir = path.join(DATA, l, 'train-articles-subtask-2');
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 25).map((f) => path.join(dir, f));
  });
}

const docs = files().map((f, i) => {
  const text = readFileSync(f, 'utf8');
  return segment({ id: String(i), text }, { lang: detectLanguage(text).code });
});
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const reps = Number(process.env.REPS ?? 5);
for (const d of docs) {
  predictGenre(d);
  predictFrames(d);
}
// The least CPU time of the passes (other work on the machine only ever adds to it).
let genre = Infinity;
let frames = Infinity;
for (let r = 0; r < reps; r++) {
  let g = 0;
  let f = 0;
  for (const d of docs) {
    let c = cpu();
    predictGenre(d);
    g += cpu() - c;
    c = cpu();
    predictFrames(d);
    f += cpu() - c;
  }
  genre = Math.min(genre, g / docs.length);
  frames = Math.min(frames, f / docs.length);
}
console.log(`genre ${genre.toFixed(2)} ms  frames ${frames.toFixed(2)} ms per article (CPU, least of ${reps} passes over ${docs.length} articles)`);
