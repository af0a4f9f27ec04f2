/**
 * `slant export`: the stored analyses of a corpus, article by article, filtered as `slant stats`
 * filters: one JSON line per article (the Analysis that `slant analyze -f jsonl` writes, under the
 * stored article's own id, title, source, URL and date) or SemEval subtask-3 rows. Researchers
 * then read the corpus in their own tools without paging the API.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import { DB_OPTION } from './ingest.js';
import { dateBound } from './stats.js';
import { gentleInterrupt } from './gentle-interrupt.js';
import { InputError } from '../errors.js';
import { defaultDbPath } from '../store/default-db-path.js';
import { openStore } from '../store/open-store.js';
import { queryConflict, type ArticleFilter } from '../store/stats-query.js';
import type { StoredArticle } from '../store/article-query.js';
import { renderArticle } from '../render/formats.js';
import type { Analysis } from '../result.js';

/** Formats of `slant export`. */
const EXPORT_FORMATS = ['jsonl', 'semeval'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of `slant export`. */
interface ExportFlags extends ArticleFilter {
  db?: string;
  format: ExportFormat;
  output?: string;
}

/** Articles read from the store at a time. */
const PAGE = 200;

/**
 * The stored analysis as this article's: an analysis is shared by every copy of one text
 * (syndicated copies under other ids), so its `article` names whichever copy came first.
 */
export function storedAnalysis(stored: StoredArticle & { analysis: Analysis }): Analysis {
  const article: Analysis['article'] = { ...stored.analysis.article, id: stored.articleId };
  const meta = { title: stored.title, source: stored.source, url: stored.url, publishedAt: stored.publishedAt };
  for (const [key, value] of Object.entries(meta) as [keyof typeof meta, string | undefined][]) {
    if (value === undefined) delete article[key];
    else article[key] = value;
  }
  return { ...stored.analysis, article };
}

/**
 * Writes `text` and waits until the stream has taken it (a corpus does not fit in memory twice),
 * rejecting with the stream's error (a full disk, a closed pipe).
 */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error?: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** Adds `slant export` to the program. */
export function registerExport(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('write the stored analyses of the corpus, one article per line (JSONL) or as SemEval rows, filtered as stats filters')
    .option(...DB_OPTION)
    .option('--from <date>', 'first publication day included (YYYY, YYYY-MM or YYYY-MM-DD)', dateBound('from'))
    .option('--to <date>', 'last publication day included (YYYY, YYYY-MM or YYYY-MM-DD)', dateBound('to'))
    .option('--source <name>', 'only articles of this source')
    .option('--search <words>', 'only articles whose title or text holds all these words (word* for a prefix)')
    .addOption(new Option('-f, --format <format>', 'jsonl: one Analysis per line, as analyze -f jsonl; semeval: subtask-3 rows').choices(EXPORT_FORMATS).default('jsonl'))
    .option('-o, --output <file>', 'write to this file (it must not exist yet) instead of stdout')
    .addHelpText('after', '\nNewest first, as the corpus view lists them. Articles waiting for slant reanalyze have no analysis and are counted, not written.\n\nExamples:\n  slant export --db corpus.sqlite > analyses.jsonl\n  slant export --db corpus.sqlite --source "Daily Example" --from 2024-01 -o daily.jsonl\n')
    .action(async (flags: ExportFlags) => {
      const conflict = queryConflict(flags, (option) => `--${option}`);
      if (conflict !== undefined) program.error(`slant: ${conflict.message}`, { exitCode: 2 });
      const store = await openStore(flags.db ?? defaultDbPath());
      const filter: ArticleFilter = {};
      for (const key of ['from', 'to', 'source', 'search'] as const) if (flags[key] !== undefined) filter[key] = flags[key];
      let out: NodeJS.WritableStream = ctx.io.stdout;
      if (flags.output !== undefined) {
        const file = createWriteStream(flags.output, { flags: 'wx' });
        await once(file, 'open').catch(async (error: unknown) => {
          await store.close();
          const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
          throw new InputError({ input: flags.output! }, exists ? 'already exists: give a new file (export does not overwrite)' : `cannot be written (${(error as Error).message})`, { cause: error });
        });
        out = file;
      }
      const stop = gentleInterrupt((again) => ctx.err(`slant: stopping after this article (${again})`));
      // A write error ends the export (reported once below); without a listener it would be thrown.
      const swallow = (): void => {};
      out.on('error', swallow);
      const seen = new Set<number>();
      let written = 0;
      let waiting = 0;
      let broken: unknown;
      try {
        for (let offset = 0; !stop.signal.aborted; offset += PAGE) {
          const page = await store.articles({ ...filter, limit: PAGE, offset });
          for (const summary of page.articles) {
            if (stop.signal.aborted || broken !== undefined) break;
            // Pages are read one at a time: an article stored meanwhile shifts the next page, which
            // would repeat the one at its edge.
            if (seen.has(summary.rowId)) continue;
            seen.add(summary.rowId);
            const stored = await store.article(summary.rowId);
            if (stored?.analysis === undefined) {
              waiting++;
              continue;
            }
            const analysis = storedAnalysis(stored as StoredArticle & { analysis: Analysis });
            let text: string;
            try {
              text = renderArticle(flags.format, analysis, stored.text, { color: false });
            } catch (error) {
              ctx.fail(error, stored.articleId);
              continue;
            }
            try {
              await write(out, text);
              written++;
            } catch (error) {
              broken = error;
            }
          }
          if (page.articles.length < PAGE || broken !== undefined) break;
        }
        if (stop.signal.aborted) ctx.interrupted = true;
      } finally {
        stop.dispose();
        await store.close();
        if (out !== ctx.io.stdout) {
          out.end();
          await once(out, 'close').catch(() => undefined);
        }
        out.removeListener('error', swallow);
      }
      if (broken !== undefined) ctx.fail(new InputError({ input: flags.output ?? 'standard output' }, `cannot be written (${broken instanceof Error ? broken.message : String(broken)}); it holds the first ${written} articles, and a line after them may be cut short`));
      const pending = waiting === 0 ? '' : `; ${waiting} without a stored analysis left out (slant reanalyze analyses them)`;
      ctx.err(`slant export: ${written} article${written === 1 ? '' : 's'} written${pending}${ctx.interrupted ? '; interrupted: the output holds whole articles' : ''}`);
    });
}
