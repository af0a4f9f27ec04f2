/**
 * Checks the fast analysis' quick language vote (src/lang/quick-detect.ts) against eld on every
 * SemEval-2023 article in ../shared/data (train and test folders, all nine languages): how often
 * it answers, and every article where its answer differs from eld's. Exit 1 on any difference.
 *
 *   node --import tsx scripts/check-quick-detect.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { quickDetect } from '../src/lang/quick-detect.js';
import { detectLanguage } from '../src/lang/detect.js';

const root = path.resolve(import.meta.dirname, '../../shared/data/semeval2023');
if (!existsSync(root)) {
  console.log(`check-quick-detect: ${root} is absent, nothing to check`);
  process.exit(0);
}
let total = 0;
let answered = 0;
const differ: string[] = [];
const byFolder = new Map<string, { total: number; answered: number }>();
for (const folder of readdirSync(root).filter((f) => existsSync(path.join(root, f)) && !f.includes('.') && f !== 'scorers-lists').sort()) {
  const seen = new Set<string>();
  for (const sub of readdirSync(path.join(root, folder)).filter((s) => s.includes('articles')).sort()) {
    for (const name of readdirSync(path.join(root, folder, sub)).filter((n) => n.endsWith('.txt'))) {
      if (seen.has(name)) continue;
      seen.add(name);
      const text = readFileSync(path.join(root, folder, sub, name), 'utf8');
      const quick = quickDetect(text);
      const f = byFolder.get(folder) ?? { total: 0, answered: 0 };
      f.total++;
      total++;
      if (quick) {
        f.answered++;
        answered++;
        const eld = detectLanguage(text).code;
        if (eld !== quick.code) differ.push(`${folder}/${name}: quick ${quick.code}, eld ${eld}`);
      }
      byFolder.set(folder, f);
    }
  }
}
for (const [folder, f] of byFolder) console.log(`${folder}: ${f.answered} of ${f.total} answered`);
console.log(`all: ${answered} of ${total} answered by the vote; ${differ.length} differ from eld`);
for (const d of differ) console.log(`  ${d}`);
process.exit(differ.length > 0 ? 1 : 0);
