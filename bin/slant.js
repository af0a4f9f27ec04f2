#!/usr/bin/env node
// The CLI runs from the compiled package (dist/), built by `npm ci` through the `prepare` script.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('slant: the package is not built yet; run `npm run build` (or `npm ci`) first\n');
  process.exit(2);
}
// A reader that stops early (`slant ... | head`) closes the pipe: end quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
