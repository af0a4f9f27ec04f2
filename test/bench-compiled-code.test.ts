import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
/** Loads a source module and reports which code ran, as JSON. */
const PROBE = [
  "const { measuredCode } = await import('./bench/measured-code.ts');",
  "const labels = await import('./src/labels.js');",
  "console.log(JSON.stringify({ code: measuredCode(), url: import.meta.resolve('./src/labels.js'), techniques: labels.TECHNIQUES.length }));",
].join(' ');

function probe(hooks: string[]): { code: string; url: string; techniques: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx/esm', ...hooks, '--input-type=module', '-e', PROBE], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out) as { code: string; url: string; techniques: number };
}

test('the bench hook runs the compiled dist/ modules in place of src/, and the results say which code ran', (t) => {
  if (!existsSync(path.join(root, 'dist', 'index.js'))) {
    t.skip('dist/ is not built (npm run build)');
    return;
  }
  const compiled = probe(['--import', './bench/compiled-code.mjs']);
  assert.equal(compiled.code, 'dist (compiled)');
  assert.match(compiled.url, /\/dist\/labels\.js$/);
  assert.equal(compiled.techniques, 23);
  const sources = probe([]);
  assert.equal(sources.code, 'src (through tsx)');
  assert.match(sources.url, /\/src\/labels\.ts$/);
  assert.equal(sources.techniques, 23);
});
