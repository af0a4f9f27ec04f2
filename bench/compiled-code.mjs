/**
 * Makes the benchmarks run the compiled code that `slant` and the library ship (dist/), not the
 * sources through tsx: a module hook sends every import that resolves into src/ to the same
 * module in dist/, loaded as plain JavaScript. Through tsx the same code ran 10–25 % slower (its
 * CommonJS hook alone, which also takes the dependencies' CommonJS files, about 15 %), so figures
 * taken on the sources understate what users get. The benchmarks' own .ts files need only tsx's
 * ESM loader. `npm run bench` compiles dist/ first; without it this refuses to start.
 *
 *   node --import tsx/esm --import ./bench/compiled-code.mjs bench/run.ts
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('index.js', dist))) {
  process.stderr.write('bench: dist/ is missing; compile it first (npm run build)\n');
  process.exit(2);
}
register('./compiled-code-hooks.mjs', import.meta.url);
