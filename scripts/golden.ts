/**
 * Rebuilds the golden files of the renderers (test/golden/<case>/*) from the hand-built cases in
 * test/golden/cases.ts. Run `node --import tsx scripts/golden.ts`, then review `git diff test/golden`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { goldenFiles } from '../test/golden/golden-files.js';

for (const file of goldenFiles()) {
  mkdirSync(path.dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.content);
  console.log(`golden: wrote ${path.relative(process.cwd(), file.path)}`);
}
