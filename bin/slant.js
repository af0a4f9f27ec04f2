#!/usr/bin/env node
// The CLI runs from the compiled package (dist/), built by `npm ci` through the `prepare` script.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('slant: the package is not built yet; run `npm run build` (or `npm ci`) first\n');
  process.exit(2);
}
// A reader that stops early (`slant ... | head`) closes the pipe: end quietly, not with a stack
// trace. Any other failure to write (a full disk) is one line on stderr and exit 1.
for (const [name, stream] of [['stdout', process.stdout], ['stderr', process.stderr]]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    const reason = String(error.message ?? error).replace(/^[A-Z]+: /, '').replace(/, write$/, '');
    if (name === 'stdout') process.stderr.write(`slant: cannot write to stdout (${reason})\n`);
    process.exit(1);
  });
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
