/**
 * `slant reanalyze`: analyses again the stored articles whose analysis comes from another model
 * than the current one (after models change), replacing those analyses and their findings.
 * Resumable like `slant ingest`.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { CliContext } from './context.js';
import { parseJobs } from '../batch/parse-flags.js';
import { defaultDbPath } from '../store/default-db-path.js';
import { openStore } from '../store/open-store.js';
import { staleArticles, storedModels } from '../store/stale-articles.js';
import { DB_OPTION, makeAnalyzer, runIngest } from './ingest.js';

/** Options of `slant reanalyze`. */
interface ReanalyzeFlags {
  db?: string;
  jobs?: number;
}

/** Adds `slant reanalyze` to the program. */
export function registerReanalyze(program: Command, ctx: CliContext): void {
  program
    .command('reanalyze')
    .description('analyse again the stored articles whose analysis is from another model version')
    .option(...DB_OPTION)
    .option('-j, --jobs <n>', `worker threads (default: number of cores, ${availableParallelism()} here)`, parseJobs)
    .action(async (flags: ReanalyzeFlags) => {
      const store = await openStore(flags.db ?? defaultDbPath(), { write: true });
      const counts = await store.counts();
      const analyzer = await makeAnalyzer(flags.jobs ?? availableParallelism(), 'auto').catch(async (error: unknown) => {
        await store.close();
        throw error;
      });
      const models = await storedModels(counts, analyzer).catch(async (error: unknown) => {
        await analyzer.close();
        await store.close();
        throw error;
      });
      const stale = models.stale.reduce((n, m) => n + m.articles, 0);
      if (stale === 0) {
        ctx.err(`slant: every stored article is analysed with the current ${analyzer.id} models of its language; nothing to do`);
        await analyzer.close();
        await store.close();
        return;
      }
      await runIngest(ctx, store, analyzer, staleArticles(store, models.current), stale);
    });
}
