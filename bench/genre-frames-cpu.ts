import { readFileSync } from 'node:fs';
import { segment } from '../src/segment/index.js';
import { detectLanguage } from '../src/lang/detect.js';
import { predictFrames } from '../src/models/frames-model.js';
import { predictGenre } from '../src/models/genre-model.js';
const files = readFileSync('/tmp/ref-files.txt', 'utf8').trim().split('\n');
const docs = files.map((f, i) => { const text = readFileSync(f, 'utf8'); return segment({ id: String(i), text } as any, { lang: detectLanguage(text).code }); });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const reps = Number(process.env.REPS ?? 3);
for (const d of docs) { predictGenre(d); predictFrames(d); }
let g = 0, f = 0;
for (let r = 0; r < reps; r++) for (const d of docs) {
  let c = cpu(); predictGenre(d); g += cpu() - c;
  c = cpu(); predictFrames(d); f += cpu() - c;
}
const n = docs.length * reps;
console.log(`genre ${(g / n).toFixed(2)} ms  frames ${(f / n).toFixed(2)} ms per article (CPU, ${n})`);
