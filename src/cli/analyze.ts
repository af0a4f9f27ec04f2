/** `slant analyze`: analyses articles and prints the results. */
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { readInputs } from '../ingest/index.js';
import { analyzeArticle } from '../pipeline/analyze.js';

/** Options of `slant analyze`. */
interface AnalyzeFlags {
  lang: string;
  allowPrivate?: boolean;
}

/** Adds `slant analyze` to the program. */
export function registerAnalyze(program: Command, ctx: CliContext): void {
  program
    .command('analyze')
    .description('analyse articles: techniques per paragraph with evidence, frames, genre (JSON)')
    .argument('<inputs...>', 'text or HTML files, folders, .jsonl corpora, URLs, or - for stdin')
    .option('--lang <code>', 'language of the articles, or auto to detect', 'auto')
    .option('--allow-private', 'allow URLs on private and loopback addresses')
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      const options = flags.allowPrivate ? { allowPrivate: true, stdin: ctx.io.stdin } : { stdin: ctx.io.stdin };
      for await (const result of readInputs(inputs, options)) {
        if ('error' in result) {
          ctx.fail(result.error, result.input);
          continue;
        }
        const analysis = analyzeArticle(result.article, { lang: flags.lang });
        ctx.out(`${JSON.stringify(analysis, null, 2)}\n`);
      }
    });
}
