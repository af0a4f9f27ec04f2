/**
 * `slant stats`: techniques, categories, frames and genres in the corpus store, counted and
 * normalised (per article, per 1,000 words, share of paragraphs or articles), grouped by source,
 * period or language, filtered by dates, source and full-text search.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import { defaultDbPath } from '../store/default-db-path.js';
import { openStore } from '../store/open-store.js';
import { PERIODS, STATS_GROUPINGS, mixedModels, parseDateBound, queryConflict, statsQuery, type Period, type StatsGrouping } from '../store/stats-query.js';
import { STATS_FORMATS, formatStats, type StatsFormat } from '../store/format-stats.js';
import { DB_OPTION } from './ingest.js';

/** Options of `slant stats`. */
interface StatsFlags {
  db?: string;
  by?: StatsGrouping;
  period?: Period;
  from?: string;
  to?: string;
  source?: string;
  search?: string;
  format: StatsFormat;
}

/** A parser of `--from`/`--to`. */
export const dateBound = (end: 'from' | 'to') => (value: string): string => {
  const day = parseDateBound(value, end);
  if (day === undefined) throw new InvalidArgumentError(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  return day;
};

/** Adds `slant stats` to the program. */
export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('count techniques, categories, frames and genres in the corpus, normalised and grouped')
    .option(...DB_OPTION)
    .addOption(new Option('--by <group>', 'group articles by').choices(STATS_GROUPINGS.filter((g) => g !== 'all')))
    .addOption(new Option('--period <length>', 'period when grouping by period (default month)').choices(PERIODS))
    .option('--from <date>', 'first publication day included (YYYY, YYYY-MM or YYYY-MM-DD)', dateBound('from'))
    .option('--to <date>', 'last publication day included (YYYY, YYYY-MM or YYYY-MM-DD)', dateBound('to'))
    .option('--source <name>', 'only articles of this source')
    .option('--search <words>', 'only articles whose title or text holds all these words (word* for a prefix)')
    .addOption(new Option('--format <format>', 'output format').choices(STATS_FORMATS).default('table'))
    .addHelpText(
      'after',
      '\nCounts: paragraphs with a technique (or with any technique of a category), articles with a frame or genre.\n' +
        'Share: of paragraphs for techniques and categories, of articles for frames and genres.\n\n' +
        'Examples:\n  slant stats --db corpus.sqlite --by source\n  slant stats --period week --from 2024-01 --to 2024-03 --source "Daily Example" --format csv\n',
    )
    .action(async (flags: StatsFlags) => {
      const conflict = queryConflict(flags, (option) => `--${option}`);
      if (conflict !== undefined) program.error(`slant: ${conflict.message}`, { exitCode: 2 });
      const store = await openStore(flags.db ?? defaultDbPath());
      try {
        const result = await store.stats(statsQuery(flags));
        ctx.out(formatStats(result, flags.format));
        if (mixedModels(result.models)) ctx.err('slant: articles of one language were analysed with different models; run slant reanalyze to bring them to the current ones');
      } finally {
        await store.close();
      }
    });
}
