/** `slant segment`: placeholder until the segmenter lands. */
import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Adds `slant segment` to the program. */
export function registerSegment(program: Command, ctx: CliContext): void {
  program
    .command('segment')
    .description('print the segmented document as JSON')
    .argument('<inputs...>', 'files, folders, or - for stdin')
    .action((inputs: string[]) => {
      ctx.out(JSON.stringify({ inputs }) + '\n');
    });
}
