/**
 * The CLI starts without loading the pipeline: the modules `src/cli/main.ts` imports statically
 * (followed through every static import) include neither the language detector (eld's tables,
 * about 200 ms) nor the analysis pipeline. Commands that analyse import them when they run, so
 * `slant stats`, `eval` or `--version` start in about a third of a second instead of half a second.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './eval-helpers.js';

/** Every source file reachable from `entry` by static imports (type-only imports left out), each with the file that imported it. */
function staticImports(entry: string): Map<string, string | undefined> {
  const seen = new Map<string, string | undefined>();
  const queue: [string, string | undefined][] = [[entry, undefined]];
  while (queue.length > 0) {
    const [file, from] = queue.shift()!;
    if (seen.has(file)) continue;
    seen.set(file, from);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.{1,2}\/[^']+)\.js'/gm)) {
      queue.push([path.resolve(path.dirname(file), `${m[1]}.ts`), file]);
    }
  }
  return seen;
}

test('the CLI loads neither the language detector nor the pipeline at start-up', () => {
  const graph = staticImports(path.join(repoRoot, 'src/cli/main.ts'));
  const chain = (file: string): string => {
    const out: string[] = [];
    for (let f: string | undefined = file; f !== undefined; f = graph.get(f)) out.unshift(path.relative(repoRoot, f));
    return out.join(' → ');
  };
  assert.ok(graph.size > 20, `only ${graph.size} modules found: the import pattern no longer matches`);
  for (const heavy of ['src/lang/detect.ts', 'src/pipeline/analyze.ts']) {
    const file = path.join(repoRoot, heavy);
    assert.equal(graph.has(file), false, `${heavy} is loaded at start-up: ${graph.has(file) ? chain(file) : ''}`);
  }
});
