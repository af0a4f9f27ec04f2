/**
 * The ingest loop of `slant ingest` and `slant reanalyze`: reads articles, asks the store what it
 * has, analyses what is missing (up to `window` at a time, so a worker pool stays busy), and
 * saves in small transactions of article + analysis + findings. A killed run loses at most the
 * uncommitted batch, and running it again skips what was committed: nothing lost, nothing twice.
 */
import type { Article } from '../document/article.js';
import type { InputResult } from '../ingest/index.js';
import type { Analysis } from '../result.js';
import { isCurrent, type Analyzer } from './analyzer.js';
import type { ArticleRow, CorpusStore, SaveItem } from './corpus-store.js';
import { keyOf, keyString, toArticleRow } from './article-row.js';

/** What happened to one article. */
export type IngestOutcome = 'analysed' | 'reused' | 'skipped' | 'failed';

/** How to ingest. */
export interface IngestOptions {
  store: CorpusStore;
  analyzer: Analyzer;
  /** Analyses in flight at once (default 8). */
  window?: number;
  /** Articles per transaction (default 64); a batch is also committed once a second. */
  commitEvery?: number;
  onRead?(): void;
  onDone?(outcome: IngestOutcome): void;
  /** An input that could not be read or analysed. */
  onFailure?(input: string, error: unknown): void;
  /**
   * An article skipped as the same article (text, source and URL) as one stored or read before
   * under another id, `first`.
   */
  onDuplicate?(input: string, id: string, first: string): void;
  /**
   * An article stored although its id is already stored from the same source with other text or
   * URL (an edited version, most likely): the store keeps both, and stats count both.
   */
  onNewVersion?(input: string, id: string, source: string | undefined): void;
  /**
   * A record of an article already stored (same text, source and URL) whose title or date differs
   * from the stored one: it is skipped whole, so its `fields` are not taken.
   */
  onMetadataKept?(input: string, id: string, fields: string[]): void;
  /** After each commit, with the number of articles it stored. */
  onCommit?(stored: number): void;
  /** Stops reading when aborted; what was read is still analysed and committed. */
  signal?: AbortSignal;
}

/** Counts of a run. `analysed`: new analyses; `reused`: stored with an analysis already stored. */
export interface IngestSummary {
  read: number;
  analysed: number;
  reused: number;
  skipped: number;
  failed: number;
  ms: number;
  /** Whether `signal` stopped the run before the source was read to its end. */
  stopped?: boolean;
}

/** A read article on its way to the store. */
interface Item {
  /** The input, with the line of a JSONL corpus (`corpus.jsonl:12`), as messages name it. */
  input: string;
  article: Article;
  row: ArticleRow;
}

/** One run of the loop. */
class IngestRun {
  readonly summary: IngestSummary = { read: 0, analysed: 0, reused: 0, skipped: 0, failed: 0, ms: 0 };
  /** Keys read and not yet committed (with the id that came first), so a repeated article is analysed once. */
  private readonly pendingKeys = new Map<string, string>();
  /** Analyses by content hash, in flight or not yet committed. */
  private readonly analyses = new Map<string, Promise<Analysis>>();
  /**
   * Keys and analyses committed since the last `check`: the statuses of the batch being taken
   * predate them. Cleared before each check, so memory stays bounded by a batch.
   */
  private recentKeys = new Map<string, string>();
  private recentAnalyses = new Map<string, Promise<Analysis>>();
  private readonly running = new Set<Promise<void>>();
  private toSave: SaveItem[] = [];
  private lastCommit = performance.now();

  constructor(private readonly o: IngestOptions) {}

  /** Checks a batch of read articles against the store and starts what they need. */
  async take(batch: Item[]): Promise<void> {
    this.recentKeys = new Map();
    this.recentAnalyses = new Map();
    const states = await this.o.store.check(batch.map((b) => ({ ...keyOf(b.row), articleId: b.row.articleId })));
    for (const [i, item] of batch.entries()) {
      const key = keyString(keyOf(item.row));
      const { storedId, storedMeta, analysis, idStoredOtherwise } = states[i]!;
      // The text's stored analysis serves if the current models would make it again.
      const analysed = analysis !== undefined && (await isCurrent(this.o.analyzer, analysis));
      // The id this article came under first: read in this run, or stored with a current analysis.
      const first = this.pendingKeys.get(key) ?? this.recentKeys.get(key) ?? (analysed ? storedId : undefined);
      if (first !== undefined) {
        // Another id under the key of a stored article: the same article twice, stored once; say so.
        if (first !== undefined && first !== item.row.articleId) this.o.onDuplicate?.(item.input, item.row.articleId, first);
        else if (first === storedId && storedMeta !== undefined) {
          const fields = [item.row.title !== storedMeta.title ? 'title' : '', item.row.publishedAt !== storedMeta.publishedAt ? 'published_at' : ''].filter((f) => f !== '');
          if (fields.length > 0) this.o.onMetadataKept?.(item.input, item.row.articleId, fields);
        }
        this.done('skipped');
      } else {
        this.pendingKeys.set(key, item.row.articleId);
        if (idStoredOtherwise && storedId === undefined) this.o.onNewVersion?.(item.input, item.row.articleId, item.row.source);
        if (analysed) this.queue({ article: item.row }, 'reused');
        else await this.start(item, key);
      }
      await this.maybeCommit(false);
    }
  }

  /** Starts one analysis, waiting while `window` are in flight. */
  private async start(item: Item, key: string): Promise<void> {
    const hash = item.row.contentHash;
    // The same text under another key (a syndicated copy) shares the analysis in flight.
    let analysis = this.analyses.get(hash) ?? this.recentAnalyses.get(hash);
    const outcome: IngestOutcome = analysis === undefined ? 'analysed' : 'reused';
    if (analysis === undefined) {
      analysis = this.o.analyzer.analyze(item.article);
      this.analyses.set(hash, analysis);
    }
    const task = analysis.then(
      (result) => this.queue({ article: item.row, analysis: result }, outcome),
      (error: unknown) => {
        this.pendingKeys.delete(key);
        this.analyses.delete(hash);
        this.fail(item.input, error);
      },
    );
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
    while (this.running.size >= (this.o.window ?? 8)) await Promise.race(this.running);
  }

  private queue(item: SaveItem, outcome: IngestOutcome): void {
    this.toSave.push(item);
    this.done(outcome);
  }

  private done(outcome: IngestOutcome): void {
    this.summary[outcome]++;
    this.o.onDone?.(outcome);
  }

  /** Counts a failed input. */
  fail(input: string, error: unknown): void {
    this.done('failed');
    this.o.onFailure?.(input, error);
  }

  /** Commits the queued items when there are enough, a second has passed, or `force`. */
  async maybeCommit(force: boolean): Promise<void> {
    const due = this.toSave.length >= (this.o.commitEvery ?? 64) || performance.now() - this.lastCommit > 1000;
    if (this.toSave.length === 0 || !(force || due)) return;
    const items = this.toSave;
    this.toSave = [];
    await this.o.store.save(items);
    this.lastCommit = performance.now();
    for (const item of items) {
      const key = keyString(keyOf(item.article));
      this.pendingKeys.delete(key);
      this.recentKeys.set(key, item.article.articleId);
      const analysis = this.analyses.get(item.article.contentHash);
      if (analysis !== undefined) this.recentAnalyses.set(item.article.contentHash, analysis);
      this.analyses.delete(item.article.contentHash);
    }
    this.o.onCommit?.(items.length);
  }

  /** Waits for every analysis in flight and commits the rest. */
  async finish(): Promise<void> {
    while (this.running.size > 0) await Promise.race(this.running);
    await this.maybeCommit(true);
  }
}

/**
 * Ingests articles from `source` (readInputs, or stored articles for re-analysis).
 * @example
 * const summary = await ingestArticles(readInputs(['corpus.jsonl']), { store, analyzer: inProcessAnalyzer() });
 */
export async function ingestArticles(source: AsyncIterable<InputResult>, options: IngestOptions): Promise<IngestSummary> {
  const began = performance.now();
  const run = new IngestRun(options);
  let batch: Item[] = [];
  for await (const result of source) {
    if (options.signal?.aborted === true) {
      run.summary.stopped = true;
      break;
    }
    if ('error' in result) {
      run.fail(result.input, result.error);
      continue;
    }
    run.summary.read++;
    options.onRead?.();
    batch.push({ input: result.line === undefined ? result.input : `${result.input}:${result.line}`, article: result.article, row: toArticleRow(result.article) });
    if (batch.length >= 32) {
      await run.take(batch);
      batch = [];
    }
  }
  await run.take(batch);
  await run.finish();
  run.summary.ms = performance.now() - began;
  return run.summary;
}
