/**
 * Makes the benchmarks run the compiled code that `slant` and the library ship (dist/), not the
 * sources through tsx: a module hook sends every import that resolves into src/ to the same
 * module in dist/, loaded as plain JavaScript. tsx's transform adds a helper call to many
 * functions and runs about 15 % slower, so figures taken on the sources understate what users get.
 * `npm run bench` compiles dist/ first; without it this refuses to start.
 *
 *   node --import tsx --import ./bench/compiled-code.mjs bench/run.ts
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('index.js', dist))) {
  process.stderr.write('bench: dist/ is missing; compile it first (npm run build)\n');
  process.exit(2);
}
register('./compiled-code-hooks.mjs', import.meta.url);
